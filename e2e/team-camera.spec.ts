// A team admin adds a member by holding the member's printed key sheet up to the camera. The camera
// is Chromium's own fake capture device playing a video file: pictures of the app's key sheets
// (shared/print, rendered by poppler), so the page's real getUserMedia, video element and QR
// decoder read them. Without the permission the screen says so in words; with it, another sheet's
// code is said not to be a key, やめる turns the camera off, and the member's sheet gives the key,
// turns the camera off and the member is added. (Plain Chromium: the desktop's own permission
// rule, main/app-url.ts and main/camera-gate.ts, is unit-tested and in e2e/electron.spec.ts.) A real team server on 127.0.0.1 holds the team.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { createTeamDatabase, startTeamServer, type TeamServer } from '../scripts/lib/team-server.mjs';
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

/** The key sheet for `recipient` at 100 dpi in grey, as poppler renders the app's PDF: width, height, luma. */
function keySheetGrey(recipient: string): { w: number; h: number; pixels: Buffer } {
  const pdf = savePdf(renderPdf(handoverKeySheet(recipient, { size: 'standard', createdOn: '2026年12月2日' }), new FontSet(nodeFonts())));
  execFileSync('pdftoppm', ['-r', '100', '-gray', '-singlefile', '-f', '1', '-l', '1', pdf, pdf]);
  const pgm = readFileSync(`${pdf}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm -gray did not write a PGM');
  return { w: Number(header[1]), h: Number(header[2]), pixels: pgm.subarray(header[0].length) };
}

/**
 * A Y4M video (what Chromium's fake camera plays, looping), one frame a second: `before` seconds
 * of a sheet whose QR code is not a receiving key, then `after` seconds of the member's key sheet.
 * The pages' grey is the luma plane; the chroma planes are flat.
 */
function keySheetVideo(recipient: string, file: string, before: number, after: number): void {
  const frames = [keySheetGrey('age1notakey'), keySheetGrey(recipient)];
  // 4:2:0 needs even sides: pad with white.
  const W = Math.max(...frames.map((f) => f.w + (f.w % 2)));
  const H = Math.max(...frames.map((f) => f.h + (f.h % 2)));
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const [other, key] = frames.map((f) => {
    const luma = Buffer.alloc(W * H, 255);
    for (let y = 0; y < f.h; y++) f.pixels.copy(luma, y * W, y * f.w, y * f.w + f.w);
    return Buffer.concat([Buffer.from('FRAME\n', 'latin1'), luma, chroma]);
  });
  const parts: Uint8Array[] = [Buffer.from(`YUV4MPEG2 W${W} H${H} F1:1 Ip A1:1 C420jpeg\n`, 'latin1')];
  for (let i = 0; i < before; i++) parts.push(other as Uint8Array);
  for (let i = 0; i < after; i++) parts.push(key as Uint8Array);
  writeFileSync(file, Buffer.concat(parts));
}

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ainet-team-camera-'));
  server = await startTeamServer({ dir, origins: [BASE_URL] });
  await createTeamDatabase(server, DB, [USER]);
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
  keySheetVideo(member.recipient, video, 8, 4);
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
  const tracks = () =>
    page.evaluate(() =>
      (window as unknown as { __cameraTracks: MediaStreamTrack[] }).__cameraTracks.map((t) => `${t.kind}:${t.readyState}`),
    );
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
    'このアプリにカメラの使用が許可されていません。パソコンの設定（プライバシー）でカメラを許可するか、鍵を入力するか、鍵の用紙の写真から読み取ってください。',
  );
  await expect(camera.getByLabel('カメラの映像')).toBeHidden();
  await checkScreen(page, 'team-camera-denied');
  await camera.getByRole('button', { name: 'やめる' }).click();
  await expect(camera).toHaveCount(0);
  await expect(addForm.getByLabel('追加する人の名前')).toHaveValue('架空 委員');

  // With the camera allowed: the live picture, playing; a QR code that is not a key is said so;
  // やめる turns the camera off and gives the focus back to the button.
  await context.grantPermissions(['camera'], { origin: BASE_URL });
  const cameraButton = addForm.getByRole('button', { name: 'カメラで鍵の用紙を読み取る' });
  await cameraButton.click();
  await expect(camera.getByRole('button', { name: 'やめる' })).toBeFocused();
  await expect(camera.getByRole('status')).toHaveText(
    'QRコードは見えましたが、受け取り用の鍵ではありません。「受け取り用の鍵」の用紙を写してください。',
  );
  const view = camera.getByLabel('カメラの映像');
  await expect.poll(() => view.evaluate((v: HTMLVideoElement) => !v.paused && v.readyState >= 2 && v.videoWidth > 0)).toBe(true);
  await shot(page, 'team-camera-live');
  await camera.getByRole('button', { name: 'やめる' }).click();
  await expect(camera).toHaveCount(0);
  await expect(cameraButton).toBeFocused();
  await expect.poll(() => tracks()).toEqual(['video:ended']);
  await expect(addForm.getByLabel('受け取り用の鍵')).toHaveValue('');

  // Again, held until the key sheet comes: the key is read and the camera goes off by itself.
  await cameraButton.click();
  await expect(addForm.getByRole('status').filter({ hasText: 'カメラに写したQRコードから鍵を読み取りました。' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(camera).toHaveCount(0);
  await expect(addForm.getByLabel('受け取り用の鍵')).toHaveValue(member.recipient);
  await expect.poll(() => tracks()).toEqual(['video:ended', 'video:ended']);
  await addForm.getByRole('button', { name: 'メンバーに追加する' }).click();
  await expect(page.locator('.team-members')).toContainText('架空 委員');
  await shot(page, 'team-camera-added');

  await context.close();
});
