import { openTestVault } from '../../testing/testVault';
import { describe, expect, it, vi } from 'vitest';
import { emptyContact } from '../../../shared/contactLog/contact';
import { emptyMeeting } from '../../../shared/meetings/meeting';
import { emptyPerson } from '../../../shared/persons/person';
import { PersonStore } from '../../records/personStore';
import { saveContact, trashContact } from '../contactLog';
import { saveMeeting } from '../meetings';
import { addStep, createReferral } from '../referrals';
import { writeSetting } from '../settings';
import { lastContactDates, loadReach } from './reachRepo';

const at = (iso: string) => Date.parse(`${iso}T01:00:00Z`);

describe('loadReach', () => {
  it('reads last contacts from the index, open actions, referrals and recent meetings, and opens no record', async () => {
    const s = await openTestVault('commissioner');
    const persons = new PersonStore(s);
    const created = at('2027-01-04');
    const a = await persons.create({ ...emptyPerson('d01'), name: '鶴見 一' }, created);
    const b = await persons.create({ ...emptyPerson('d02'), name: '潮田 二', household: '独居' }, created);
    const c = await persons.create({ ...emptyPerson('d01'), name: '生麦 三', status: '支援終了' }, created);
    const entry = (personId: string, date: string) => ({ ...emptyContact(date, 'u1', '試験 利用者', personId), summary: '変わりなし' });
    await saveContact(s, entry(a.id, '2027-02-01'), 'd01', at('2027-02-01'));
    await saveContact(s, entry(a.id, '2027-02-20'), 'd01', at('2027-02-20'));
    // a later entry in the trash does not count
    const trashed = await saveContact(s, entry(a.id, '2027-03-25'), 'd01', at('2027-03-25'));
    await trashContact(s, trashed, at('2027-03-26'));
    await saveContact(s, entry(b.id, '2027-03-20'), 'd02', at('2027-03-20'));
    // a follow-up due in three days
    await saveContact(
      s,
      { ...entry(c.id, '2027-03-28'), followUp: { needed: true, task: '病院の付き添い', due: '2027-04-04' } },
      'd01',
      at('2027-03-28'),
    );
    // a referral stalled at intake (limit 14 days) for b
    await createReferral(s, b.id, 'd02', '2027-03-01', '試験 利用者', at('2027-03-01'));
    // a meeting discussing c, who has not consented, with an overdue action
    await saveMeeting(
      s,
      { ...emptyMeeting('case', '2027-03-10', 'd01'), cases: [{ personId: c.id, basicInfo: '', family: '', history: '', wishes: '' }] },
      [{ owner: '佐藤', ownerOrg: '', task: '配食の申込み', due: '2027-03-30', personId: c.id }],
      at('2027-03-10'),
    );
    await writeSetting(s, 'contactIntervals', { watched: 40 }, 0, at('2027-03-10'));

    expect([...(await lastContactDates(s))].sort()).toEqual(
      [
        [a.id, '2027-02-20'],
        [b.id, '2027-03-20'],
        [c.id, '2027-03-28'],
      ].sort(),
    );

    const open = vi.spyOn(s, 'open');
    const { items } = await loadReach(s, persons, '2027-04-01');
    expect(new Set(open.mock.calls.map(([table]) => table))).toEqual(new Set(['settings']));
    expect(items.map((i) => [i.kind, i.personId, i.daysLate])).toEqual([
      ['consent', c.id, 22],
      ['referral', b.id, 17], // 31 days at intake, limit 14
      ['action', c.id, 2],
      // a: 40 days since 20 February is not past the stored 40; b: 独居 14, open referral 14 → 12 days: not late
      ['followUp', c.id, -3],
    ]);

    // a step forward un-stalls the referral: it is read again from its clear columns
    const [ref] = await s.db.referrals.toArray();
    await addStep(s, ref?.id ?? '', { to: 'gathering', date: '2027-03-31', by: '試験 利用者', note: '' }, '2027-04-01', at('2027-03-31'));
    expect((await loadReach(s, persons, '2027-04-01')).items.map((i) => i.kind)).toEqual(['consent', 'action', 'followUp']);
  });
});
