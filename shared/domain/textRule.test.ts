// Every free-text field of every record schema refuses what corrupts display or print, and says
// so at that field. Walks each schema over a full sample record: a new text field without the
// rule fails here unless it is listed as not free text (ids, dates, choices).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { personSchema, personProblems, emptyPerson } from '../persons/person';
import { demoPersons } from './demoData';
import { contactSchema, emptyContact } from '../contactLog/contact';
import { meetingSchema } from '../meetings/meeting';
import { sampleCaseMeeting } from '../meetings/minutesSamples';
import { directoryEntrySchema } from '../meetings/attendee';
import { actionItemSchema, actionProblems } from '../actions/actionItem';
import { referralSchema } from '../referrals/referral';
import { sampleOverrideReferral, samplePersonSheet, sampleReferral } from '../referrals/referralSamples';
import { answerProblems, answersSchema, templateSchema } from '../endingNotes/template';
import { STANDARD_JA } from '../endingNotes/defaults';
import { sampleAnswers } from '../endingNotes/sampleNote';
import { schemaProblems } from './problems';

type Leaf = { path: (string | number)[]; value: string };
function leaves(v: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof v === 'string') return [{ path, value: v }];
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  return [];
}
function withLeaf(v: unknown, path: readonly (string | number)[], value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(v)) return v.map((x, i) => (i === head ? withLeaf(x, rest, value) : x));
  return { ...(v as object), [head]: withLeaf((v as Record<string, unknown>)[head], rest, value) };
}

/** The codes a schema gives at one path when that string ends with `suffix`. */
function codesAt(schema: z.ZodType, record: unknown, leaf: Leaf, suffix: string): string[] {
  const r = schema.safeParse(withLeaf(record, leaf.path, `${leaf.value}${suffix}`));
  const key = leaf.path.join('.');
  return r.success
    ? []
    : schemaProblems(r.error)
        .filter((p) => p.path === key)
        .map((p) => p.code);
}

// Not free text: ids, calendar dates, times and values chosen from a list.
const NOT_TEXT = [
  /(^|\.)(id|directoryId|personId|recordedBy|sourceId|districtId|templateId|format|language|variant|kind)$/,
  /(^|\.)(date|due|doneDate|birthDate|dischargedOn|consultedOn|nextDate|writtenOn|since|startTime|endTime)$/,
  /(^|\.)(type|sex|household|status|field|content|otherActivity|referredTo|route|urgency|expectedType|petitioner|reachable|to|method|reason|source)$/,
  /^certification\.(careLevel|disabilitySupportLevel|ryoikuGrade|mentalHandbookGrade)$/,
  /^sheet\.(living\.place|daily\.(physical|behaviour|social|decisions|money)|awareness)$/,
  /^sheet\.daily\.cognitive\.\d+$/,
  /^(consent\.scopes|careFlags|declineSigns|abuse\.kinds|goals|functions)\.\d+$/,
  /^history\.\d+\.skipped\.\d+$/,
];
const notText = (path: string) => NOT_TEXT.some((r) => r.test(path));

const fullReferral = {
  ...sampleReferral(),
  handovers: [...sampleReferral().handovers, ...sampleOverrideReferral().handovers],
  sheet: samplePersonSheet(),
};
const RECORDS: [string, z.ZodType, unknown][] = [
  [
    'person',
    personSchema,
    { ...demoPersons(1, ['d01'])[0], consent: { given: true, date: '2026-01-05', scopes: ['区役所'], obtainedBy: '見本 一郎' } },
  ],
  [
    'contact',
    contactSchema,
    { ...emptyContact('2026-11-02', 'p1', '見本 一郎', 'x'), followUp: { needed: true, task: '電話', due: '2026-11-09' } },
  ],
  ['meeting', meetingSchema, { ...sampleCaseMeeting(), absentees: sampleCaseMeeting().attendees.slice(0, 1) }],
  ['directory entry', directoryEntrySchema, { name: '見本 一郎', organisation: '区役所', role: '保健師', note: '火曜は不在' }],
  [
    'action item',
    actionItemSchema,
    {
      source: 'meeting',
      sourceId: 'm1',
      owner: '見本 一郎',
      ownerOrg: '区社協',
      task: '電話する',
      due: '2026-12-01',
      personId: '',
      districtId: 'd01',
      status: 'done',
      doneDate: '2026-12-01',
      doneNote: '済み',
    },
  ],
  ['referral (with its sheet)', referralSchema, fullReferral],
  ['ending-note template', templateSchema, STANDARD_JA],
  ['ending-note answers', answersSchema, sampleAnswers(STANDARD_JA)],
];

describe('every free-text field of every record', () => {
  for (const [what, schema, record] of RECORDS) {
    it(`${what}: refuses NUL and U+202E at the field, and keeps 𠮷 and 葛󠄀`, () => {
      expect(schema.safeParse(record).success).toBe(true);
      const texts = leaves(record).filter((l) => !notText(l.path.join('.')));
      expect(texts.length).toBeGreaterThan(3);
      const missing: string[] = [];
      for (const leaf of texts) {
        if (!codesAt(schema, record, leaf, '\u0000').includes('controlChar')) missing.push(`${leaf.path.join('.')}: NUL`);
        if (!codesAt(schema, record, leaf, '\u202e').includes('bidiControl')) missing.push(`${leaf.path.join('.')}: U+202E`);
        // Legitimate characters pass wherever free text goes (length permitting).
        if (leaf.value.length < 50 && codesAt(schema, record, leaf, '𠮷葛󠄀').length > 0) missing.push(`${leaf.path.join('.')}: refused 𠮷`);
      }
      expect(missing).toEqual([]);
    });
  }

  it('names and titles refuse a line break; notes keep it', () => {
    const lf = (schema: z.ZodType, record: unknown, path: (string | number)[]) =>
      codesAt(schema, record, { path, value: 'ある' }, '\n二行目');
    const person = RECORDS[0]?.[2];
    expect(lf(personSchema, person, ['name'])).toEqual(['lineBreak']);
    expect(lf(personSchema, person, ['furigana'])).toEqual(['lineBreak']);
    expect(lf(personSchema, person, ['note'])).toEqual([]);
    expect(lf(meetingSchema, sampleCaseMeeting(), ['title'])).toEqual(['lineBreak']);
    expect(lf(meetingSchema, sampleCaseMeeting(), ['attendees', 0, 'name'])).toEqual(['lineBreak']);
    expect(lf(meetingSchema, sampleCaseMeeting(), ['discussion'])).toEqual([]);
    expect(lf(templateSchema, STANDARD_JA, ['name'])).toEqual(['lineBreak']);
    expect(lf(referralSchema, fullReferral, ['sheet', 'header', 'author'])).toEqual(['lineBreak']);
  });

  it('carry where the refused character is, for the sentence', () => {
    const r = personSchema.safeParse({ ...emptyPerson('d01'), name: '山田\u202e花子' });
    expect(r.success ? [] : schemaProblems(r.error)).toEqual([{ path: 'name', code: 'bidiControl', params: { at: 3 }, severity: 'error' }]);
  });
});

describe('a person’s dates', () => {
  const today = '2026-11-27';
  const base = { ...emptyPerson('d01'), name: '見本 一郎' };
  it('refuse a birth date after today (Tokyo’s today, from the caller)', () => {
    expect(personProblems({ ...base, birthDate: '2026-11-28' }, today)).toEqual([{ path: 'birthDate', code: 'future', severity: 'error' }]);
    expect(personProblems({ ...base, birthDate: today }, today)).toEqual([]);
    expect(personProblems({ ...base, birthDate: '1948-03-15' }, today)).toEqual([]);
    expect(personProblems({ ...base, dischargedOn: '2026-11-28' }, today)).toEqual([
      { path: 'dischargedOn', code: 'future', severity: 'error' },
    ]);
    expect(personProblems({ ...base, dischargedOn: today }, today)).toEqual([]);
  });
  it('refuse a consent date after today, and require one when consent is given', () => {
    const consent = (date: string) => ({ ...base, consent: { given: true, date, scopes: [], obtainedBy: '' } });
    expect(personProblems(consent('2026-12-01'), today)).toEqual([{ path: 'consent.date', code: 'future', severity: 'error' }]);
    expect(personProblems(consent(''), today)).toEqual([{ path: 'consent.date', code: 'required', severity: 'error' }]);
    expect(personProblems(consent(today), today)).toEqual([]);
  });
  it('are checked together with the text, so one save shows every problem', () => {
    const found = personProblems({ ...base, name: 'a\u0000', birthDate: '2030-01-01' }, today).map((p) => `${p.path}:${p.code}`);
    expect(found).toEqual(['name:controlChar', 'birthDate:future']);
  });
});

describe('rules checked outside a schema use the same text rule', () => {
  it('action rows (owner, organisation, task)', () => {
    const row = { owner: '見本\u0000', ownerOrg: '区社協\n本部', task: '電話\u2066する', due: '2026-12-01' };
    expect(actionProblems(row, '2026-11-20', '2026-11-27').map((p) => `${p.path}:${p.code}`)).toEqual([
      'owner:controlChar',
      'ownerOrg:lineBreak',
      'task:bidiControl',
    ]);
  });
  it('ending-note answers, by question', () => {
    const questions = STANDARD_JA.sections.flatMap((s) => s.questions);
    const short = questions.find((q) => q.kind === 'shortText');
    const table = questions.find((q) => q.kind === 'table');
    if (!short || !table) throw new Error('the standard template has short and table questions');
    const found = answerProblems(questions, { [short.id]: '名前\n二行目', [table.id]: [['ok', 'x\u202e']] });
    expect(found.map((p) => `${p.path}:${p.code}`)).toEqual([`answers.${short.id}:lineBreak`, `answers.${table.id}:bidiControl`]);
    expect(answerProblems(questions, sampleAnswers(STANDARD_JA))).toEqual([]);
  });
});
