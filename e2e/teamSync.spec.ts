// The sync step end to end: two members' machines (browser contexts of their own, each with a real
// vault: keys, sealing, the one write path, the audit log, and the team outbox on), a real team
// server (pouchdb-server on 127.0.0.1). Records saved through the product's own repositories on
// one machine reach the other's vault; a person without consent stays where they were recorded;
// a person edited on both before they met keeps both versions until a member chooses.
// The team screens are not built yet; this drives renderer/team/sync.ts directly.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTeamServer, type TeamServer } from '../scripts/lib/team-server.mjs';
import { newIdentity } from '../shared/backup';
import { addMember, createKeyring, type TeamKeyring } from '../shared/team/keyring';
import { BASE_URL } from './browser';
import { bundleTestPage, openTestPage } from './teamPage';
import { report, scanDir } from './scan';

test.describe.configure({ mode: 'serial' });

const tag = Math.random().toString(36).slice(2, 10);
const NAME = `架空同意者${tag}`;
const NOTE = `共有メモ標識${tag}`;
const PRIVATE = `同意なし標識${tag}`;

let server: TeamServer;
let dir: string;
let bundle: string;
let keyring: TeamKeyring;
let remote: string;
const members = { a: '', b: '' };

interface Machine {
  page: Page;
  call<T = unknown>(name: string, ...args: unknown[]): Promise<T>;
}

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ainet-team-sync-'));
  server = await startTeamServer({ dir, origins: [BASE_URL] });
  remote = `${server.url}/ainet-team-sync`;
  await fetch(remote, { method: 'PUT' });
  bundle = await bundleTestPage('syncTestPage');
  const [a, b] = [await newIdentity(), await newIdentity()];
  members.a = a.recipient;
  members.b = b.recipient;
  keyring = createKeyring({
    name: '架空地区チーム',
    founder: { recipient: a.recipient, name: '架空 区職員', role: '区役所' },
    at: '2026-12-01T00:00:00Z',
  });
  keyring = addMember(
    keyring,
    a.recipient,
    { recipient: b.recipient, name: '架空 委員', role: '民生委員', admin: false },
    '2026-12-01T00:00:00Z',
  );
});

test.afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function machine(browser: Browser, name: string, member: string): Promise<Machine> {
  const { page, call } = await openTestPage(browser, bundle);
  await call(
    'setup',
    name,
    member,
    Array.from(keyring.idKey),
    keyring.generations.map((g) => ({ keyId: g.keyId, key: Array.from(g.key) })),
  );
  return { page, call };
}

type Person = { id: string; name: string; note: string };

test("a person saved on one machine reaches the other's vault; one without consent stays where recorded", async ({ browser }) => {
  const a = await machine(browser, 'machine-a', members.a);
  const b = await machine(browser, 'machine-b', members.b);
  const shared = await a.call<string>('addPerson', NAME, NOTE, true);
  await a.call<string>('addPerson', `架空 未同意 ${PRIVATE}`, PRIVATE, false);
  expect(await a.call('outbox')).toBe(2);
  const first = await a.call<{ pushed: { sent: number; kept: number } }>('cycle', remote);
  expect(first.pushed).toMatchObject({ sent: 1, kept: 1 });
  expect(await a.call('outbox')).toBe(0);
  const got = await b.call<{ pulled: { received: number } }>('cycle', remote);
  expect(got.pulled.received).toBe(1);
  expect(await b.call<Person[]>('persons')).toEqual([{ id: shared, name: NAME, note: NOTE }]);
  // What B received is not sent back, and both logs say what crossed.
  expect(await b.call('outbox')).toBe(0);
  expect(await a.call<string[]>('audit')).toContain('team.send');
  expect(await b.call<string[]>('audit')).toContain('team.receive');

  // Both edit the person before they meet again.
  await a.call('editNote', shared, '12/1 入院した');
  await b.call('editNote', shared, '12/1 退院した');
  await a.call('cycle', remote);
  // B's edit goes out on the revision B knew; the server already has A's on the same one.
  const bSync = await b.call<{ pulled: { conflicted: string[] } }>('cycle', remote);
  expect(bSync.pulled.conflicted).toHaveLength(1);
  await a.call('cycle', remote);
  for (const m of [a, b]) {
    const conflicts = await m.call<{ docId: string; id: string; notes: string[] }[]>('conflicts');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.id).toBe(shared);
    expect(conflicts[0]?.notes.slice().sort()).toEqual(['12/1 入院した', '12/1 退院した']);
  }
  // Nothing was overwritten while the conflict stands: each vault keeps its own edit.
  const noteOf = async (m: Machine) => (await m.call<Person[]>('persons')).find((p) => p.id === shared)?.note;
  expect(await noteOf(a)).toBe('12/1 入院した');
  expect(await noteOf(b)).toBe('12/1 退院した');

  // B merges the two; after the next cycles both vaults hold the merge and no conflict is left.
  const [{ docId } = { docId: '' }] = await b.call<{ docId: string }[]>('conflicts');
  await b.call('resolve', docId, '12/1 入院した → 退院した');
  await b.call('cycle', remote);
  await a.call('cycle', remote);
  for (const m of [a, b]) {
    expect(await m.call('conflicts')).toEqual([]);
    expect(await noteOf(m)).toBe('12/1 入院した → 退院した');
  }
});

test('the server never held the person without consent, nor any name or note in the clear', async () => {
  await server.stop();
  const r = scanDir(dir, [NAME, NOTE, PRIVATE]);
  report('team sync server data', r);
  expect(r.hits).toEqual([]);
  await server.restart();
});
