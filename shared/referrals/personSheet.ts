// 本人情報シート（成年後見制度用）: written by a welfare professional who supports the person
// (not a commissioner, not a relative) as an optional attachment to a petition. Six sections
// and a header, as on the court's form; the answer lists and which of them are confirmed are in
// personSheetLists.ts (docs/domain.md §6).
import { z } from 'zod';
import { isValidIsoDate } from '../text/dates';
import { requiredLine, safeLine, safeText } from '../text/safeText';
import type { PersonInput } from '../persons/person';
import type { ReferralInput } from './referral';
import { SHEET_LISTS } from './personSheetLists';

const text = safeText;
const line = safeLine;
const optionalDate = z.string().refine((v) => v === '' || isValidIsoDate(v), { message: 'date' });
const requiredDate = z.string().refine((v) => isValidIsoDate(v), { message: 'required' });

// The answer lists live in personSheetLists.ts (one place, with the court form's numbers and
// which are confirmed); these names are what the schema, the print and the editor use.
export const LIVING_PLACES = SHEET_LISTS.living.options;
export const SUPPORT_NEEDS = SHEET_LISTS.physical.options;
/** 認知機能 items, each rated on ABILITY_LEVELS. */
export const COGNITIVE_ITEMS: readonly (typeof SHEET_LISTS.cognitive.items)[number][1][] = SHEET_LISTS.cognitive.items.map(
  ([, item]) => item,
);
export const ABILITY_LEVELS = ['', ...SHEET_LISTS.cognitive.options] as const;
export const BEHAVIOUR = SHEET_LISTS.behaviour.options;
export const SOCIAL_FREQUENCY = SHEET_LISTS.social.options;
export const DECISION_MAKING = SHEET_LISTS.decisions.options;
export const MONEY_MANAGEMENT = SHEET_LISTS.money.options;
export const PETITION_AWARENESS = SHEET_LISTS.awareness.options;

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
