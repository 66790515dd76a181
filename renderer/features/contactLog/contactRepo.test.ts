import { openTestVault } from '../../testing/testVault';
import { describe, expect, it } from 'vitest';
import { emptyContact, splitContinuations } from '../../../shared/contactLog/contact';
import { listActions } from '../actions';
import {
  addContactsInBulk,
  commissionerEntries,
  contactDateSpan,
  contactsBetween,
  contactsOfCommissioner,
  contactsOfPerson,
  followUpId,
  saveContact,
  saveContactWithContinuations,
  trashContact,
} from './contactRepo';

const open = () => openTestVault('commissioner');

describe('contact log', () => {
  it('a follow-up becomes one action item that follows the entry through edits and the trash', async () => {
    const s = await open();
    const base = { ...emptyContact('2026-11-27', 'u1', '𠮷田 花子', 'p1'), summary: '変わりなし' };
    let c = await saveContact(s, { ...base, followUp: { needed: true, task: '通院の付き添いを調整', due: '2026-12-03' } }, 'd01', 10);
    let actions = (await listActions(s)).items;
    expect(actions).toEqual([
      expect.objectContaining({
        id: followUpId(c.id),
        task: '通院の付き添いを調整',
        due: '2026-12-03',
        personId: 'p1',
        districtId: 'd01',
        owner: '𠮷田 花子',
        status: 'open',
      }),
    ]);

    c = await saveContact(s, { ...base, followUp: { needed: true, task: '通院の付き添いを調整', due: '2026-12-05' } }, 'd01', 11, c);
    actions = (await listActions(s)).items;
    expect(actions).toHaveLength(1);
    expect(actions[0]?.due).toBe('2026-12-05');

    c = await saveContact(s, base, 'd01', 12, c);
    expect((await listActions(s)).items).toHaveLength(0);
    c = await saveContact(s, { ...base, followUp: { needed: true, task: '', due: '2026-12-05' } }, 'd01', 13, c);
    expect((await listActions(s)).items[0]?.task).toBe('変わりなし');
    await trashContact(s, c, 14);
    expect((await listActions(s)).items).toHaveLength(0);
    expect(await contactsOfPerson(s, 'p1')).toHaveLength(0);
  });

  it("keeps the district of the day and the kind's goals; the follow-up serves the same goals", async () => {
    const s = await open();
    const base = { ...emptyContact('2026-11-27', 'u1', '民生 太郎', 'p1'), kind: '来所' as const };
    let c = await saveContact(s, { ...base, followUp: { needed: true, task: '電話する', due: '2026-12-03' } }, 'd01', 10);
    expect(c).toMatchObject({ districtId: 'd01', goals: ['2-1'] });
    expect(await s.db.contacts.get(c.id)).toMatchObject({ districtId: 'd01', goals: ['2-1'] });
    expect(await s.db.actions.get(followUpId(c.id))).toMatchObject({ goals: ['2-1'], doneDate: '' });
    // The person moved to d02 since: editing the old entry leaves it in d01; chosen goals are kept.
    c = await saveContact(s, { ...c, goals: ['2-2', '2-4'] }, 'd02', 11, c);
    expect(await s.db.contacts.get(c.id)).toMatchObject({ districtId: 'd01', goals: ['2-2', '2-4'] });
    const visit = await saveContact(s, { ...emptyContact('2026-11-28', 'u1', '民生 太郎', 'p1'), referredTo: '地域ケアプラザ' }, 'd02', 12);
    expect(await s.db.contacts.get(visit.id)).toMatchObject({ districtId: 'd02', goals: ['2-1', '2-2'] });
  });

  it('lists entries of a period, newest first, and keeps 10,000 characters and 𠮷 exactly', async () => {
    const s = await open();
    const long = '𠮷'.repeat(5_000) + 'あ'.repeat(5_000);
    await saveContact(s, { ...emptyContact('2026-10-31', 'u1', 'A'), summary: long }, '', 1);
    await saveContact(s, emptyContact('2026-11-01', 'u1', 'A'), '', 2);
    await saveContact(s, emptyContact('2026-11-30', 'u1', 'A'), '', 3);
    await saveContact(s, emptyContact('2026-12-01', 'u1', 'A'), '', 4);
    const nov = await contactsBetween(s, '2026-11-01', '2026-11-30');
    expect(nov.items.map((c) => c.date)).toEqual(['2026-11-30', '2026-11-01']);
    const oct = await contactsBetween(s, '2026-10-01', '2026-10-31');
    expect(oct.items[0]?.summary).toBe(long);
  });

  it('refuses a bad entry and writes nothing', async () => {
    const s = await open();
    await expect(saveContact(s, { ...emptyContact('2026-11-31', 'u1', 'A') }, '', 1)).rejects.toMatchObject({ code: 'ValidationFailed' });
    expect(await s.db.contacts.count()).toBe(0);
  });
});

describe('the 活動記録 reads one commissioner', () => {
  const entry = (date: string, by: string, name: string) => ({ ...emptyContact(date, by, name), summary: `${name} ${date}` });

  it("opens only that commissioner's live entries of the period, and names everyone by their newest entry", async () => {
    const s = await open();
    expect(await contactDateSpan(s)).toBeNull();
    expect(await commissionerEntries(s)).toEqual([]);
    await addContactsInBulk(
      s,
      [
        entry('2025-03-31', 'c1', '旧姓 一子'),
        entry('2025-04-01', 'c1', '旧姓 一子'),
        entry('2026-03-31', 'c1', '新姓 一子'),
        entry('2026-04-01', 'c1', '新姓 一子'),
        entry('2025-06-15', 'c2', '二宮 次郎'),
        entry('2025-07-01', 'c3', '三浦 三郎'),
      ],
      1,
    );
    const fy2025 = await contactsOfCommissioner(s, 'c1', '2025-04-01', '2026-03-31');
    expect(fy2025.items.map((c) => c.date)).toEqual(['2026-03-31', '2025-04-01']);
    // The district-wide read of the same year holds everyone's.
    expect((await contactsBetween(s, '2025-04-01', '2026-03-31')).items).toHaveLength(4);

    const [trashed] = fy2025.items;
    if (!trashed) throw new Error('no entry');
    await trashContact(s, trashed, 2);
    expect((await contactsOfCommissioner(s, 'c1', '2025-04-01', '2026-03-31')).items.map((c) => c.date)).toEqual(['2025-04-01']);
    expect((await contactsOfCommissioner(s, 'c9', '2025-04-01', '2026-03-31')).items).toEqual([]);

    const newest = await commissionerEntries(s);
    expect(newest.map((c) => [c.recordedBy, c.recordedByName, c.date]).sort()).toEqual([
      ['c1', '新姓 一子', '2026-04-01'],
      ['c2', '二宮 次郎', '2025-06-15'],
      ['c3', '三浦 三郎', '2025-07-01'],
    ]);
    expect(await contactDateSpan(s)).toEqual({ first: '2025-03-31', last: '2026-04-01' });
  });
});

describe('continuation entries', () => {
  const long = (s: string) => `${'民生委員の訪問で話を聞いた。\n'.repeat(1500)}${s}`; // 22,500 + units

  it('an entry and its continuations are saved together, with one audit entry each', async () => {
    const s = await open();
    const parts = splitContinuations({ ...emptyContact('2026-11-27', 'u1', '𠮷田 花子', 'p1'), summary: long('最後の一文𠮷。') });
    expect(parts).toHaveLength(2);
    const saved = await saveContactWithContinuations(s, parts, 'd01', 10);
    const entries = await contactsOfPerson(s, 'p1');
    expect(entries.map((e) => e.id)).toContain(saved.id);
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => e.summary).join('')).toContain('最後の一文𠮷。');
    expect(await s.db.audit.count()).toBe(2);
  });

  it('a part that cannot be saved saves none of them', async () => {
    const s = await open();
    // A control character past the first part's end: the first part alone would be accepted.
    const parts = splitContinuations({ ...emptyContact('2026-11-27', 'u1', '𠮷田 花子', 'p1'), summary: long('ここに\u0007がある。') });
    expect(parts).toHaveLength(2);
    const audits = await s.db.audit.count();
    await expect(saveContactWithContinuations(s, parts, 'd01', 10)).rejects.toThrow();
    expect(await s.db.contacts.count()).toBe(0);
    expect(await contactsOfPerson(s, 'p1')).toHaveLength(0);
    expect(await s.db.contactLast.count()).toBe(0);
    expect(await s.db.audit.count()).toBe(audits);
  });
});
