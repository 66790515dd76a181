// 本人情報シート（成年後見制度用）: written by a welfare professional who supports the person
// (not a commissioner, not a relative) as an optional attachment to a petition. Six sections
// and a header, as on the court's form; which option lists are confirmed is in docs/domain.md §6.
// Items marked (check) are from general practice and easy to rename.
import { z } from 'zod';
import { isValidIsoDate } from '../text/dates';
import { requiredLine, safeLine, safeText } from '../text/safeText';
import type { PersonInput } from '../persons/person';
import type { ReferralInput } from './referral';

const text = safeText;
const line = safeLine;
const optionalDate = z.string().refine((v) => v === '' || isValidIsoDate(v), { message: 'date' });
const requiredDate = z.string().refine((v) => isValidIsoDate(v), { message: 'required' });

export const LIVING_PLACES = ['自宅', '施設・病院'] as const;
export const SUPPORT_NEEDS = ['支援は必要ない', '一部について支援が必要', '全面的に支援が必要'] as const;
/** 認知機能 items, each rated on ABILITY_LEVELS. (check) */
export const COGNITIVE_ITEMS = [
  '日常的な行為に関する意思の伝達',
  '日常的な行為に関する理解',
  '日常的な行為に関する短期的な記憶',
  '本人が家族等を認識できているか',
] as const;
export const ABILITY_LEVELS = ['', 'できる', 'だいたいできる', 'あまりできない', 'できない'] as const;
export const BEHAVIOUR = ['行動障害はない', '行動障害がある'] as const;
export const SOCIAL_FREQUENCY = ['週1回以上', '月1回以上', '月1回未満'] as const;
export const DECISION_MAKING = [
  '日常的に必要な意思決定ができる',
  '日常的に必要な意思決定について、支援を受ければできる',
  '日常的に必要な意思決定は、ほとんどできない',
  '日常的に必要な意思決定は、できない',
] as const;
export const MONEY_MANAGEMENT = [
  '本人が管理している',
  '親族又は第三者の支援を受けて本人が管理している',
  '親族又は第三者が管理している',
] as const;
export const PETITION_AWARENESS = [
  '申立てについて説明を受けて理解している',
  '申立てについて説明を受けたが理解していない',
  '申立てについて説明を受けていない',
  'その他',
] as const;

const choice = <T extends readonly [string, ...string[]]>(options: T) => z.enum(['', ...options]);

export const personSheetSchema = z.strictObject({
  header: z.strictObject({
    writtenOn: requiredDate,
    author: requiredLine(100),
    occupation: line(100),
    contact: line(200),
    relation: line(200),
  }),
  living: z.strictObject({ place: choice(LIVING_PLACES), facility: line(200), address: line(300), since: optionalDate }),
  certification: z.strictObject({ care: line(100), disability: line(100), ryoiku: line(100), mental: line(100), note: text(1000) }),
  daily: z.strictObject({
    physical: choice(SUPPORT_NEEDS),
    physicalNote: text(3000),
    cognitiveFluctuates: z.boolean(),
    cognitive: z.array(z.enum(ABILITY_LEVELS)).length(COGNITIVE_ITEMS.length),
    cognitiveNote: text(3000),
    behaviour: choice(BEHAVIOUR),
    behaviourNote: text(3000),
    social: choice(SOCIAL_FREQUENCY),
    socialNote: text(3000),
    decisions: choice(DECISION_MAKING),
    decisionsNote: text(3000),
    money: choice(MONEY_MANAGEMENT),
    moneyNote: text(3000),
  }),
  issues: text(5000),
  awareness: choice(PETITION_AWARENESS),
  awarenessNote: text(3000),
  measures: text(5000),
});
export type PersonSheet = z.infer<typeof personSheetSchema>;

/** A first draft from what the referral and the person already say; the author edits it before printing. */
export function draftPersonSheet(
  person: Pick<PersonInput, 'address' | 'household' | 'certification'>,
  referral: Pick<ReferralInput, 'wishes' | 'explained' | 'declineNote' | 'expectedType'>,
  author: { name: string; occupation: string; contact: string },
  today: string,
): PersonSheet {
  const c = person.certification;
  return {
    header: { writtenOn: today, author: author.name, occupation: author.occupation, contact: author.contact, relation: '' },
    living: { place: '自宅', facility: '', address: person.address, since: '' },
    certification: {
      care: c.careLevel,
      disability: c.disabilitySupportLevel ? `障害支援${c.disabilitySupportLevel}` : '',
      ryoiku: c.ryoikuGrade,
      mental: c.mentalHandbookGrade,
      note: '',
    },
    daily: {
      physical: '',
      physicalNote: '',
      cognitiveFluctuates: false,
      cognitive: COGNITIVE_ITEMS.map(() => ''),
      cognitiveNote: referral.declineNote,
      behaviour: '',
      behaviourNote: '',
      social: '',
      socialNote: '',
      decisions: '',
      decisionsNote: '',
      money: '',
      moneyNote: '',
    },
    issues: '',
    // Whether the person understood is the author's judgement: never preset.
    awareness: '',
    awarenessNote: [referral.explained, referral.wishes].filter((s) => s.trim()).join('\n'),
    measures: '',
  };
}
