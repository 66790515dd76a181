// 地域ケア会議 / 個別ケース検討会議 / 地区別支援チーム会議 (docs/domain.md §4.3).
// Action items (役割分担) live in their own table (shared/actions/actionItem.ts) so they can be
// listed and closed across meetings; the meeting form edits them together with the minutes.
import { z } from 'zod';
import { isValidIsoDate } from '../text/dates';
import { requiredLine, safeLine, safeText } from '../text/safeText';
import { PILLARS } from '../domain/plan';
import { schemaProblems, type Problem } from '../domain/problems';

export const MAX_MEETING_TEXT = 20_000;
const text = safeText;
const line = safeLine;
const optionalDate = z.string().refine((v) => v === '' || isValidIsoDate(v), { message: 'date' });
const requiredDate = z.string().refine((v) => isValidIsoDate(v), { message: 'required' });
const time = z.string().regex(/^$|^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time' });

/**
 * The five functions of a community-care meeting (地域ケア会議の5つの機能). Stored short (sealed in
 * saved minutes); shown and printed by their full names, MEETING_FUNCTION_LABELS.
 */
export const MEETING_FUNCTIONS = ['個別課題解決', 'ネットワーク構築', '地域課題発見', '地域づくり・資源開発', '政策形成'] as const;
export type MeetingFunction = (typeof MEETING_FUNCTIONS)[number];

/** 個別課題解決機能 …: the functions as the 地域ケア会議 guidance names them. */
export const MEETING_FUNCTION_LABELS: Readonly<Record<MeetingFunction, string>> = {
  個別課題解決: '個別課題解決機能',
  ネットワーク構築: 'ネットワーク構築機能',
  地域課題発見: '地域課題発見機能',
  '地域づくり・資源開発': '地域づくり・資源開発機能',
  政策形成: '政策形成機能',
};

export const GOAL_IDS = PILLARS.flatMap((p) => p.goals.map((g) => g.id));

export interface MeetingType {
  readonly id: 'case' | 'team' | 'area';
  readonly label: string;
  /** 'required': one or more persons; 'optional': may discuss persons; 'none': no personal details. */
  readonly cases: 'required' | 'optional' | 'none';
  /** Pillar-2 action goals a meeting of this type serves, preset on a new meeting. (check) */
  readonly goals: readonly string[];
  readonly functions: readonly MeetingFunction[];
}

export const MEETING_TYPES: readonly MeetingType[] = [
  { id: 'case', label: '個別ケース検討会議', cases: 'required', goals: ['2-1', '2-2'], functions: ['個別課題解決', 'ネットワーク構築'] },
  {
    id: 'team',
    label: '地区別支援チーム会議',
    cases: 'optional',
    goals: ['2-1', '2-2', '2-3'],
    functions: ['ネットワーク構築', '地域課題発見'],
  },
  {
    id: 'area',
    label: '地域ケア会議（地域・区レベル）',
    cases: 'none',
    goals: ['2-1', '2-3', '2-4'],
    functions: ['地域課題発見', '地域づくり・資源開発', '政策形成'],
  },
];
export type MeetingTypeId = MeetingType['id'];
const TYPE_IDS = MEETING_TYPES.map((t) => t.id) as [MeetingTypeId, ...MeetingTypeId[]];

export function meetingType(id: MeetingTypeId): MeetingType {
  const t = MEETING_TYPES.find((x) => x.id === id);
  if (!t) throw new RangeError(`meeting type ${id}`);
  return t;
}

/**
 * An attendee as printed on these minutes: a copy of the directory entry at the time, so
 * editing or removing the directory entry never changes old minutes.
 */
export const attendeeRefSchema = z.strictObject({
  directoryId: z.string().max(64),
  name: requiredLine(100),
  organisation: line(100),
  role: line(100),
});
export type AttendeeRef = z.infer<typeof attendeeRefSchema>;

export const caseSchema = z.strictObject({
  personId: z.string().min(1, { message: 'required' }).max(64),
  basicInfo: text(MAX_MEETING_TEXT),
  family: text(MAX_MEETING_TEXT),
  history: text(MAX_MEETING_TEXT),
  wishes: text(MAX_MEETING_TEXT),
});
export type MeetingCase = z.infer<typeof caseSchema>;

export const meetingSchema = z.strictObject({
  type: z.enum(TYPE_IDS),
  title: line(200),
  number: z.number().int().min(0).max(9999),
  districtId: z.string().max(40),
  date: requiredDate,
  startTime: time,
  endTime: time,
  place: line(200),
  host: line(100),
  chair: line(100),
  recorder: line(100),
  attendees: z.array(attendeeRefSchema).max(100),
  absentees: z.array(attendeeRefSchema).max(100),
  personAttended: z.boolean(),
  familyAttended: z.boolean(),
  presenter: line(100),
  consent: z.strictObject({ obtained: z.boolean(), date: optionalDate, how: text(300) }),
  cases: z.array(caseSchema).max(20),
  issues: z.array(text(2000)).max(50),
  discussion: text(MAX_MEETING_TEXT),
  conclusion: text(MAX_MEETING_TEXT),
  regionalIssues: text(MAX_MEETING_TEXT),
  monitoring: text(MAX_MEETING_TEXT),
  nextDate: optionalDate,
  /** 資料回収: the handouts were collected back at the end. */
  materialsCollected: z.boolean(),
  /** Who collected them (only meaningful when collected). Absent on minutes saved before the field. */
  materialsCollectedBy: line(100).optional(),
  goals: z.array(z.string().refine((g) => GOAL_IDS.includes(g))).max(GOAL_IDS.length),
  functions: z.array(z.enum(MEETING_FUNCTIONS)).max(MEETING_FUNCTIONS.length),
});
export type MeetingInput = z.infer<typeof meetingSchema>;

export function emptyMeeting(type: MeetingTypeId, date: string, districtId = ''): MeetingInput {
  const t = meetingType(type);
  return {
    type,
    title: '',
    number: 0,
    districtId,
    date,
    startTime: '',
    endTime: '',
    place: '',
    host: '',
    chair: '',
    recorder: '',
    attendees: [],
    absentees: [],
    personAttended: false,
    familyAttended: false,
    presenter: '',
    consent: { obtained: false, date: '', how: '' },
    cases: [],
    issues: [],
    discussion: '',
    conclusion: '',
    regionalIssues: '',
    monitoring: '',
    nextDate: '',
    materialsCollected: false,
    materialsCollectedBy: '',
    goals: [...t.goals],
    functions: [...t.functions],
  };
}

/** Switching type keeps what was typed but presets the goals and functions of the new type. */
export function changeMeetingType(m: MeetingInput, type: MeetingTypeId): MeetingInput {
  const t = meetingType(type);
  return { ...m, type, goals: [...t.goals], functions: [...t.functions] };
}

/**
 * The minimum of minutes, whatever the type: a date (the schema's) and something that was talked
 * about or agreed — 検討内容, 結論, 地域課題, a 課題, a 事例 or a 役割分担 (`actionRows`: rows
 * that are not blank). Without any of them the problem points at 検討内容, where it is written.
 */
export function meetingMinimumProblem(m: MeetingInput, actionRows: number): Problem | null {
  const written = [m.discussion, m.conclusion, m.regionalIssues, ...m.issues].some((s) => s.trim() !== '');
  if (written || m.cases.length > 0 || actionRows > 0) return null;
  return { path: 'discussion', code: 'meetingMinimum', severity: 'error' };
}

/**
 * Every problem of the minutes at once: the schema's (a case without its person, a bad time…)
 * and the rules' (end before start, no case on a case meeting…), each rule checked wherever its
 * own fields are valid, so a form shows everything on the first attempt to save.
 */
export function meetingProblems(m: MeetingInput): Problem[] {
  const r = meetingSchema.safeParse(m);
  const out: Problem[] = r.success ? [] : schemaProblems(r.error);
  const bad = (path: string) => out.some((p) => p.path === path || p.path.startsWith(`${path}.`));
  const t = meetingType(m.type);
  if (!bad('startTime') && !bad('endTime') && m.startTime && m.endTime && m.endTime <= m.startTime)
    out.push({ path: 'endTime', code: 'endBeforeStart', severity: 'error' });
  if (t.cases === 'required' && m.cases.length === 0) out.push({ path: 'cases', code: 'caseRequired', severity: 'error' });
  if (t.cases === 'none' && m.cases.length > 0) out.push({ path: 'cases', code: 'noCasesInArea', severity: 'error' });
  if (m.cases.length > 0 && !m.consent.obtained) out.push({ path: 'consent.obtained', code: 'consentMissing', severity: 'warning' });
  if (m.consent.obtained && m.consent.date === '') out.push({ path: 'consent.date', code: 'required', severity: 'error' });
  // A case whose person is not chosen yet is the schema's problem, not a duplicate.
  const chosen = m.cases.map((c) => c.personId).filter((id) => id !== '');
  if (new Set(chosen).size !== chosen.length) out.push({ path: 'cases', code: 'duplicateCase', severity: 'error' });
  if (!bad('date') && !bad('nextDate') && m.nextDate && m.nextDate < m.date)
    out.push({ path: 'nextDate', code: 'beforeMeeting', severity: 'error' });
  return out;
}
