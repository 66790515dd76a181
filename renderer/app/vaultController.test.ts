import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { VaultController, type ControllerOptions } from './vaultController';
import { saveDraft } from '../records/drafts';
import { VAULT_DB_NAMES, VaultDatabase } from '../db/database';
import { AppError } from '../../shared/errors/codes';
import { DEMO_PASSPHRASE } from '../features/demo';

const controllers: VaultController[] = [];
afterEach(async () => {
  for (const c of controllers.splice(0)) {
    if (c.getPhase().kind === 'open') await c.lock('button');
  }
  indexedDB.deleteDatabase('ainet-records');
  indexedDB.deleteDatabase('ainet-records-demo');
});

const PASS = 'a long test passphrase';
const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name).sort();

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return e instanceof AppError ? e.code : `other:${String(e)}`;
  }
}

/** localStorage as the page has it (Node 20 has none), with one key of another app beside ours. */
function pageLocalStorage(): Map<string, string> {
  const items = new Map([
    ['ainet.preferences', '{"textSize":"xlarge"}'],
    ['someone-else', 'kept'],
  ]);
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    value: {
      get length() {
        return items.size;
      },
      key: (i: number) => [...items.keys()][i] ?? null,
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, String(v)),
      removeItem: (k: string) => void items.delete(k),
    },
  });
  return items;
}
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

async function openVault(options: ControllerOptions = {}) {
  const c = new VaultController('main', options);
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

  it('flushDrafts seals unsaved input and leaves the vault open (a reload may follow)', async () => {
    const { c, session } = await openVault();
    c.registerFlusher(() => saveDraft(session, 'person-new', { name: '途中' }, 1));
    expect(await c.flushDrafts()).toBe(true);
    expect(c.getPhase().kind).toBe('open');
    expect(await session.db.drafts.count()).toBe(1);
    c.registerFlusher(() => saveDraft(session, 'contact-new', { n: 1n }, 1));
    expect(await c.flushDrafts()).toBe(false);
    expect(c.getPhase().kind).toBe('open');
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

describe('erasing the device', () => {
  it('logs vault.wipe as the last entry, then removes the platform files, both databases and the preferences, and starts afresh', async () => {
    const order: string[] = [];
    let erased = 0;
    const { c } = await openVault({
      eraseDeviceData: async () => {
        order.push(`platform files (vault there: ${String(await Dexie.exists(VAULT_DB_NAMES.main))})`);
      },
      onErased: () => void erased++,
    });
    // The demo vault is on the device too.
    const demo = new VaultDatabase(VAULT_DB_NAMES.demo);
    await demo.settings.put({ key: 'x' });
    demo.close();
    // And a team replica (the vault was in a team): PouchDB's database beside the vault's.
    const replica = new Dexie('_pouch_ainet-records-team');
    replica.version(1).stores({ docs: 'id' });
    await replica.table('docs').put({ id: 'x', c: 'ciphertext' });
    replica.close();
    const storage = pageLocalStorage();
    // The counts this device keeps outside the database (browser build: localStorage), which
    // would otherwise make the next start say a vault went missing.
    await c.lock('button');
    expect(storage.has('ainet.deviceState.v1')).toBe(true);
    await c.unlock(PASS);
    const open = c.getPhase();
    if (open.kind !== 'open') throw new Error(open.kind);
    open.session.db.audit.hook('creating', (_key, row) => void order.push(row.action));
    expect(await databaseNames()).toEqual(['_pouch_ainet-records-team', 'ainet-records', 'ainet-records-demo']);

    await c.wipeDevice(PASS);
    expect(order).toEqual(['vault.wipe', 'platform files (vault there: true)']);
    expect(open.session.isOpen).toBe(false);
    expect(c.getPhase()).toEqual({ kind: 'welcome' });
    expect(await databaseNames()).toEqual([]);
    expect([...storage.keys()]).toEqual(['someone-else']);
    expect(erased).toBe(1);

    // Starting again (the page reloads) finds nothing, and creates no database just by looking.
    const next = new VaultController('main');
    await next.start();
    expect(next.getPhase()).toEqual({ kind: 'welcome' });
    expect(await databaseNames()).toEqual([]);
  });

  it('changes nothing for a wrong passphrase, and counts the miss', async () => {
    let platformErased = false;
    const { c, session } = await openVault({ eraseDeviceData: async () => void (platformErased = true) });
    const storage = pageLocalStorage();
    expect(await code(c.wipeDevice('not the passphrase'))).toBe('WrongPassphrase');
    expect(c.getPhase().kind).toBe('open');
    expect(session.isOpen).toBe(true);
    expect(platformErased).toBe(false);
    expect(await databaseNames()).toEqual(['ainet-records']);
    expect(storage.has('ainet.preferences')).toBe(true);
    expect((await session.db.vaultMeta.get('throttle')) as unknown).toMatchObject({ failures: 1 });
    expect((await session.db.audit.toArray()).map((r) => r.action)).not.toContain('vault.wipe');
  });

  it('keeps the vault, locked and saying so, when the platform files cannot be removed; a second try finishes', async () => {
    let fail = true;
    let erased = 0;
    const { c } = await openVault({
      eraseDeviceData: async () => {
        if (fail) throw new AppError('Unknown', { fromDesktop: true });
      },
      onErased: () => void erased++,
    });
    const storage = pageLocalStorage();
    await c.wipeDevice(PASS);
    expect(c.getPhase()).toEqual({ kind: 'locked', cause: 'erase-failed', hasDraft: false, draftLost: false });
    expect(erased).toBe(0);
    expect(await databaseNames()).toEqual(['ainet-records']);
    expect(storage.has('ainet.preferences')).toBe(true);

    fail = false;
    await c.unlock(PASS);
    await c.wipeDevice(PASS);
    expect(c.getPhase()).toEqual({ kind: 'welcome' });
    expect(erased).toBe(1);
    expect(await databaseNames()).toEqual([]);
  });

  it('is refused from the demo vault, whose passphrase is public', async () => {
    const c = new VaultController('demo');
    controllers.push(c);
    await c.switchTo('demo');
    expect(c.getPhase().kind).toBe('open');
    expect(await code(c.wipeDevice(DEMO_PASSPHRASE))).toBe('NotPermitted');
    expect(c.getPhase().kind).toBe('open');
  });
});

describe('recovering with the recovery key', () => {
  it('shows a new recovery key before the vault opens; the old key stops working; both are logged', async () => {
    pageLocalStorage();
    const c = new VaultController('main');
    controllers.push(c);
    await c.start();
    const oldKey = await c.createKeys(PASS);
    await c.finishSetup({ name: '見本 一郎', role: 'commissioner', districtId: 'd01' });
    await c.lock('button');
    c.showRecover();
    const shown: string[] = [];
    await c.recover(oldKey, 'a new passphrase for the test', (k) => shown.push(k));
    expect(shown).toHaveLength(1);
    expect(shown[0]).not.toBe(oldKey);
    // Still on the recovery screen, with a session to log the sheet's print in.
    expect(c.getPhase().kind).toBe('recover');
    expect(c.recoverySession()).not.toBeNull();
    await c.finishRecover();
    const phase = c.getPhase();
    if (phase.kind !== 'open') throw new Error(`not open: ${phase.kind}`);
    const actions = (await phase.session.db.audit.toArray()).map((e) => e.action);
    expect(actions.filter((a) => a.startsWith('vault.')).slice(-2)).toEqual(['vault.recover', 'vault.recoveryKey']);
    await c.lock('button');
    c.showRecover();
    expect(await code(c.recover(oldKey, 'yet another passphrase', () => undefined))).toBe('WrongRecoveryKey');
    await c.recover(shown[0] ?? '', 'yet another passphrase', () => undefined);
    await c.finishRecover();
    expect(c.getPhase().kind).toBe('open');
  });

  it('a lock while the new key is on screen drops the keys; the new passphrase opens the vault', async () => {
    pageLocalStorage();
    const c = new VaultController('main');
    controllers.push(c);
    await c.start();
    const key = await c.createKeys(PASS);
    await c.finishSetup({ name: '見本 一郎', role: 'commissioner', districtId: 'd01' });
    await c.lock('button');
    c.showRecover();
    await c.recover(key, 'a new passphrase for the test', () => undefined);
    await c.lock('lock-screen');
    expect(c.getPhase()).toMatchObject({ kind: 'locked', cause: 'lock-screen' });
    expect(c.recoverySession()).toBeNull();
    await c.unlock('a new passphrase for the test');
    expect(c.getPhase().kind).toBe('open');
  });
});
