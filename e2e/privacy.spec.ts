// Nothing personal reaches the disk in the clear. A real Chromium profile on disk is used (a
// persistent context in a fresh temp dir), a person, a contact-log entry, a referral, a meeting
// with an action item and an unsaved draft carrying unique markers are typed through the UI, the vault
// is locked and the browser closed, and then every byte of every file in the profile is searched for the markers in the encodings Chromium uses for
// strings (UTF-8 / Latin-1 and UTF-16LE). A second test proves the scanner does find a marker
// that was stored without encryption.
import { test, expect, chromium, type BrowserContext, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BASE_URL, CHROMIUM_ARGS, CONTEXT_DEFAULTS, systemChromium } from './browser';
import { report, scanDir } from './scan';
import { addPersonThroughUi, createVaultThroughUi, openMenu, shot, unlock } from './fixtures';
import { addAction, saveMeetingForm, startMeeting, tokyoDay } from './meetingHelpers';
import { fieldsForm, saveFields } from './referralSteps';

async function launch(profile: string): Promise<{ context: BrowserContext; page: Page; foreign: string[] }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: systemChromium(),
    args: [...CHROMIUM_ARGS],
    baseURL: BASE_URL,
    ...CONTEXT_DEFAULTS,
  });
  const foreign: string[] = [];
  const own = new URL(BASE_URL).origin;
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== own) foreign.push(url);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, foreign };
}

const hex = () => randomBytes(8).toString('hex');

test('no marker typed into a person, a contact, a referral, a meeting, a district, the profile or a draft appears in any file of the browser profile', async () => {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ainet-privacy-'));
  const id = hex();
  const draftId = hex();
  const nameMarker = `MARKERx7Q${id}`;
  const noteMarker = `秘密マーカー${id}`;
  const draftNameMarker = `MARKERx7Qd${draftId}`;
  const draftNoteMarker = `下書き秘密マーカー${draftId}`;
  const contactMarker = `見守り秘密${id}`;
  const meetingMarker = `会議秘密${id}`;
  const actionMarker = `役割秘密${id}`;
  const referralMarker = `後見秘密${id}`;
  const districtMarker = `地区秘密${id}`;
  const profileMarker = `職員秘密${id}`;
  // The random parts alone too: they would show a copy in an encoding not listed above.
  const markers = [
    nameMarker,
    noteMarker,
    draftNameMarker,
    draftNoteMarker,
    contactMarker,
    meetingMarker,
    actionMarker,
    referralMarker,
    districtMarker,
    profileMarker,
    id,
    draftId,
  ];
  const personName = `${nameMarker} 秘密 太郎`;
  try {
    let { context, page, foreign } = await launch(profile);
    await createVaultThroughUi(page, { name: profileMarker });
    // a district name typed in settings (settings are sealed too)
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '設定', exact: true }).click();
    await page.getByLabel('新しい地区の名前').fill(districtMarker);
    await page.getByRole('button', { name: '地区を追加' }).click();
    await page.getByRole('group', { name: '地区' }).getByRole('button', { name: '保存する' }).click();
    await expect(page.getByRole('status').filter({ hasText: '保存しました' })).toBeVisible();
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '対象者', exact: true }).click();
    await addPersonThroughUi(page, {
      name: personName,
      furigana: 'ひみつ たろう',
      note: `${noteMarker}\n本人の暮らしぶりについてのメモ。${nameMarker}`,
    });
    await expect(page.locator('.note-text')).toContainText(noteMarker);
    // a contact-log entry about the person, with a follow-up (an action item)
    await page.getByRole('link', { name: '見守り・相談を記録する' }).first().click();
    await page.getByLabel('ようす・話したこと', { exact: true }).fill(`${contactMarker} 体調について話を聞いた`);
    await page.getByRole('button', { name: '保存する' }).click();
    await expect(page.getByRole('heading', { name: personName, level: 1 })).toBeVisible();
    // a guardianship referral with the person's wishes
    await page.getByRole('button', { name: '成年後見の相談を記録する' }).click();
    await fieldsForm(page).getByLabel('本人の意向').fill(`${referralMarker} 自宅で暮らしたい`);
    await saveFields(page);
    await expect(fieldsForm(page).getByText('保存済みです。')).toBeVisible();
    // a team meeting with a marker in the discussion and in an action item
    await startMeeting(page, 'team');
    await page.getByLabel('検討内容', { exact: true }).fill(`${meetingMarker} 見守り当番について`);
    await addAction(page, 1, { owner: '佐藤', task: `${actionMarker} 当番表を作る`, due: tokyoDay(7) });
    await saveMeetingForm(page);
    await expect(page.getByRole('heading', { name: /地区別支援チーム会議\s第1回/, level: 1 })).toBeVisible();
    // search for the person (the search box holds the marker too)
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '対象者', exact: true }).click();
    await page.getByRole('searchbox', { name: '名前・ふりがなで検索' }).fill(nameMarker);
    await expect(page.getByTestId('person-count')).toHaveText('1人 / 全1人');
    // a half-typed form that is never saved
    await page.getByRole('link', { name: '新しく登録' }).click();
    await page.getByLabel('氏名', { exact: true }).fill(draftNameMarker);
    await page.getByLabel('メモ', { exact: true }).fill(`${draftNoteMarker} 書きかけ`);
    await shot(page, 'privacy-draft');
    await page.getByRole('button', { name: 'ロックする' }).click();
    await expect(page.getByText('入力途中の内容は暗号化して保存してあります')).toBeVisible();
    await expect(page.getByText(nameMarker)).toHaveCount(0);
    expect(foreign, 'no request may leave the app').toEqual([]);
    await context.close();

    const result = scanDir(profile, markers);
    report('vault profile', result);
    // the scan really covered the app's storage
    expect(
      result.scannedPaths.some((p) => p.includes('IndexedDB')),
      'IndexedDB files were scanned',
    ).toBe(true);
    expect(result.bytes).toBeGreaterThan(100_000);
    expect(result.hits).toEqual([]);

    // and the data is really there: a relaunch on the same profile unlocks to it and the draft
    ({ context, page, foreign } = await launch(profile));
    await page.goto('/');
    await expect(page.getByText('入力途中の内容は暗号化して保存してあります')).toBeVisible();
    await unlock(page);
    // The vault opens on the screen it was left on; the register is one click away.
    await openMenu(page, '対象者');
    await expect(page.getByRole('list', { name: '対象者の一覧' }).locator('.name')).toHaveText([personName]);
    await page.getByRole('link', { name: '新しく登録' }).click();
    await expect(page.getByText('保存されていなかった入力を元に戻しました。')).toBeVisible();
    await expect(page.getByLabel('氏名', { exact: true })).toHaveValue(draftNameMarker);
    await expect(page.getByLabel('メモ', { exact: true })).toHaveValue(`${draftNoteMarker} 書きかけ`);
    expect(foreign, 'no request may leave the app').toEqual([]);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the scanner finds a marker that was stored without encryption', async () => {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ainet-privacy-selftest-'));
  const id = hex();
  const ascii = `MARKERx7Q${id}`;
  const japanese = `秘密マーカー${id}`;
  try {
    const { context, page } = await launch(profile);
    await page.goto('/');
    await page.evaluate(
      async ([a, j]) => {
        localStorage.setItem('scanner-selftest', `${a} ${j}`);
        await new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('scanner-selftest', 1);
          req.onupgradeneeded = () => req.result.createObjectStore('plain');
          req.onerror = () => reject(req.error ?? new Error('open failed'));
          req.onsuccess = () => {
            const tx = req.result.transaction('plain', 'readwrite', { durability: 'strict' });
            tx.objectStore('plain').put({ name: a, note: j }, 'p1');
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error ?? new Error('put failed'));
          };
        });
      },
      [ascii, japanese] as const,
    );
    await context.close();

    const result = scanDir(profile, [ascii, japanese]);
    report('self-test profile (plain localStorage + IndexedDB)', result);
    const found = (marker: string, where: string) => result.hits.some((h) => h.marker === marker && h.file.includes(where));
    expect(found(ascii, 'Local Storage'), 'ASCII marker found in Local Storage').toBe(true);
    expect(found(japanese, 'Local Storage'), 'Japanese marker found in Local Storage').toBe(true);
    expect(found(ascii, 'IndexedDB'), 'ASCII marker found in IndexedDB').toBe(true);
    expect(found(japanese, 'IndexedDB'), 'Japanese marker found in IndexedDB').toBe(true);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
