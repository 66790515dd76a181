// Rows written before schema 6 lack the clear columns it added; the first unlock copies them in
// from the sealed content. Here the old rows are made as schema 5 wrote them: content without
// goals or district, rows without the columns.
import { openTestVault } from '../testing/testVault';
import { describe, expect, it } from 'vitest';
import { emptyContact } from '../../shared/contactLog/contact';
import { emptyReferral } from '../../shared/referrals/referral';
import { writeRecord, newMeta } from './write';
import { openRecord } from './sealed';
import { contactsTable, referralsTable } from './tables';
import { markClearRefresh, refreshClearColumns } from './clearColumns';
import { upgradeAtUnlock } from './upgrade';
import type { VaultSession } from '../vault/session';

async function oldContact(s: VaultSession, id: string, kind: '訪問' | '来所', referredTo: '' | '地域ケアプラザ') {
  const c = { ...emptyContact('2026-05-01', 'u1', '試験'), kind, referredTo, personId: 'p1', ...newMeta(1), id };
  const saved = await writeRecord(s, contactsTable, c, 'contact.create', 1);
  const { goals: _g, districtId: _d, ...v5Row } = await row(s, id);
  await s.db.contacts.put(v5Row as never);
  return saved;
}

async function row(s: VaultSession, id: string) {
  const r = await s.db.contacts.get(id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
}

describe('clear columns added by schema 6', () => {
  it('reads an old row without them, and the refresh fills them in from the sealed content', async () => {
    const s = await openTestVault();
    await oldContact(s, 'c1', '訪問', '');
    await oldContact(s, 'c2', '来所', '地域ケアプラザ');
    const { goals: _g, ...oldReferral } = emptyReferral('p1', 'd03', '2026-05-01', '試験');
    await writeRecord(s, referralsTable, { ...oldReferral, ...newMeta(1), id: 'r1' }, 'referral.create', 1);
    const r1 = await s.db.referrals.get('r1');
    if (r1) {
      const { goals: _rg, ...v5Referral } = r1;
      await s.db.referrals.put(v5Referral as never);
    }

    const before = await s.db.contacts.get('c1');
    expect(before && 'goals' in before).toBe(false);
    await expect(openRecord(s, contactsTable, before as NonNullable<typeof before>)).resolves.toMatchObject({ kind: '訪問' });

    await markClearRefresh(s, ['contacts', 'referrals']);
    expect(await refreshClearColumns(s)).toBe(3);
    expect(await s.db.contacts.get('c1')).toMatchObject({ goals: ['2-2'], districtId: '', rev: 1 });
    expect(await s.db.contacts.get('c2')).toMatchObject({ goals: ['2-1'], districtId: '' });
    expect(await s.db.referrals.get('r1')).toMatchObject({ goals: ['2-1', '2-3'] });
    expect(await s.db.vaultMeta.get('clearRefresh')).toBeUndefined();
    // Still readable: the columns now agree with the sealed copy.
    await expect(openRecord(s, contactsTable, await row(s, 'c2'))).resolves.toMatchObject({ kind: '来所' });
  });

  it('runs at unlock only when marked, and a wrong column is still refused as damaged', async () => {
    const s = await openTestVault();
    await oldContact(s, 'c1', '訪問', '');
    await upgradeAtUnlock(s, 2);
    expect((await s.db.contacts.get('c1'))?.goals).toBeUndefined();
    await markClearRefresh(s, ['contacts']);
    await upgradeAtUnlock(s, 3);
    expect((await s.db.contacts.get('c1'))?.goals).toEqual(['2-2']);
    await s.db.contacts.update('c1', { goals: ['2-4'] });
    await expect(openRecord(s, contactsTable, await row(s, 'c1'))).rejects.toMatchObject({ code: 'RecordCorrupt' });
  });
});
