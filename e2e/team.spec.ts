// A district team on two machines, through the app's own screens: two browser contexts (two
// profiles, each its own IndexedDB: two machines) and a real team server (pouchdb-server on
// 127.0.0.1, started here with one account per member). A makes the team, adds B by B's receiving
// key, B joins; a person with consent recorded on A reaches B, one without consent stays on A;
// both edit the same person while the server is down, and both versions are kept and shown side by
// side until B merges them; the server is killed in the middle of B's replication and everything
// arrives after it restarts; a wrong password and a server that is gone are said in words. After
// it, the server's data directory holds none of the words typed (UTF-8 and UTF-16).
// The browser build's CSP lets the page connect nowhere (the desktop routes team requests through
// main: main/team-route.ts), so these contexts bypass CSP to reach the server on the loopback.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { createTeamDatabase, startTeamServer, type TeamServer } from '../scripts/lib/team-server.mjs';
import { FontSet, renderPdf, type PrintDocument } from '../shared/print';
import { handoverKeySheet } from '../shared/print/handoverKeySheet';
import { nodeFonts, savePdf } from '../shared/print/testing/nodeFonts';
import { BASE_URL, CONTEXT_DEFAULTS } from './browser';
import { test, expect, createVaultThroughUi, addPersonThroughUi, openMenu, shot } from './fixtures';
import { checkScreen } from './axe';
import { report, scanDir } from './scan';

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

const tag = Math.random().toString(36).slice(2, 8);
const SHARED = `架空共有者${tag}`;
const PRIVATE = `架空同意なし${tag}`;
const NOTE_A = `区役所の追記${tag}`;
const NOTE_B = `委員の追記${tag}`;
const TEAM = `架空生麦チーム${tag}`;
const AFTER = `架空除名後${tag}`;
const VISIT = `訪問の記録${tag}`;
const LATE = [`架空後着一${tag}`, `架空後着二${tag}`];
const DB = 'team-e2e';
/** B's name, outside the BMP and with a variant kanji, as the profile and on the team list. */
const B_NAME = '架空 𠮷田 髙子';
const USERS = { a: { name: 'kuyakusho', password: 'pw-a-kuyakusho' }, b: { name: 'iin', password: 'pw-b-iin' } };

let server: TeamServer;
let dir: string;
let contexts: BrowserContext[] = [];
let a: Page;
let b: Page;

async function machine(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ ...CONTEXT_DEFAULTS, baseURL: BASE_URL, bypassCSP: true });
  contexts.push(context);
  const page = await context.newPage();
  // Nothing but the app and its team server, ever.
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('blob:') || url.startsWith('data:') || url.startsWith(BASE_URL) || url.startsWith(server.url)) return;
    throw new Error(`a request left the app: ${url}`);
  });
  return page;
}

/** Runs `look` with the text at 特大 (as 設定 applies it), then back to 標準. */
async function xlarge(page: Page, look: () => Promise<void>): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.dataset.textSize = 'xlarge';
  });
  await look();
  await page.evaluate(() => {
    document.documentElement.dataset.textSize = 'normal';
  });
}

/**
 * A picture of a printed receiving-key sheet, as a member would photograph it: the app's own sheet
 * (shared/print) rendered to PNG by poppler at 100 dpi. `null`: a page with no code on it.
 */
function keySheetPicture(recipient: string | null): Buffer {
  const fonts = new FontSet(nodeFonts());
  const doc: PrintDocument = recipient
    ? handoverKeySheet(recipient, { size: 'standard', createdOn: '2026年12月2日' })
    : { title: '白紙', personal: false, size: 'standard', blocks: [{ kind: 'paragraph', text: 'QRコードのない紙' }] };
  const file = savePdf(renderPdf(doc, fonts));
  execFileSync('pdftoppm', ['-r', '100', '-png', '-singlefile', '-f', '1', '-l', '1', file, file]);
  return readFileSync(`${file}.png`);
}

async function openTeam(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'チーム', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'チーム', level: 1 })).toBeVisible();
}

async function fillServer(page: Page, section: string, user: { name: string; password: string }, server: string): Promise<void> {
  const form = page.getByRole('region', { name: section });
  await form.getByLabel('サーバーのアドレス').fill(server);
  await form.getByLabel('サーバーのユーザー名').fill(user.name);
  await form.getByLabel('サーバーのパスワード').fill(user.password);
}

/** Presses 今すぐ同期する and waits until a cycle begun after the press has ended, in the phase given. */
async function syncNow(page: Page, phase = 'サーバーと同じになっています'): Promise<void> {
  await openTeam(page);
  const status = page.getByTestId('team-status');
  await expect(page.getByRole('button', { name: '今すぐ同期する' })).toBeEnabled();
  const before = Number(await status.getAttribute('data-cycles'));
  await page.getByRole('button', { name: '今すぐ同期する' }).click();
  // A cycle already running when pressed ends first; the one the press asked for comes after it.
  await expect.poll(async () => Number(await status.getAttribute('data-cycles')), { timeout: 30_000 }).toBeGreaterThan(before);
  await expect(status.getByRole('status')).not.toHaveText('送受信しています…', { timeout: 30_000 });
  await expect(status.getByRole('status')).toHaveText(phase, { timeout: 30_000 });
}

async function addConsentingPerson(page: Page, name: string): Promise<void> {
  await openMenu(page, '対象者');
  await page.getByRole('link', { name: '新しく登録' }).click();
  await page.getByLabel('氏名', { exact: true }).fill(name);
  await page.getByLabel('情報共有に同意を得ている').check();
  await page.getByLabel('同意日', { exact: true }).fill('2026-11-01');
  await page.getByLabel('同意を得た人', { exact: true }).fill('架空 職員');
  await page.getByRole('group', { name: '共有してよい相手' }).getByLabel('地区別支援チーム', { exact: true }).check();
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('heading', { name, level: 1, exact: true })).toBeVisible();
}

async function editNote(page: Page, name: string, note: string): Promise<void> {
  await openMenu(page, '対象者');
  await page.getByRole('link', { name }).first().click();
  await expect(page.getByRole('heading', { name, level: 1, exact: true })).toBeVisible();
  await page.getByRole('link', { name: '編集' }).first().click();
  await page.getByLabel('メモ', { exact: true }).fill(note);
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('heading', { name, level: 1, exact: true })).toBeVisible();
}

async function expectPerson(page: Page, name: string, present = true): Promise<void> {
  await openMenu(page, '対象者');
  const row = page.getByRole('link', { name });
  if (present) await expect(row.first()).toBeVisible({ timeout: 15_000 });
  else await expect(row).toHaveCount(0);
}

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ainet-team-ui-'));
  server = await startTeamServer({ dir, origins: [BASE_URL] });
  await createTeamDatabase(server, DB, Object.values(USERS));
});

test.afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  contexts = [];
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('A makes the team and adds B by key; B joins; a person with consent reaches B, one without stays on A', async ({ browser }) => {
  a = await machine(browser);
  b = await machine(browser);
  await createVaultThroughUi(a, { name: '架空 区職員', role: 'ward-office' });
  await createVaultThroughUi(b, { name: B_NAME, role: 'commissioner' });
  const address = `${server.url}/${DB}`;

  // A: the team screen before any team; a wrong password is said in words and keeps the form.
  await openTeam(a);
  await checkScreen(a, 'team-none');
  await a.getByRole('region', { name: 'チームを作る（管理者）' }).getByLabel('チームの名前').fill(TEAM);
  await fillServer(a, 'チームを作る（管理者）', { ...USERS.a, password: 'wrong' }, address);
  await a.getByRole('button', { name: 'チームを作る' }).click();
  await expect(a.getByText('サーバーのユーザー名かパスワードが違います。')).toBeVisible();
  await expect(a.getByRole('region', { name: 'チームを作る（管理者）' }).getByLabel('チームの名前')).toHaveValue(TEAM);
  // http:// to another machine is refused before anything is sent.
  await fillServer(a, 'チームを作る（管理者）', USERS.a, 'http://192.0.2.10:5984/team-e2e');
  await a.getByRole('button', { name: 'チームを作る' }).click();
  await expect(a.getByText('暗号化されていない接続（http://）は、このパソコンの中のサーバーにしか使えません。')).toBeVisible();
  await fillServer(a, 'チームを作る（管理者）', USERS.a, address);
  await expect(a.getByText('暗号化されていない接続（http://）')).toHaveCount(0);
  await a.getByRole('button', { name: 'チームを作る' }).click();
  await expect(a.getByTestId('team-status')).toContainText(TEAM);
  await expect(a.getByTestId('team-status').getByRole('status')).toHaveText('サーバーと同じになっています', { timeout: 30_000 });

  // B cannot join before A adds B's key: told what to do.
  await openTeam(b);
  await fillServer(b, 'チームに参加する', USERS.b, address);
  await b.getByRole('button', { name: 'チームに参加する' }).click();
  await expect(b.getByText('チームの名簿に、この記録帳の「受け取り用の鍵」がまだありません。')).toBeVisible();

  // B's key, shown right there to read out; A types it in (with its spaces).
  const bKey = (await b.getByTestId('team-own-key').innerText()).replace(/\n/g, ' ');
  expect(bKey.replace(/\s+/g, '')).toMatch(/^age1[0-9a-z]{58}$/);
  await checkScreen(b, 'team-join-not-member');
  const addForm = a.getByRole('form', { name: 'メンバーを追加する' });
  await addForm.getByLabel('追加する人の名前').fill(B_NAME);
  await addForm.getByLabel('役割').selectOption('commissioner');
  await addForm.getByLabel('受け取り用の鍵').fill(bKey);
  // Or read from a photo of B's printed key sheet: a picture with no code is said so; the sheet's gives the key.
  const readPicture = async (name: string, buffer: Buffer) => {
    const [chooser] = await Promise.all([
      a.waitForEvent('filechooser'),
      addForm.getByRole('button', { name: '鍵の用紙の写真・画像から読み取る' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'image/png', buffer });
  };
  await readPicture('blank.png', keySheetPicture(null));
  await expect(a.getByText('画像からQRコードを読み取れませんでした。')).toBeVisible();
  await addForm.getByLabel('受け取り用の鍵').fill('');
  await readPicture('kagi.png', keySheetPicture(bKey.replace(/\s+/g, '')));
  await expect(addForm.getByRole('status')).toHaveText('画像のQRコードから鍵を読み取りました。名前と合っているか確かめてください。');
  await expect(addForm.getByLabel('受け取り用の鍵')).toHaveValue(bKey.replace(/\s+/g, ''));
  await addForm.getByRole('button', { name: 'メンバーに追加する' }).click();
  await expect(a.locator('.team-members')).toContainText(B_NAME);

  await openTeam(b);
  await fillServer(b, 'チームに参加する', USERS.b, address);
  await b.getByRole('button', { name: 'チームに参加する' }).click();
  await expect(b.getByTestId('team-status')).toContainText(TEAM);
  await expect(b.getByTestId('team-status').getByRole('status')).toHaveText('サーバーと同じになっています', { timeout: 30_000 });

  // Records made on A: one consenting person, one without consent.
  await addConsentingPerson(a, SHARED);
  await openMenu(a, '対象者');
  await addPersonThroughUi(a, { name: PRIVATE });
  await syncNow(a);
  await expect(a.getByTestId('team-pending')).toHaveText('0件');
  await syncNow(b);
  await expectPerson(b, SHARED);
  await expectPerson(b, PRIVATE, false);
  await openTeam(a);
  await shot(a, 'team-member');
  await checkScreen(a, 'team-member');
  await xlarge(a, async () => {
    await shot(a, 'team-member-xlarge');
    await checkScreen(a, 'team-member-xlarge');
  });
});

test('both edit the same person while the server is down: both versions kept, shown side by side, merged by B', async () => {
  await server.kill();
  await editNote(a, SHARED, NOTE_A);
  await syncNow(a, 'サーバーにつながっていません（つながったら自動で送ります）');
  await expect(a.getByTestId('team-pending')).toHaveText('1件');
  await expect(a.getByText('チームのサーバーにつながりませんでした。')).toBeVisible();
  await expect(a.getByTestId('team-chip')).toContainText('オフライン');
  await expect(a.getByTestId('team-chip')).toContainText('未送信 1件');
  await editNote(b, SHARED, NOTE_B);
  await syncNow(b, 'サーバーにつながっていません（つながったら自動で送ります）');
  await server.restart();

  await syncNow(a);
  await syncNow(b);
  await syncNow(a);
  await openTeam(b);
  const conflict = b.getByTestId('team-conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText(SHARED);
  await expect(conflict).toContainText(NOTE_A);
  await expect(conflict).toContainText(NOTE_B);
  await expect(conflict).toContainText('架空 区職員さん');
  await expect(conflict).toContainText(`${B_NAME}さん（このパソコン・`);
  await expect(b.getByTestId('team-chip')).toContainText('食い違い 1件');
  await shot(b, 'team-conflict');
  await checkScreen(b, 'team-conflict');
  await b.getByTestId('team-conflict').screenshot({ path: 'test-results/screens/team-conflict-part.png' });
  await xlarge(b, async () => {
    await b.getByTestId('team-conflict').screenshot({ path: 'test-results/screens/team-conflict-xlarge-part.png' });
    await checkScreen(b, 'team-conflict-xlarge');
  });
  // A still has its own version: nothing was overwritten by whichever arrived last.
  await openTeam(a);
  await expect(a.getByTestId('team-conflict')).toContainText(NOTE_B);

  // B keeps its own note (field by field: the メモ row, B's column), so A's record must change.
  const noteRow = conflict.locator('tr.differs', { hasText: 'メモ' });
  await noteRow.locator('label', { hasText: NOTE_B }).getByRole('radio').check();
  await b.getByRole('button', { name: '項目ごとに選んだ内容で保存する' }).click();
  await expect(b.getByText('食い違いを解決しました。')).toBeVisible();
  await expect(b.getByTestId('team-conflict')).toHaveCount(0);
  await syncNow(b);
  await syncNow(a);
  await expect(a.getByTestId('team-conflict')).toHaveCount(0);
  for (const page of [a, b]) {
    await openMenu(page, '対象者');
    await page.getByRole('link', { name: SHARED }).first().click();
    await expect(page.getByText(NOTE_B)).toBeVisible();
    await expect(page.getByText(NOTE_A)).toHaveCount(0);
  }
});

test('the server killed in the middle of a replication: everything arrives after it restarts', async () => {
  for (const n of LATE) await addConsentingPerson(a, n);
  await syncNow(a);
  // B's replication gets as far as asking for the documents; then the server dies under it.
  let held = false;
  await b.route(`${server.url}/**`, async (route) => {
    const url = route.request().url();
    if (!held && /_bulk_get|_all_docs/.test(url)) {
      held = true;
      await server.kill();
    }
    await route.continue().catch(() => route.abort('connectionrefused'));
  });
  await syncNow(b, 'サーバーにつながっていません（つながったら自動で送ります）');
  expect(held).toBe(true);
  await b.unroute(`${server.url}/**`);
  for (const n of LATE) await expectPerson(b, n, false);
  await server.restart();
  await syncNow(b);
  for (const n of LATE) await expectPerson(b, n);
});

test('consent to share with the team withdrawn on A: the person and what is about them leave B, and stay on A', async () => {
  const [gone] = LATE;
  if (!gone) throw new Error('no person');
  // A contact about the person, recorded on A, reaches B first.
  await openMenu(a, '対象者');
  await a.getByRole('link', { name: gone }).first().click();
  const personId = /#\/persons\/([^/]+)/.exec(a.url())?.[1] ?? '';
  expect(personId).not.toBe('');
  await a.goto(`/#/contacts/new/${personId}`);
  await a.getByLabel('ようす・話したこと', { exact: true }).fill(VISIT);
  await a.keyboard.press('Control+Enter');
  await expect(a.getByText(VISIT).first()).toBeVisible();
  await syncNow(a);
  await syncNow(b);
  await b.goto(`/#/persons/${personId}`);
  await expect(b.getByText(VISIT).first()).toBeVisible({ timeout: 15_000 });

  await openMenu(a, '対象者');
  await a.getByRole('link', { name: gone }).first().click();
  await a.getByRole('link', { name: '編集' }).first().click();
  await a.getByRole('group', { name: '共有してよい相手' }).getByLabel('地区別支援チーム', { exact: true }).uncheck();
  await a.getByRole('group', { name: '共有してよい相手' }).getByLabel('地域ケアプラザ', { exact: true }).check();
  await a.getByRole('button', { name: '保存する' }).click();
  await expect(a.getByRole('heading', { name: gone, level: 1, exact: true })).toBeVisible();
  await syncNow(a);
  await syncNow(b);
  await expectPerson(b, gone, false);
  await expectPerson(a, gone);
  // What was about them left B with them; A keeps it.
  await b.goto('/#/contacts');
  await expect(b.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(b.getByText(VISIT)).toHaveCount(0);
  const bContacts = await b.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((r) => {
      const q = indexedDB.open('ainet-records');
      q.onsuccess = () => r(q.result);
    });
    return new Promise<number>((r) => {
      const q = db.transaction('contacts').objectStore('contacts').index('personId').count(id);
      q.onsuccess = () => r(q.result);
    });
  }, personId);
  expect(bContacts).toBe(0);
  await a.goto(`/#/persons/${personId}`);
  await expect(a.getByText(VISIT).first()).toBeVisible();
  await expectPerson(b, LATE[1] ?? '');
  // Nothing was left unopened, and no conflict is still counted on either machine.
  for (const page of [a, b]) {
    await openTeam(page);
    await expect(page.getByTestId('team-status')).not.toContainText('読めなかった記録');
    await expect(page.getByTestId('team-status')).not.toContainText('食い違い');
  }
});

test('A removes B: the team key is renewed, B is told, and what A writes afterwards never reaches B', async () => {
  await openTeam(a);
  await a.getByRole('button', { name: `外す：${B_NAME}` }).click();
  await expect(a.getByRole('alertdialog')).toContainText('これから書かれる記録を読めなくなります');
  await a.getByRole('button', { name: '外す（鍵を新しくする）' }).click();
  await expect(a.getByText(`${B_NAME}さんをチームから外し、チームの鍵を新しくしました。`)).toBeVisible();
  await expect(a.locator('.team-members')).not.toContainText(B_NAME);
  await expect(a.getByText(new RegExp(`${B_NAME}さん（.*架空 区職員さんが外しました）`))).toBeVisible();
  await addConsentingPerson(a, AFTER);
  await syncNow(a);
  await syncNow(b, 'このパソコンは、チームから外されました');
  await expect(b.getByText('チームの管理者が、この記録帳をチームの名簿から外しました。')).toBeVisible();
  await expect(b.getByTestId('team-chip')).toContainText('チームから外されました');
  await expectPerson(b, AFTER, false);
  await openMenu(a, '操作記録');
  await expect(a.getByText('チームからメンバーを外す（鍵を新しくする）').first()).toBeVisible();
});

test('B leaves the team with a typed confirmation: its team data goes, its records stay, and it is logged', async () => {
  await openTeam(b);
  const teamDbs = () => b.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.includes('-team')));
  expect((await teamDbs()).length).toBeGreaterThan(0);
  const leave = b.getByRole('region', { name: 'チームから抜ける' });
  await expect(leave.getByRole('button', { name: 'チームのデータを消して抜ける' })).toBeDisabled();
  await leave.getByLabel('確かめるために「チームから抜ける」と入力してください').fill('チームから抜ける');
  await leave.getByRole('button', { name: 'チームのデータを消して抜ける' }).click();
  await expect(b.getByText('チームから抜けました。')).toBeVisible();

  await expect(b.getByRole('region', { name: 'チームに参加する' })).toBeVisible();
  await expect(b.getByTestId('team-chip')).toHaveCount(0);
  expect(await teamDbs()).toEqual([]);
  await expectPerson(b, SHARED);
  await openMenu(b, '操作記録');
  await expect(b.getByText('チームから抜ける（この端末のチームのデータを削除）').first()).toBeVisible();
  await expect(b.getByText('チームに参加する').first()).toBeVisible();
  await openMenu(a, '操作記録');
  await expect(a.getByText('チームにメンバーを追加').first()).toBeVisible();
  await expect(a.getByText('チームを作る').first()).toBeVisible();
});

test("the server's data directory holds none of the words typed", async () => {
  await server.stop();
  const markers = [SHARED, PRIVATE, NOTE_A, NOTE_B, TEAM, AFTER, VISIT, ...LATE, '架空 区職員', B_NAME];
  const r = scanDir(dir, markers);
  report('team UI server data', r);
  expect(r.files).toBeGreaterThan(0);
  expect(r.hits).toEqual([]);
  await server.restart();
});
