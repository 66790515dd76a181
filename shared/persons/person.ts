// 支援対象者 (docs/domain.md §4.1). Names keep every character exactly: no normalisation here.
import { z } from 'zod';
import { isValidIsoDate } from '../text/dates';
import { requiredLine, safeLine, safeText } from '../text/safeText';
import { schemaProblems, type Problem } from '../domain/problems';

export const MAX_NAME = 100;
export const MAX_NOTE = 20_000;

const isoDate = z.string().refine((v) => v === '' || isValidIsoDate(v), { message: 'date' });
const line = safeLine;

export const SEXES = ['', '女性', '男性', 'その他'] as const;
export const HOUSEHOLDS = ['', '独居', '高齢者のみ世帯', '同居', '日中独居', 'その他'] as const;
export const CARE_LEVELS = ['', '非該当', '申請中', '要支援1', '要支援2', '要介護1', '要介護2', '要介護3', '要介護4', '要介護5'] as const;
export const DISABILITY_SUPPORT_LEVELS = ['', '区分1', '区分2', '区分3', '区分4', '区分5', '区分6'] as const;
export const RYOIKU_GRADES = ['', 'A1', 'A2', 'B1', 'B2'] as const;
export const MENTAL_HANDBOOK_GRADES = ['', '1級', '2級', '3級'] as const;
export const PERSON_STATUSES = ['見守り中', '支援終了', '転出', '死亡'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
/** 要配慮 flags. (check) A starting list; teams may need more. */
export const CARE_FLAGS = [
  '認知症の疑い',
  '身体障害',
  '知的障害',
  '精神障害',
  '難病',
  '日本語の支援が必要',
  '災害時要援護',
  '虐待の疑い',
  '経済的困窮',
  'ひきこもり',
] as const;
export const CONSENT_SCOPES = ['地区別支援チーム', '地域ケアプラザ', '区役所', '区社協', '民生委員', '医療機関', '介護事業者'] as const;
/** The scope that lets a person's records go to the district team's server (shared/team/share.ts). */
export const TEAM_CONSENT_SCOPE: (typeof CONSENT_SCOPES)[number] = '地区別支援チーム';

export const personSchema = z.object({
  name: requiredLine(MAX_NAME),
  furigana: line(MAX_NAME),
  birthDate: isoDate,
  sex: z.enum(SEXES),
  address: line(300),
  districtId: z.string().min(1, { message: 'required' }).max(40),
  phone: line(40),
  household: z.enum(HOUSEHOLDS),
  householdNote: line(300),
  emergencyContact: z.object({ name: line(MAX_NAME), relation: line(50), phone: line(40) }),
  doctor: line(200),
  certification: z.object({
    careLevel: z.enum(CARE_LEVELS),
    disabilitySupportLevel: z.enum(DISABILITY_SUPPORT_LEVELS),
    ryoikuGrade: z.enum(RYOIKU_GRADES),
    mentalHandbookGrade: z.enum(MENTAL_HANDBOOK_GRADES),
  }),
  commissioner: line(MAX_NAME),
  consent: z.object({
    given: z.boolean(),
    date: isoDate,
    scopes: z.array(z.enum(CONSENT_SCOPES)).max(CONSENT_SCOPES.length),
    obtainedBy: line(MAX_NAME),
  }),
  careFlags: z.array(z.enum(CARE_FLAGS)).max(CARE_FLAGS.length),
  status: z.enum(PERSON_STATUSES),
  /** 退院日: a recent discharge shortens the contact interval (shared/reach). Absent in older records. */
  dischargedOn: isoDate.default(''),
  note: safeText(MAX_NOTE),
});
export type PersonInput = z.infer<typeof personSchema>;

export function emptyPerson(districtId = ''): PersonInput {
  return {
    name: '',
    furigana: '',
    birthDate: '',
    sex: '',
    address: '',
    districtId,
    phone: '',
    household: '',
    householdNote: '',
    emergencyContact: { name: '', relation: '', phone: '' },
    doctor: '',
    certification: { careLevel: '', disabilitySupportLevel: '', ryoikuGrade: '', mentalHandbookGrade: '' },
    commissioner: '',
    consent: { given: false, date: '', scopes: [], obtainedBy: '' },
    careFlags: [],
    status: '見守り中',
    dischargedOn: '',
    note: '',
  };
}

/**
 * What is wrong with a person as typed, by field path ('name', 'consent.date'). `today` is the
 * Tokyo calendar date from the caller: nobody is born, or consents, after today.
 */
export function personProblems(input: unknown, today: string): Problem[] {
  const result = personSchema.safeParse(input);
  const out: Problem[] = result.success ? [] : schemaProblems(result.error);
  // The date rules run wherever their own fields are valid, so one save shows every problem.
  const p = (result.success ? result.data : input) as { birthDate?: unknown; consent?: { given?: unknown; date?: unknown } } | null;
  const ok = (path: string, v: unknown): v is string => typeof v === 'string' && !out.some((x) => x.path === path);
  if (ok('birthDate', p?.birthDate) && p.birthDate !== '' && p.birthDate > today)
    out.push({ path: 'birthDate', code: 'future', severity: 'error' });
  const discharged = (p as { dischargedOn?: unknown } | null)?.dischargedOn;
  if (ok('dischargedOn', discharged) && discharged !== '' && discharged > today)
    out.push({ path: 'dischargedOn', code: 'future', severity: 'error' });
  const consentDate = p?.consent?.date;
  if (p?.consent?.given === true && ok('consent.date', consentDate)) {
    if (consentDate === '') out.push({ path: 'consent.date', code: 'required', severity: 'error' });
    else if (consentDate > today) out.push({ path: 'consent.date', code: 'future', severity: 'error' });
  }
  return out;
}
