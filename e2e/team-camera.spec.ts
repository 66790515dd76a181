// A team admin adds a member by holding the member's printed key sheet up to the camera. The camera
// is Chromium's own fake capture device playing a video file: a picture of the app's key sheet
// (shared/print, rendered by poppler), so the page's real getUserMedia, video element and QR
// decoder read it. Without the permission the screen says so in words; with it the key is read,
// the camera goes off, and the member is added. A real team server on 127.0.0.1 holds the team.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startTeamServer, type TeamServer } from '../scripts/lib/team-server.mjs';
import { newIdentity } from '../shared/backup/age';
import { FontSet, renderPdf } from '../shared/print';
import { handoverKeySheet } from '../shared/print/handoverKeySheet';
import { nodeFonts, savePdf } from '../shared/print/testing/nodeFonts';
import { BASE_URL, CHROMIUM_ARGS, CONTEXT_DEFAULTS, systemChromium } from './browser';
import { test, expect, createVaultThroughUi, shot } from './fixtures';
import { checkScreen } from './axe';

const DB = 'team-camera-e2e';
const USER = { name: 'kuyakusho', password: 'pw-camera' };

let server: TeamServer;
let dir: string;
let browser: Browser | undefined;

/**
 * One frame of a Y4M video (what Chromium's fake camera plays) holding the key sheet for
 * `recipient` at 100 dpi, in grey: the page from poppler as PGM is the luma plane; the chroma
 * planes are flat.
 */
function keySheetVideo(recipient: string, file: string): void {
  const pdf = savePdf(renderPdf(handoverKeySheet(recipient, { size: 'standard', createdOn: '2026年12月2日' }), new FontSet(nodeFonts())));
  execFileSync('pdftoppm', ['-r', '100', '-gray', '-singlefile', '-f', '1', '-l', '1', pdf, pdf]);
  const pgm = readFileSync(`${pdf}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm -gray did not write a PGM');
  const [w, h] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  // 4:2:0 needs even sides: pad with white.
  const W = w + (w % 2);
  const H = h + (h % 2);
  const luma = Buffer.alloc(W * H, 255);
  for (let y = 0; y < h; y++) pixels.copy(luma, y * W, y * w, y * w + w);
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F5:1 Ip A1:1 C420jpeg\nFRAME\n`, 'latin1'), luma, chroma]));
}

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ainet-team-camera-'));
  server = await startTeamServer({ dir, origins: [BASE_URL] });
  expect((await fetch(`${server.url}/${DB}`, { method: 'PUT' })).ok).toBe(true);
  const res = await fetch(`${server.url}/_users/org.couchdb.user:${USER.name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ _id: `org.couchdb.user:${USER.name}`, name: USER.name, password: USER.password, roles: [], type: 'user' }),
  });
  expect(res.ok).toBe(true);
});

test.afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('an admin adds a member by showing their key sheet to the camera; without the permission it is said in words', async () => {
  test.setTimeout(180_000);
  const member = await newIdentity();
  const video = path.join(dir, 'key-sheet.y4m');
  keySheetVideo(member.recipient, video);
  browser = await chromium.launch({
    executablePath: systemChromium(),
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  // The browser build's CSP lets the page connect nowhere; this context reaches the loopback server.
  const context = await browser.newContext({ ...CONTEXT_DEFAULTS, baseURL: BASE_URL, bypassCSP: true });
  const page = await context.newPage();
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('blob:') || url.startsWith('data:') || url.startsWith(BASE_URL) || url.startsWith(server.url)) return;
    throw new Error(`a request left the app: ${url}`);
  });
  // Watch (not replace) getUserMedia: every track it hands the page, to see that the camera goes off.
  await page.addInitScript(() => {
    const tracks: MediaStreamTrack[] = [];
    (window as unknown as { __cameraTracks: MediaStreamTrack[] }).__cameraTracks = tracks;
    const devices = navigator.mediaDevices;
    const open = devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      tracks.push(...stream.getTracks());
      return stream;
    };
  });
  await createVaultThroughUi(page, { name: '架空 区職員', role: 'ward-office' });
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'チーム', exact: true }).click();
  const create = page.getByRole('region', { name: 'チームを作る（管理者）' });
  await create.getByLabel('チームの名前').fill('架空カメラチーム');
  await create.getByLabel('サーバーのアドレス').fill(`${server.url}/${DB}`);
  await create.getByLabel('サーバーのユーザー名').fill(USER.name);
  await create.getByLabel('サーバーのパスワード').fill(USER.password);
  await page.getByRole('button', { name: 'チームを作る' }).click();
  await expect(page.getByTestId('team-status').getByRole('status')).toHaveText('サーバーと同じになっています', { timeout: 30_000 });

  const addForm = page.getByRole('form', { name: 'メンバーを追加する' });
  await addForm.getByLabel('追加する人の名前').fill('架空 委員');
  const camera = addForm.getByRole('region', { name: 'カメラで読み取る' });

  // No permission given (the desktop app gives it to its own page only): said, and the form is kept.
  await addForm.getByRole('button', { name: 'カメラで鍵の用紙を読み取る' }).click();
  await expect(camera.getByRole('alert')).toHaveText(
    'カメラを使うことが許可されていません。鍵を入力するか、鍵の用紙の写真から読み取ってください。',
  );
  await expect(camera.getByLabel('カメラの映像')).toBeHidden();
  await checkScreen(page, 'team-camera-denied');
  await camera.getByRole('button', { name: 'やめる' }).click();
  await expect(camera).toHaveCount(0);
  await expect(addForm.getByLabel('追加する人の名前')).toHaveValue('架空 委員');

  // With the camera allowed: the live picture, then the key read from it, and the camera off.
  await context.grantPermissions(['camera'], { origin: BASE_URL });
  await addForm.getByRole('button', { name: 'カメラで鍵の用紙を読み取る' }).click();
  await expect(addForm.getByRole('status').filter({ hasText: 'カメラに写したQRコードから鍵を読み取りました。' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(camera).toHaveCount(0);
  await expect(addForm.getByLabel('受け取り用の鍵')).toHaveValue(member.recipient);
  // The camera gave one video track, and it has ended: the camera is off.
  expect(
    await page.evaluate(() =>
      (window as unknown as { __cameraTracks: MediaStreamTrack[] }).__cameraTracks.map((t) => `${t.kind}:${t.readyState}`),
    ),
  ).toEqual(['video:ended']);
  await addForm.getByRole('button', { name: 'メンバーに追加する' }).click();
  await expect(page.locator('.team-members')).toContainText('架空 委員');
  await shot(page, 'team-camera-added');

  await context.close();
});
