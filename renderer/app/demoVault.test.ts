// The demo vault as the app creates it, at a moment when the UTC date is not Tokyo's.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VAULT_DB_NAMES, VaultDatabase } from '../db/database';
import { contactsBetween } from '../features/contactLog';
import { VaultController } from './vaultController';

describe('the demo vault opened just after midnight in Tokyo on the 1st (still the 30th in UTC)', () => {
  afterEach(async () => {
    vi.useRealTimers();
    await new VaultDatabase(VAULT_DB_NAMES.demo).delete();
  });

  it('has entries in the Tokyo month that has just begun, none after its first day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T00:00:30+09:00'));
    const controller = new VaultController('demo');
    await controller.switchTo('demo');
    const phase = controller.getPhase();
    if (phase.kind !== 'open') throw new Error(`demo did not open: ${phase.kind}`);
    const december = await contactsBetween(phase.session, '2026-12-01', '2026-12-31');
    expect(december.items.length).toBeGreaterThanOrEqual(3);
    expect(december.items.every((c) => c.date === '2026-12-01')).toBe(true);
    expect((await contactsBetween(phase.session, '2026-10-01', '2026-10-31')).items.length).toBeGreaterThanOrEqual(40);
    expect(await phase.session.db.contacts.count()).toBe((await contactsBetween(phase.session, '2026-10-01', '2026-12-01')).items.length);
    expect(
      phase.persons
        .getSnapshot()
        .filter((p) => p.consent.given)
        .every((p) => p.consent.date === '2026-04-01'),
    ).toBe(true);
    await controller.lock('button');
    phase.session.db.close();
  });
});
