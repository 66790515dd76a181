// Accessibility: axe (WCAG 2.0/2.1 A and AA) on every screen, failing on serious or critical
// findings and printing the rest; and one keyboard-only pass through unlock → register → person.
import type { Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, addPersonThroughUi, fillRecovery, openMenu, shot, unlock, PASSPHRASE } from './fixtures';
import { analyze, checkScreen } from './axe';

test('the axe check can fail: a planted unlabelled field and faint text are caught', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'はじめに' })).toBeVisible();
  await page.evaluate(() => {
    const main = document.querySelector('main');
    main?.appendChild(document.createElement('input'));
    const faint = document.createElement('p');
    faint.textContent = 'うすい文字';
    faint.style.color = '#bbbbbb';
    main?.appendChild(faint);
  });
  const { violations } = await analyze(page);
  expect(violations.map((v) => `${v.impact ?? '?'} ${v.id}`).sort()).toEqual(['critical label', 'serious color-contrast']);
});

test('first-run screens: welcome and the three setup steps', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'はじめに' })).toBeVisible();
  await checkScreen(page, 'welcome');

  await page.getByRole('button', { name: '新しい記録帳をつくる' }).click();
  await expect(page.getByText('手順 1 / 3')).toBeVisible();
  await checkScreen(page, 'setup-1');
  await page.getByLabel('パスフレーズ', { exact: true }).fill('みじかい');
  await page.getByLabel('パスフレーズ（確認のためもう一度）').fill('ちがう');
  await page.getByRole('button', { name: '次へ' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await checkScreen(page, 'setup-1-errors');

  await page.getByLabel('パスフレーズ', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('パスフレーズ（確認のためもう一度）').fill(PASSPHRASE);
  await page.getByRole('button', { name: '次へ' }).click();
  await expect(page.getByText('手順 2 / 3')).toBeVisible();
  await checkScreen(page, 'setup-2');

  await page.getByLabel('回復キーを控えました').check();
  await page.getByRole('button', { name: '次へ' }).click();
  await expect(page.getByText('手順 3 / 3')).toBeVisible();
  await checkScreen(page, 'setup-3');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await expect(page.getByRole('alert')).toContainText('必ず入力してください');
  await checkScreen(page, 'setup-3-error');
  await page.getByLabel('お名前').fill('試験 職員');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
  await checkScreen(page, 'persons-empty');
});

test('registry screens: list, form, validation, person page, trash, audit log, settings', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await createVaultThroughUi(page);
  await expect(page.getByText('まだ登録がありません。')).toBeVisible();
  await checkScreen(page, 'persons-list-empty');

  await page.getByRole('link', { name: '新しく登録' }).click();
  await expect(page.getByRole('heading', { name: '対象者の登録' })).toBeVisible();
  await page.getByLabel('情報共有に同意を得ている').check(); // shows the consent sub-form too
  await checkScreen(page, 'person-form-new');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.locator('.error-box')).toHaveText('入力を確かめてください。');
  await checkScreen(page, 'person-form-errors');
  await page.getByLabel('氏名', { exact: true }).fill('𠮷田 髙﨑 ハル');
  await page.getByLabel('ふりがな', { exact: true }).fill('よしだ たかさき はる');
  await page.getByLabel('生年月日', { exact: true }).fill('1948-03-15');
  await page.getByLabel('同意日', { exact: true }).fill('2026-04-01');
  await page.getByLabel('メモ', { exact: true }).fill('朝の見守りで声かけ。膝が痛むとのこと。');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('heading', { name: '𠮷田 髙﨑 ハル', level: 1 })).toBeVisible();
  await checkScreen(page, 'person-page');

  await openMenu(page, '対象者');
  await addPersonThroughUi(page, { name: '山田 花子', furigana: 'やまだ はなこ' });
  await openMenu(page, '対象者');
  await addPersonThroughUi(page, { name: '鶴見 次郎', furigana: 'つるみ じろう' });
  await openMenu(page, '対象者');
  await expect(page.getByTestId('person-count')).toHaveText('3人 / 全3人');
  await checkScreen(page, 'persons-list');
  await page.getByRole('searchbox', { name: '名前・ふりがなで検索' }).fill('該当なし');
  await expect(page.getByText('「該当なし」に合う人はいません。')).toBeVisible();
  await checkScreen(page, 'persons-list-nomatch');

  await openMenu(page, 'ごみ箱');
  await expect(page.getByText('ごみ箱は空です。')).toBeVisible();
  await checkScreen(page, 'trash-empty');
  await openMenu(page, '対象者');
  await page.getByRole('link', { name: /^山田 花子/ }).click();
  await page.getByRole('button', { name: 'ごみ箱へ移す' }).click();
  await expect(page.getByTestId('person-count')).toHaveText('2人 / 全2人');
  await openMenu(page, 'ごみ箱');
  await expect(page.getByRole('button', { name: 'ごみ箱を空にする' })).toBeVisible();
  await checkScreen(page, 'trash-items');

  await openMenu(page, '操作記録');
  await expect(page.locator('table.audit tbody tr').first()).toBeVisible();
  await page.getByRole('button', { name: 'つながりを検証する' }).click();
  await expect(page.getByTestId('audit-check')).toContainText('すべて正常です');
  await checkScreen(page, 'audit');

  await openMenu(page, '設定');
  await checkScreen(page, 'settings');
  await page.getByLabel('文字の大きさ').selectOption('xlarge');
  await checkScreen(page, 'settings-xlarge');
  await openMenu(page, '対象者');
  await checkScreen(page, 'persons-list-xlarge');
});

test('lock screens: unlock, unlock with an error, recover, recover with an error', async ({ page }) => {
  await createVaultThroughUi(page);
  await page.getByRole('button', { name: 'ロックする' }).click();
  await expect(page.getByText('ロックしました。')).toBeVisible();
  await checkScreen(page, 'unlock');
  await unlock(page, 'まちがいの合言葉です');
  await expect(page.getByRole('alert')).toContainText('パスフレーズが違います');
  await checkScreen(page, 'unlock-error');
  await page.getByRole('button', { name: /パスフレーズを忘れたとき/ }).click();
  await expect(page.getByRole('heading', { name: '回復キーでパスフレーズを再設定' })).toBeVisible();
  await checkScreen(page, 'recover');
  await fillRecovery(page, '0000-0000-0000-0000-0000-0000-0000-0000', '新しい合言葉は港の灯り');
  await expect(page.getByRole('alert')).toContainText('回復キーが違います');
  await checkScreen(page, 'recover-error');
});

test('the demo vault (デモで試す) list and a demo person', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /デモで試す/ }).click();
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
  await expect(page.getByText('デモ用の記録帳です。')).toBeVisible();
  await expect(page.getByRole('list', { name: '対象者の一覧' }).getByRole('link').first()).toBeVisible();
  await checkScreen(page, 'demo-list');
  await page.getByRole('list', { name: '対象者の一覧' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: '経過（新しい順）' })).toBeVisible();
  await checkScreen(page, 'demo-person');
});

// ---- keyboard only ----

interface Focused {
  tag: string;
  text: string;
  outlineStyle: string;
  outlineWidth: string;
  boxShadow: string;
  inViewport: boolean;
}

const focused = (page: Page) =>
  page.evaluate((): Focused | null => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      text: labelled.trim(),
      outlineStyle: cs.outlineStyle,
      outlineWidth: cs.outlineWidth,
      boxShadow: cs.boxShadow,
      inViewport: r.width > 0 && r.height > 0 && r.right > 0 && r.left < window.innerWidth,
    };
  });

function expectVisibleFocus(f: Focused | null, where: string): asserts f is Focused {
  expect(f, `something has focus (${where})`).not.toBeNull();
  if (!f) return;
  expect(f.outlineStyle !== 'none' && f.outlineWidth !== '0px', `focus outline visible on <${f.tag}> "${f.text}" (${where})`).toBe(true);
  expect(f.inViewport, `focused <${f.tag}> "${f.text}" is on screen (${where})`).toBe(true);
}

/** Presses Tab (or Shift+Tab) until the focused element's text/label matches; checks every stop shows its focus. */
async function tabTo(page: Page, match: RegExp, opts: { back?: boolean; max?: number } = {}): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < (opts.max ?? 60); i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    // Past the last control focus leaves the page (browser UI); the next Tab comes back to the top.
    if (f === null && stops.at(-1)?.tag !== '(outside)') {
      stops.push({ tag: '(outside)', text: '(outside the page)', outlineStyle: '', outlineWidth: '', boxShadow: '', inViewport: true });
      continue;
    }
    expectVisibleFocus(f, `Tab stop ${i + 1} towards ${match}`);
    stops.push(f);
    if (match.test(f.text)) return stops;
  }
  throw new Error(`never reached ${match} with the keyboard; stops: ${stops.map((s) => `<${s.tag}> ${s.text}`).join(' → ')}`);
}

test('keyboard only: unlock, open 新しく登録, type 氏名, save, land on the person page, with focus always visible', async ({ page }) => {
  await createVaultThroughUi(page);
  await page.getByRole('button', { name: 'ロックする' }).click();
  await expect(page.getByRole('heading', { name: 'ロックを解除' })).toBeVisible();
  // From here on: page.keyboard only.
  let f = await focused(page);
  if (!f || f.text !== 'パスフレーズ') await tabTo(page, /^パスフレーズ$/);
  f = await focused(page);
  expectVisibleFocus(f, 'passphrase field');
  expect(f.text).toBe('パスフレーズ');
  await page.keyboard.type(PASSPHRASE);
  await shot(page, 'keyboard-unlock');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();

  // the first Tab stop of the app is the skip link, and it shows itself
  const stops = await tabTo(page, /新しく登録/, { back: false, max: 30 });
  console.log(`[keyboard] Tab stops to 新しく登録: ${stops.map((s) => s.text).join(' → ')}`);
  const top = stops.findIndex((s) => s.tag === '(outside)') + 1;
  expect(stops[top]?.text, 'the first Tab stop at the top of the app is the skip link').toBe('本文へ移動');
  await shot(page, 'keyboard-focus-add');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '対象者の登録' })).toBeVisible();
  f = await focused(page);
  if (!f || f.text !== '氏名') await tabTo(page, /^氏名$/);
  await page.keyboard.type('鍵盤 太郎');
  const toSave = await tabTo(page, /^保存する$/, { max: 80 });
  console.log(`[keyboard] ${toSave.length} Tab stops from 氏名 to 保存する`);
  await shot(page, 'keyboard-focus-save');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '鍵盤 太郎', level: 1 })).toBeVisible();
  await shot(page, 'keyboard-person-page');
});
