import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { VaultController } from './vaultController';
import { saveDraft } from '../records/drafts';

const controllers: VaultController[] = [];
afterEach(async () => {
  for (const c of controllers.splice(0)) {
    if (c.getPhase().kind === 'open') await c.lock('button');
  }
  indexedDB.deleteDatabase('ainet-records');
});

async function openVault() {
  const c = new VaultController('main');
  controllers.push(c);
  await c.start();
  await c.createKeys('a long test passphrase');
  await c.finishSetup({ name: '見本 一郎', role: 'commissioner', districtId: 'd01' });
  const phase = c.getPhase();
  if (phase.kind !== 'open') throw new Error(`not open: ${phase.kind}`);
  return { c, session: phase.session };
}

describe('locking', () => {
  it('keeps what the forms flush and says nothing was lost', async () => {
    const { c, session } = await openVault();
    c.registerFlusher(() => saveDraft(session, 'person-new', { name: '途中' }, 1));
    await c.lock('button');
    expect(c.getPhase()).toEqual({ kind: 'locked', cause: 'button', hasDraft: true, draftLost: false });
  });

  it('still locks when a form’s input could not be kept, and says so on the locked screen', async () => {
    const { c, session } = await openVault();
    c.registerFlusher(() => saveDraft(session, 'person-new', { name: '途中' }, 1));
    // A value that cannot be sealed (JSON has no BigInt), as a full disk would refuse it.
    c.registerFlusher(() => saveDraft(session, 'contact-new', { n: 1n }, 1));
    await c.lock('idle');
    expect(c.getPhase()).toEqual({ kind: 'locked', cause: 'idle', hasDraft: true, draftLost: true });
    expect(session.isOpen).toBe(false);
  });
});
