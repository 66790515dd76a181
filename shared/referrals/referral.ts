// 成年後見制度の利用相談・つなぎ (docs/domain.md §4.6): one tracked case per
// concern, created from a person, with its dated status history and hand-overs.
import { p2GoalsSchema, REFERRAL_GOAL_PRESET } from '../domain/goals';
import { z } from 'zod';
import { isValidIsoDate } from '../text/dates';
import { safeLine, safeText } from '../text/safeText';
import { historyEntrySchema, type HistoryEntry } from './status';
import { personSheetSchema } from './personSheet';
import { schemaProblems, type Problem } from '../domain/problems';

const text = safeText;
const line = safeLine;
const optionalDate = z.string().refine((v) => v === '' || isValidIsoDate(v), { message: 'date' });
const requiredDate = z.string().refine((v) => isValidIsoDate(v), { message: 'required' });

/** 相談経路. (check) A starting list. */
export const CONSULTATION_ROUTES = [
  '本人',
  '家族・親族',
  '民生委員',
  '地域ケアプラザ',
  'ケアマネジャー',
  '医療機関',
  '金融機関',
  '近隣住民',
  '警察',
  'その他',
] as const;
/** 判断能力の低下の様子: signs commonly noted at the first consultation. (check) */
export const DECLINE_SIGNS = [
  '同じ話を何度もする',
  '日時や場所がわからない',
  'お金の管理ができない',
  '公共料金などの滞納',
  '契約の内容がわからない',
  '訪問販売・詐欺などの被害',
  '服薬の管理ができない',
  '家の中が片付けられない',
] as const;
export const ABUSE_KINDS = ['身体的虐待', '心理的虐待', '性的虐待', 'ネグレクト', '経済的虐待（財産侵害）'] as const;
export const URGENCIES = ['高', '中', '低'] as const;
/** 想定類型: 後見 (判断能力を欠く常況) / 保佐 (著しく不十分) / 補助 (不十分) / 任意後見. */
export const GUARDIANSHIP_TYPES = ['未定', '後見', '保佐', '補助', '任意後見'] as const;
export const PETITIONERS = ['未定', '本人', '配偶者', '四親等内の親族', '区長申立'] as const;
export const DESTINATIONS = [
  '地域ケアプラザ',
  '区高齢・障害支援課',
  '区社協 あんしんセンター',
  'よこはま成年後見推進センター',
  '家庭裁判所',
] as const;
export const CONSENT_METHODS = ['口頭', '書面', 'その他'] as const;
/** Handing over without the person's consent: only for these reasons (個人情報保護法 exceptions). */
export const OVERRIDE_REASONS = ['虐待のおそれ', '生命・身体の保護のため緊急', '本人に同意する能力がない'] as const;

export const relativeSchema = z.strictObject({
  name: line(100),
  relation: line(50),
  /** 親等 1–4, or 0 when not known. */
  degree: z.number().int().min(0).max(4),
  reachable: z.enum(['はい', 'いいえ', '不明']),
  note: text(500),
});
export type Relative = z.infer<typeof relativeSchema>;

export const handoverConsentSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('consent'), date: requiredDate, method: z.enum(CONSENT_METHODS), note: text(500) }),
  z.strictObject({ kind: z.literal('override'), reason: z.enum(OVERRIDE_REASONS), note: text(1000) }),
]);
export const handoverSchema = z.strictObject({
  to: z.enum(DESTINATIONS),
  date: requiredDate,
  contact: line(200),
  consent: handoverConsentSchema,
});
export type Handover = z.infer<typeof handoverSchema>;

export const progressNoteSchema = z.strictObject({ date: requiredDate, by: line(100), text: text(20_000) });

export const referralSchema = z.strictObject({
  personId: z.string().min(1).max(64),
  districtId: z.string().max(40),
  consultedOn: requiredDate,
  route: z.enum(['', ...CONSULTATION_ROUTES]),
  routeNote: text(300),
  declineSigns: z.array(z.enum(DECLINE_SIGNS)).max(DECLINE_SIGNS.length),
  declineNote: text(5000),
  noRelatives: z.boolean(),
  relatives: z.array(relativeSchema).max(30),
  abuse: z.strictObject({ suspected: z.boolean(), kinds: z.array(z.enum(ABUSE_KINDS)).max(ABUSE_KINDS.length), note: text(5000) }),
  urgency: z.enum(URGENCIES),
  expectedType: z.enum(GUARDIANSHIP_TYPES),
  petitioner: z.enum(PETITIONERS),
  /** 日常生活自立支援事業 (区社協 あんしんセンター): considered, and what came of it. */
  dailyLifeSupport: z.strictObject({ considered: z.boolean(), note: text(2000) }),
  explained: text(5000),
  wishes: text(5000),
  /** The person's consent to a 補助 petition made by someone else (民法15条2項). */
  petitionConsent: z.strictObject({ given: z.boolean(), date: optionalDate, method: z.enum(['', ...CONSENT_METHODS]) }),
  handovers: z.array(handoverSchema).max(30),
  notes: z.array(progressNoteSchema).max(500),
  history: z.array(historyEntrySchema).min(1).max(200),
  /** 本人情報シート, once a professional has written it (null before). */
  sheet: personSheetSchema.nullable(),
  /** Pillar-2 goals; absent = REFERRAL_GOAL_PRESET. */
  goals: p2GoalsSchema.optional(),
});
export type ReferralInput = z.infer<typeof referralSchema>;

export function emptyReferral(personId: string, districtId: string, today: string, by: string): ReferralInput {
  return {
    personId,
    districtId,
    consultedOn: today,
    route: '',
    routeNote: '',
    declineSigns: [],
    declineNote: '',
    noRelatives: false,
    relatives: [],
    abuse: { suspected: false, kinds: [], note: '' },
    urgency: '中',
    expectedType: '未定',
    petitioner: '未定',
    dailyLifeSupport: { considered: false, note: '' },
    explained: '',
    wishes: '',
    petitionConsent: { given: false, date: '', method: '' },
    handovers: [],
    notes: [],
    history: [{ status: 'intake', date: today, by, note: '', skipped: [], correction: false } satisfies HistoryEntry],
    sheet: null,
    goals: [...REFERRAL_GOAL_PRESET],
  };
}

/** A 補助 petition made by anyone but the person needs the person's consent. */
export function hojoConsentMissing(r: Pick<ReferralInput, 'expectedType' | 'petitioner' | 'petitionConsent'>): boolean {
  return r.expectedType === '補助' && r.petitioner !== '本人' && r.petitioner !== '未定' && !r.petitionConsent.given;
}

/** Problems with a referral as edited. Errors block saving; warnings are shown. */
export function referralProblems(input: unknown, today: string): Problem[] {
  const r = referralSchema.safeParse(input);
  if (!r.success) return schemaProblems(r.error);
  const x = r.data;
  const out: Problem[] = [];
  if (x.consultedOn > today) out.push({ path: 'consultedOn', code: 'future', severity: 'error' });
  if (x.noRelatives && x.relatives.length > 0) out.push({ path: 'noRelatives', code: 'relativesListed', severity: 'error' });
  if (x.abuse.suspected && x.abuse.kinds.length === 0) out.push({ path: 'abuse.kinds', code: 'required', severity: 'error' });
  if (x.petitionConsent.given && x.petitionConsent.date === '')
    out.push({ path: 'petitionConsent.date', code: 'required', severity: 'error' });
  else if (x.petitionConsent.given && x.petitionConsent.date > today)
    out.push({ path: 'petitionConsent.date', code: 'future', severity: 'error' });
  x.handovers.forEach((h, i) => {
    if (h.date < x.consultedOn) out.push({ path: `handovers.${i}.date`, code: 'beforeConsultation', severity: 'error' });
    if (h.date > today) out.push({ path: `handovers.${i}.date`, code: 'future', severity: 'error' });
    if (h.consent.kind === 'override' && h.consent.note.trim() === '')
      out.push({ path: `handovers.${i}.consent.note`, code: 'required', severity: 'error' });
  });
  if (hojoConsentMissing(x)) out.push({ path: 'petitionConsent.given', code: 'hojoConsent', severity: 'warning' });
  if (x.petitioner === '区長申立' && !x.noRelatives && x.relatives.some((rel) => rel.reachable === 'はい') && !x.abuse.suspected) {
    out.push({ path: 'petitioner', code: 'mayorWithRelatives', severity: 'warning' });
  }
  return out;
}
