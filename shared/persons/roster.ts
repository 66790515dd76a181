// 対象者一覧 as a spreadsheet: the columns a roster has, the rows of an export, and a roster made
// in Excel read back as persons (the columns matched by their Japanese headers, every row
// checked, nothing written here). Free-text notes (メモ) are never exported: a CSV is readable by
// anyone who gets the file, and the notes are where the most sensitive things are written.
import type { District } from '../domain/plan';
import type { Problem } from '../domain/problems';
import { restoreNeutralised, type CsvRows } from '../csv/format';
import { parseDateInput } from '../text/dateInput';
import { foldForSearch } from '../text/normalize';
import {
  CARE_FLAGS,
  CARE_LEVELS,
  CONSENT_SCOPES,
  DISABILITY_SUPPORT_LEVELS,
  emptyPerson,
  HOUSEHOLDS,
  MENTAL_HANDBOOK_GRADES,
  PERSON_STATUSES,
  personProblems,
  RYOIKU_GRADES,
  SEXES,
  type PersonInput,
} from './person';

/** A roster column: the field it fills, the header an export writes, and headers it is known by. */
export const ROSTER_FIELDS = [
  { key: 'name', header: '氏名', aliases: ['名前', 'お名前', '本人氏名', '対象者', '対象者名', '氏名漢字', 'name'] },
  {
    key: 'furigana',
    header: 'ふりがな',
    aliases: [
      'フリガナ',
      'よみがな',
      'ヨミガナ',
      'よみ',
      'ヨミ',
      '読み',
      '読み仮名',
      'かな',
      'カナ',
      '氏名カナ',
      '氏名ふりがな',
      '氏名フリガナ',
    ],
  },
  { key: 'birthDate', header: '生年月日', aliases: ['誕生日', '生年月日西暦', '生年月日和暦'] },
  { key: 'sex', header: '性別', aliases: [] },
  { key: 'address', header: '住所', aliases: ['現住所', '所在地'] },
  { key: 'district', header: '地区', aliases: ['地区名', '担当地区', '地域'] },
  { key: 'phone', header: '電話', aliases: ['電話番号', '自宅電話', '連絡先', 'tel', '携帯', '携帯電話'] },
  { key: 'household', header: '世帯', aliases: ['世帯状況', '世帯構成', '世帯の状況'] },
  { key: 'householdNote', header: '世帯の補足', aliases: ['世帯補足', '世帯備考', '世帯の備考'] },
  { key: 'emergencyName', header: '緊急連絡先（氏名）', aliases: ['緊急連絡先', '緊急連絡先の氏名', '緊急連絡先名'] },
  { key: 'emergencyRelation', header: '緊急連絡先（続柄）', aliases: ['続柄', '緊急連絡先の続柄'] },
  { key: 'emergencyPhone', header: '緊急連絡先（電話）', aliases: ['緊急連絡先電話番号', '緊急連絡先の電話', '緊急連絡先tel'] },
  { key: 'doctor', header: 'かかりつけ医', aliases: ['主治医', 'かかりつけ医療機関'] },
  { key: 'careLevel', header: '要介護度', aliases: ['要介護認定', '介護度', '要介護状態区分'] },
  { key: 'disabilitySupportLevel', header: '障害支援区分', aliases: ['障害程度区分'] },
  { key: 'ryoikuGrade', header: '療育手帳', aliases: ['愛の手帳'] },
  { key: 'mentalHandbookGrade', header: '精神障害者保健福祉手帳', aliases: ['精神手帳', '精神保健福祉手帳'] },
  { key: 'careFlags', header: '要配慮', aliases: ['配慮事項', '要配慮事項'] },
  { key: 'commissioner', header: '担当民生委員', aliases: ['担当委員', '民生委員', '担当者', '担当'] },
  { key: 'consentGiven', header: '本人同意', aliases: ['同意', '同意の有無'] },
  { key: 'consentDate', header: '同意日', aliases: ['同意した日', '同意年月日'] },
  { key: 'consentScopes', header: '同意の範囲', aliases: ['同意範囲', '情報共有の範囲'] },
  { key: 'consentObtainedBy', header: '同意を得た人', aliases: ['同意取得者', '同意を得た者'] },
  { key: 'status', header: '状況', aliases: ['状態', '支援状況', 'ステータス'] },
  // Import only: a roster's 備考 may come in, but the export never writes notes.
  { key: 'note', header: 'メモ', aliases: ['備考', '特記事項', 'メモ欄'] },
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number]['key'];

/** The export's columns: every roster field but the free-text note. */
export const EXPORT_FIELDS: readonly RosterField[] = ROSTER_FIELDS.map((f) => f.key).filter((k) => k !== 'note');

export const rosterHeader = (key: RosterField): string => ROSTER_FIELDS.find((f) => f.key === key)?.header ?? key;

/** Where a field's problems point (personProblems' paths). */
export const FIELD_PATHS: Record<RosterField, string> = {
  name: 'name',
  furigana: 'furigana',
  birthDate: 'birthDate',
  sex: 'sex',
  address: 'address',
  district: 'districtId',
  phone: 'phone',
  household: 'household',
  householdNote: 'householdNote',
  emergencyName: 'emergencyContact.name',
  emergencyRelation: 'emergencyContact.relation',
  emergencyPhone: 'emergencyContact.phone',
  doctor: 'doctor',
  careLevel: 'certification.careLevel',
  disabilitySupportLevel: 'certification.disabilitySupportLevel',
  ryoikuGrade: 'certification.ryoikuGrade',
  mentalHandbookGrade: 'certification.mentalHandbookGrade',
  careFlags: 'careFlags',
  commissioner: 'commissioner',
  consentGiven: 'consent.given',
  consentDate: 'consent.date',
  consentScopes: 'consent.scopes',
  consentObtainedBy: 'consent.obtainedBy',
  status: 'status',
  note: 'note',
};

const LIST_SEPARATOR = '、';

// ---- export ----

/** The 対象者一覧 rows, header first: district names, not ids; no メモ. */
export function rosterRows(persons: readonly PersonInput[], districtName: (id: string) => string): CsvRows {
  const cell = (p: PersonInput, key: RosterField): string => {
    switch (key) {
      case 'district':
        return districtName(p.districtId);
      case 'emergencyName':
        return p.emergencyContact.name;
      case 'emergencyRelation':
        return p.emergencyContact.relation;
      case 'emergencyPhone':
        return p.emergencyContact.phone;
      case 'careLevel':
      case 'disabilitySupportLevel':
      case 'ryoikuGrade':
      case 'mentalHandbookGrade':
        return p.certification[key];
      case 'careFlags':
        return p.careFlags.join(LIST_SEPARATOR);
      case 'consentGiven':
        return p.consent.given ? 'あり' : 'なし';
      case 'consentDate':
        return p.consent.date;
      case 'consentScopes':
        return p.consent.scopes.join(LIST_SEPARATOR);
      case 'consentObtainedBy':
        return p.consent.obtainedBy;
      default:
        return p[key];
    }
  };
  return [EXPORT_FIELDS.map(rosterHeader), ...persons.map((p) => EXPORT_FIELDS.map((k) => cell(p, k)))];
}

// ---- import: columns ----

/** Width, case and punctuation folded, for comparing what people type in a header or a cell. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()[\]「」『』【】・:：]/gu, '');
}

const BY_HEADER = new Map<string, RosterField>();
for (const f of ROSTER_FIELDS) for (const h of [f.header, ...f.aliases]) BY_HEADER.set(fold(h), f.key);

/**
 * Which field each column fills, guessed from the header (null: not imported). A field goes to
 * the first column that names it; the person can change every choice.
 */
export function autoMap(header: readonly string[]): (RosterField | null)[] {
  const taken = new Set<RosterField>();
  return header.map((h) => {
    const key = BY_HEADER.get(fold(h));
    if (!key || taken.has(key)) return null;
    taken.add(key);
    return key;
  });
}

// ---- import: values ----

/**
 * A date as people write it in a roster, read as a date field reads it (shared/text/dateInput:
 * 1940-04-01, 1940/4/1, 19400401, 1940年4月1日, 昭和15年4月1日, S15.4.1, full-width digits …).
 * null when it is none of these, not a real day, or a day outside the era written.
 */
export function parseRosterDate(value: string): string | null {
  const r = parseDateInput(value);
  return r.ok ? r.iso : null;
}

/** The enum value a cell means (width and spaces folded), '' for an empty cell, null for none. */
function choice<T extends string>(value: string, options: readonly T[], synonyms: Record<string, T> = {}): T | '' | null {
  const f = fold(value);
  if (f === '') return '';
  return options.find((o) => o !== '' && fold(o) === f) ?? synonyms[f] ?? null;
}

const SEX_SYNONYMS: Record<string, (typeof SEXES)[number]> = { 女: '女性', f: '女性', female: '女性', 男: '男性', m: '男性', male: '男性' };
const YES = new Set(['あり', '有', '有り', 'はい', '済', '済み', '同意済', '同意済み', '○', '〇', '◯', 'yes', 'true', '1']);
const NO = new Set(['なし', '無', '無し', 'いいえ', '未', '×', 'no', 'false', '0']);

function listOf<T extends string>(value: string, options: readonly T[]): { values: T[]; unknown: string[] } {
  const values: T[] = [];
  const unknown: string[] = [];
  for (const part of value.split(/[、,，;；/／\n]/u)) {
    const p = part.trim();
    if (p === '') continue;
    const v = choice(p, options);
    if (v) {
      if (!values.includes(v)) values.push(v);
    } else unknown.push(p);
  }
  return { values, unknown };
}

// ---- import: rows ----

/** Something wrong with one row, in the file's own numbering (row 1 is the header). */
export type RowIssue = { row: number; field: RosterField | null; severity: 'error' | 'warning' } & (
  | { kind: 'problem'; problem: Problem }
  | { kind: 'unknownDistrict' | 'badDate' | 'unknownValue'; value: string }
  | { kind: 'noDistrict' | 'duplicateInFile' | 'noName' }
  | { kind: 'duplicateExisting'; trashed: boolean }
);

export interface PlannedRow {
  readonly row: number;
  /** The person to create, or null when an error stops the row. */
  readonly input: PersonInput | null;
  readonly issues: readonly RowIssue[];
  /** Looks like someone already in the vault or earlier in the file (name and birth date). */
  readonly duplicate: boolean;
}

export interface ImportPlan {
  readonly rows: readonly PlannedRow[];
  /** Rows with nothing in any cell (Excel writes them as ,,,,): skipped, not problems. */
  readonly blankRows: number;
}

export interface ImportContext {
  readonly districts: readonly District[];
  /** Every person in the vault, trashed ones included (deletedAt > 0). */
  readonly existing: readonly (Pick<PersonInput, 'name' | 'birthDate'> & { deletedAt: number })[];
  /** The district for rows whose 地区 is empty ('' for none). */
  readonly defaultDistrictId: string;
  /** Tokyo calendar date: nobody is born after it. */
  readonly today: string;
}

/** Names compare as the search does (width, kana, spaces and variant kanji folded: 髙橋 = 高橋). */
const personKey = (p: Pick<PersonInput, 'name' | 'birthDate'>) => `${foldForSearch(p.name)}|${p.birthDate}`;
/** District names compare folded and with or without 地区 at the end (鶴見中央 = 鶴見中央地区). */
const districtKey = (name: string) => fold(name).replace(/地区$/u, '');

/** Every row of a roster checked against the mapping and the vault; nothing is written. */
export function planImport(rows: readonly (readonly string[])[], mapping: readonly (RosterField | null)[], ctx: ImportContext): ImportPlan {
  const districts = new Map<string, string>();
  for (const d of ctx.districts) if (!districts.has(districtKey(d.name))) districts.set(districtKey(d.name), d.id);
  const existing = new Map<string, boolean>();
  for (const p of ctx.existing) {
    const k = personKey(p);
    existing.set(k, (existing.get(k) ?? true) && p.deletedAt > 0);
  }
  const seen = new Set<string>();
  const planned: PlannedRow[] = [];
  let blankRows = 0;
  rows.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) {
      blankRows++;
      return;
    }
    const row = i + 2;
    const issues: RowIssue[] = [];
    const p = emptyPerson(ctx.defaultDistrictId);
    mapping.forEach((key, col) => {
      if (!key) return;
      const raw = restoreNeutralised(cells[col] ?? '');
      const value = raw.trim();
      const issue = (kind: 'unknownValue' | 'badDate' | 'unknownDistrict', v = value) =>
        issues.push({ row, field: key, severity: 'error', kind, value: v });
      switch (key) {
        case 'birthDate':
        case 'consentDate': {
          const iso = value === '' ? '' : parseRosterDate(value);
          if (iso === null) return issue('badDate');
          if (key === 'birthDate') p.birthDate = iso;
          else p.consent.date = iso;
          return;
        }
        case 'district': {
          if (value === '') return;
          const id = districts.get(districtKey(value));
          if (!id) return issue('unknownDistrict');
          p.districtId = id;
          return;
        }
        case 'sex': {
          const v = choice(value, SEXES, SEX_SYNONYMS);
          if (v === null) return issue('unknownValue');
          p.sex = v;
          return;
        }
        case 'household': {
          const v = choice(value, HOUSEHOLDS);
          if (v === null) return issue('unknownValue');
          p.household = v;
          return;
        }
        case 'careLevel':
        case 'disabilitySupportLevel':
        case 'ryoikuGrade':
        case 'mentalHandbookGrade': {
          const options = {
            careLevel: CARE_LEVELS,
            disabilitySupportLevel: DISABILITY_SUPPORT_LEVELS,
            ryoikuGrade: RYOIKU_GRADES,
            mentalHandbookGrade: MENTAL_HANDBOOK_GRADES,
          }[key];
          const v = choice<string>(value, options);
          if (v === null) return issue('unknownValue');
          (p.certification as Record<string, string>)[key] = v;
          return;
        }
        case 'status': {
          const v = choice(value, PERSON_STATUSES);
          if (v === null) return issue('unknownValue');
          if (v !== '') p.status = v;
          return;
        }
        case 'consentGiven': {
          const f = fold(value);
          if (YES.has(f)) p.consent.given = true;
          else if (f === '' || NO.has(f)) p.consent.given = false;
          else issue('unknownValue');
          return;
        }
        case 'careFlags':
        case 'consentScopes': {
          const { values, unknown } = key === 'careFlags' ? listOf(value, CARE_FLAGS) : listOf(value, CONSENT_SCOPES);
          for (const u of unknown) issue('unknownValue', u);
          if (key === 'careFlags') p.careFlags = values as PersonInput['careFlags'];
          else p.consent.scopes = values as PersonInput['consent']['scopes'];
          return;
        }
        case 'emergencyName':
          p.emergencyContact.name = value;
          return;
        case 'emergencyRelation':
          p.emergencyContact.relation = value;
          return;
        case 'emergencyPhone':
          p.emergencyContact.phone = value;
          return;
        case 'consentObtainedBy':
          p.consent.obtainedBy = value;
          return;
        case 'note':
          // Multi-line text keeps its lines (CRLF as LF, as the form stores it), not its edges.
          p.note = raw.replace(/\r\n?/g, '\n').trim();
          return;
        default:
          p[key] = value;
      }
    });
    // An unknown district name is its own problem: never the default, never a new district.
    if (p.districtId === '' && !issues.some((x) => x.field === 'district'))
      issues.push({ row, field: 'district', severity: 'error', kind: 'noDistrict' });
    // The person's own rules (lengths, refused characters, dates after today, consent date).
    const fieldOf = (path: string): RosterField | null =>
      (Object.keys(FIELD_PATHS) as RosterField[]).find((k) => FIELD_PATHS[k] === path || path.startsWith(`${FIELD_PATHS[k]}.`)) ?? null;
    for (const problem of personProblems(p, ctx.today)) {
      const field = fieldOf(problem.path);
      if (field === 'district' && issues.some((x) => x.field === 'district')) continue;
      if (field === 'name' && problem.code === 'required') {
        issues.push({ row, field, severity: 'error', kind: 'noName' });
        continue;
      }
      if (issues.some((x) => x.field === field && x.kind === 'badDate')) continue;
      issues.push({ row, field, severity: problem.severity, kind: 'problem', problem });
    }
    const failed = issues.some((x) => x.severity === 'error');
    const key = personKey(p);
    let duplicate = false;
    if (p.name.trim() !== '') {
      const trashed = existing.get(key);
      if (trashed !== undefined) {
        issues.push({ row, field: 'name', severity: 'warning', kind: 'duplicateExisting', trashed });
        duplicate = true;
      } else if (seen.has(key)) {
        issues.push({ row, field: 'name', severity: 'warning', kind: 'duplicateInFile' });
        duplicate = true;
      }
      // Only a row that would be written can make a later one a duplicate.
      if (!failed) seen.add(key);
    }
    planned.push({ row, input: failed ? null : p, issues, duplicate });
  });
  return { rows: planned, blankRows };
}
