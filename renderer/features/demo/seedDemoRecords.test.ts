import { openTestVault } from '../../testing/testVault';
import { describe, expect, it } from 'vitest';
import { PersonStore } from '../../records/personStore';
import { demoPersons } from '../../../shared/domain/demoData';
import { contactsBetween } from '../contactLog';
import { listActions } from '../actions';
import { listMeetings } from '../meetings';
import { verifyAuditChain } from '../../audit/auditLog';
import { seedDemoRecords } from './seedDemoRecords';

describe('demo records', () => {
  it('fills three months up to today with entries about real demo persons, a meeting and its actions', async () => {
    const s = await openTestVault('care-plaza', 'demo');
    const db = s.db;
    const persons = new PersonStore(s);
    await persons.createMany(demoPersons(10, ['d01']), 1);
    await seedDemoRecords(s, { id: 'u1', name: 'デモ 利用者' }, persons.getSnapshot(), '2026-11-27', 2);
    const { items, corrupt } = await contactsBetween(s, '2026-09-01', '2026-11-27');
    expect(corrupt).toEqual([]);
    expect(items.length).toBeGreaterThan(100);
    expect(await db.contacts.count()).toBe(items.length); // nothing after today, nothing before September
    const ids = new Set(persons.getSnapshot().map((p) => p.id));
    expect(items.filter((c) => c.personId !== '').every((c) => ids.has(c.personId))).toBe(true);
    expect((await listMeetings(s)).items).toHaveLength(1);
    expect((await listActions(s)).items).toHaveLength(3);
    expect(await verifyAuditChain(s)).toMatchObject({ ok: true });
  });
});
