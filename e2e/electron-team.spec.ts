// The desktop's team route, driven through Playwright's Electron support: the page itself cannot
// reach the team server (its CSP has no remote origin), but the bridge's teamRequest, made by main,
// does, to a real team server (pouchdb-server on 127.0.0.1); main refuses plain http to another host
// and a URL carrying credentials. Needs the Electron binary; where it is not installed every test
// is reported as skipped with the reason (it is never faked).
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BRIDGE_GLOBAL, type DesktopApi } from '../shared/ipc/channels';
import { electronSkipReason, launchElectron } from './electronApp';
import { startTeamServer, type TeamServer } from '../scripts/lib/team-server.mjs';

const skipReason = electronSkipReason('e2e/electron-team.spec.ts');

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
    ({ app, page } = await launchElectron(userData));
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
