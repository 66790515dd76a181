import { openTestVault } from '../../testing/testVault';
import { describe, expect, it } from 'vitest';
import { emptyContact } from '../../../shared/contactLog/contact';
import { emptyMeeting } from '../../../shared/meetings/meeting';
import { getContact, saveContact, trashContact } from '../contactLog';
import { saveDraft } from '../../records/drafts';
import { draftKeys } from '../../records/draftKeys';
import { saveMeeting, trashMeeting } from '../meetings';
import { listActions } from '../actions';
import { listTrashedRecords, purgeTrashedRecords, restoreRecord } from './recordTrash';
import { verifyAuditChain } from '../../audit/auditLog';
import { createReferral, trashReferral, referralsOfPerson } from '../referrals';

const open = () => openTestVault('commissioner');

describe('trash for contacts and meetings', () => {
  it('restores a record with the actions trashed with it, and purges for good', async () => {
    const s = await open();
    const c = await saveContact(
      s,
      { ...emptyContact('2026-11-27', 'u1', 'A', 'p1'), followUp: { needed: true, task: '電話', due: '2026-12-01' } },
      'd01',
      1,
    );
    const m = await saveMeeting(
      s,
      emptyMeeting('team', '2026-11-20', 'd01'),
      [
        { owner: 'B', ownerOrg: '', task: 'one', due: '2026-12-01', personId: '' },
        { owner: 'C', ownerOrg: '', task: 'two', due: '2026-12-02', personId: '' },
      ],
      2,
    );
    // One of the meeting's actions is removed by an edit before the meeting goes to the trash.
    const kept = (await listActions(s)).items.find((a) => a.task === 'one');
    const m2 = await saveMeeting(s, m, kept ? [{ ...kept }] : [], 3, m);
    await trashContact(s, c, 10);
    await trashMeeting(s, m2, 11);
    expect((await listActions(s)).items.map((a) => a.task)).toEqual([]);
    const trashed = (await listTrashedRecords(s)).items;
    expect(trashed.map((r) => r.table)).toEqual(['meetings', 'contacts']);

    for (const r of trashed) await restoreRecord(s, r, 20);
    expect((await listActions(s)).items.map((a) => a.task).sort()).toEqual(['one', '電話']);
    expect(await listTrashedRecords(s)).toEqual({ items: [], corrupt: [] });

    const restored = await getContact(s, c.id);
    if (!restored) throw new Error('missing');
    await trashContact(s, restored, 30);
    expect(await purgeTrashedRecords(s, 31)).toBe(1);
    expect(await s.db.contacts.count()).toBe(0);
    expect(await s.db.actions.where('deletedAt').above(0).count()).toBe(0);
    expect(await s.db.meetings.count()).toBe(1);
    expect(await verifyAuditChain(s)).toMatchObject({ ok: true });
  });

  it('a referral goes to the trash, comes back, and is purged with its drafts', async () => {
    const s = await open();
    const r = await createReferral(s, 'p1', 'd01', '2026-10-01', 'A', 1);
    await saveDraft(s, draftKeys.referralEdit(r.id), { json: '{}' }, 1);
    await trashReferral(s, r.id, 2);
    const [t] = (await listTrashedRecords(s)).items;
    expect(t).toMatchObject({ table: 'referrals', id: r.id, personId: 'p1' });
    if (!t) throw new Error('missing');
    await restoreRecord(s, t, 3);
    expect(await referralsOfPerson(s, 'p1')).toHaveLength(1);
    await trashReferral(s, r.id, 4);
    expect(await purgeTrashedRecords(s, 5)).toBe(1);
    expect(await s.db.referrals.count()).toBe(0);
    expect(await s.db.drafts.count()).toBe(0);
    expect(await verifyAuditChain(s)).toMatchObject({ ok: true });
  });
});
