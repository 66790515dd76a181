// The desktop's team route, driven through Playwright's Electron support: the page itself cannot
// reach the team server (its CSP has no remote origin), but the bridge's teamRequest, made by main,
// does, to a real team server (pouchdb-server on 127.0.0.1); main refuses plain http to another host
// and a URL carrying credentials. Needs the Electron binary; where it is not installed every test
// is reported as skipped with the reason (it is never faked).
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIDGE_GLOBAL, type DesktopApi } from '../shared/ipc/channels';
import { findElectronBinary } from '../scripts/electron-binary.mjs';
import { startTeamServer, type TeamServer } from '../scripts/lib/team-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mainBundle = path.join(root, 'out', 'main', 'index.cjs');
const binary = findElectronBinary();
const skipReason = binary.ok
  ? undefined
  : `Electron binary not installed on this machine (${binary.reason}); \`npm start\` downloads it where there is internet.`;
if (skipReason) console.log(`e2e/electron-team.spec.ts skipped: ${skipReason}`);

test.describe('Electron shell: team requests go through main', () => {
  test.skip(skipReason !== undefined, skipReason);

  let app: ElectronApplication;
  let page: Page;
  let server: TeamServer;
  let dirs: string[] = [];

  test.beforeAll(async () => {
    const data = mkdtempSync(path.join(os.tmpdir(), 'ainet-electron-team-server-'));
    const userData = mkdtempSync(path.join(os.tmpdir(), 'ainet-electron-team-'));
    dirs = [data, userData];
    server = await startTeamServer({ dir: data, origins: [] });
    await fetch(`${server.url}/team-electron`, { method: 'PUT' });
    if (!binary.ok) throw new Error('no Electron binary');
    if (!existsSync(mainBundle)) throw new Error('out/main/index.cjs is missing: run `npm run build` first');
    const env = { ...process.env, AINET_USER_DATA_DIR: userData } as Record<string, string>;
    delete env.ELECTRON_RUN_AS_NODE;
    app = await electron.launch({ executablePath: binary.path, args: [root], env });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });
  test.afterAll(async () => {
    await app?.close();
    await server?.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  const teamRequest = (request: unknown) =>
    page.evaluate(
      async ([g, r]) => {
        const api = (window as unknown as Record<string, DesktopApi>)[g as string];
        const res = await api?.teamRequest(r as never);
        return res?.ok ? { ok: true, status: res.value.status, text: new TextDecoder().decode(res.value.body) } : res;
      },
      [BRIDGE_GLOBAL, request] as const,
    );

  test('the page cannot connect to the server itself; the bridge can', async () => {
    const direct = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'connected';
      } catch {
        return 'blocked';
      }
    }, `${server.url}/team-electron`);
    expect(direct).toBe('blocked');
    const answer = (await teamRequest({ url: `${server.url}/team-electron`, method: 'GET', headers: { accept: 'application/json' } })) as {
      ok: boolean;
      status: number;
      text: string;
    };
    expect(answer.ok).toBe(true);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ db_name: 'team-electron' });
  });

  test('main refuses plain http to another host, credentials in the URL, and other headers', async () => {
    for (const bad of [
      { url: 'http://192.0.2.1:5984/team', method: 'GET', headers: {} },
      { url: `${server.url.replace('http://', 'http://u:p@')}/team-electron`, method: 'GET', headers: {} },
      { url: `${server.url}/team-electron`, method: 'GET', headers: { cookie: 'a=b' } },
    ])
      expect(await teamRequest(bad)).toEqual({ ok: false, code: 'ValidationFailed' });
  });
});
