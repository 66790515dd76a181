import { openTestVault } from '../../testing/testVault';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/auditLog';
import { PersonStore } from '../../records/personStore';
import { emptyPerson } from '../../../shared/persons/person';
import { DEFAULT_DISTRICTS } from '../../../shared/domain/plan';
import { autoMap, planImport } from '../../../shared/persons/roster';
import { emptyContact } from '../../../shared/contactLog/contact';
import { saveContact } from '../contactLog';
import { commitImport, contactLogExport, personsExport } from './exchangeData';

async function open() {
  const session = await openTestVault('commissioner');
  const persons = new PersonStore(session);
  await persons.load();
  return { session, db: session.db, persons };
}

const districts = DEFAULT_DISTRICTS.slice(0, 3);
const ROWS = [
  ['氏名', 'ふりがな', '生年月日', '地区', 'メモ'],
  ['𠮷田 ハル', 'よしだ はる', 'S15.4.1', '鶴見中央', '1行目\r\n2行目'],
  ['山田 一郎', '', '1940/2/30', '豊岡', ''],
  ['佐藤 花子', 'さとう はなこ', '', '市場地区', ''],
  ['既存 さん', '', '', '市場', ''],
];

describe('commitImport', () => {
  it('writes the valid rows, one person.create each and one import.csv, in one verified chain; flagged duplicates only when chosen', async () => {
    const { session, db, persons } = await open();
    await persons.create({ ...emptyPerson('d03'), name: '既存 さん' }, 1);
    const plan = planImport(ROWS, autoMap(ROWS[0] ?? []), {
      districts,
      existing: persons.getSnapshot(),
      defaultDistrictId: '',
      today: '2026-11-20',
    });
    expect(plan.rows.map((r) => [r.row, r.input !== null, r.duplicate])).toEqual([
      [2, true, false],
      [3, false, false],
      [4, true, false],
      [5, true, true],
    ]);
    expect(await commitImport(persons, plan, false, 10)).toBe(2);
    expect(persons.getSnapshot().map((p) => p.name)).toEqual(expect.arrayContaining(['𠮷田 ハル', '佐藤 花子', '既存 さん']));
    expect(persons.getSnapshot()).toHaveLength(3);
    expect(persons.getSnapshot().find((p) => p.name === '𠮷田 ハル')).toMatchObject({
      birthDate: '1940-04-01',
      districtId: 'd01',
      note: '1行目\n2行目',
    });
    const audit = await db.audit.orderBy('seq').toArray();
    expect(audit.map((a) => [a.action, a.table, a.action === 'import.csv' ? a.recordId : ''])).toEqual([
      ['person.create', 'persons', ''],
      ['person.create', 'persons', ''],
      ['person.create', 'persons', ''],
      ['import.csv', 'persons', '2'],
    ]);
    expect(await verifyAuditChain(session)).toMatchObject({ ok: true, count: 4 });
    // Persons read back from the database, not only the store's memory.
    const reread = new PersonStore(session);
    await reread.load();
    expect(reread.getSnapshot()).toHaveLength(3);

    expect(await commitImport(persons, plan, true, 11)).toBe(3);
    expect(persons.getSnapshot().filter((p) => p.name === '既存 さん')).toHaveLength(2);
  });

  it('writes nothing at all when one person of the import fails on the way in', async () => {
    const { db, persons } = await open();
    const plan = planImport(ROWS.slice(0, 2), autoMap(ROWS[0] ?? []), {
      districts,
      existing: [],
      defaultDistrictId: '',
      today: '2026-11-20',
    });
    const good = plan.rows[0]?.input;
    if (!good) throw new Error('no valid row');
    // As if a row got past the checks: the record's own schema still refuses it, and the whole import with it.
    const tampered = { ...plan, rows: [...plan.rows, { row: 9, input: { ...good, name: '' }, issues: [], duplicate: false }] };
    await expect(commitImport(persons, tampered, false, 10)).rejects.toMatchObject({ code: 'ValidationFailed' });
    expect(await db.persons.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    expect(persons.getSnapshot()).toHaveLength(0);
  });
});

describe('exports', () => {
  it('persons: live persons only, district names, no メモ', async () => {
    const { persons } = await open();
    await persons.create({ ...emptyPerson('d02'), name: '生きている 人', note: '秘密のメモ' }, 1);
    const gone = await persons.create({ ...emptyPerson('d02'), name: 'ごみ箱の 人' }, 2);
    await persons.trash(gone.id, 3);
    const { rows } = personsExport(persons, districts);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[0]).toBe('生きている 人');
    expect(rows[1]).toContain('豊岡');
    expect(JSON.stringify(rows)).not.toMatch(/秘密のメモ|ごみ箱の 人|d02/);
  });

  it('contact log: a month from its 1st to its last day, a fiscal year from April to March', async () => {
    const { session, persons } = await open();
    const p = await persons.create({ ...emptyPerson('d01'), name: '𠮷田 ハル' }, 1);
    for (const date of ['2026-09-30', '2026-10-01', '2026-10-31', '2026-11-01', '2027-03-31', '2027-04-01'])
      await saveContact(session, { ...emptyContact(date, 'u1', '試験 利用者', p.id), summary: '話したこと' }, 'd01', 2);
    const month = await contactLogExport(session, persons, { kind: 'month', month: '2026-10' });
    expect(month.rows.slice(1).map((r) => r[0])).toEqual(['2026-10-01', '2026-10-31']);
    expect(month.rows[1]?.[2]).toBe('𠮷田 ハル');
    expect(JSON.stringify(month.rows)).not.toContain('話したこと');
    const year = await contactLogExport(session, persons, { kind: 'fiscalYear', fiscalYear: 2026 });
    expect(year.rows.slice(1).map((r) => r[0])).toEqual(['2026-09-30', '2026-10-01', '2026-10-31', '2026-11-01', '2027-03-31']);
    expect(year.skipped).toBe(0);
  });
});
