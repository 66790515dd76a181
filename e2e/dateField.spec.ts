// The app's own date field (ui/DateField.tsx) in the person form (生年月日) and the contact form
// (日付, 期限): 和暦 and Western input typed on the keyboard, both calendars said under the field
// and read by a screen reader, a refused date keeping its text with a Japanese message, ↑/↓, and
// the field at 標準 and 特大 in Japanese and English (axe on each, screenshots kept).
import type { Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, addPersonThroughUi, openMenu, pinClock, shot } from './fixtures';
import { checkScreen } from './axe';

const NAME = '架空 ハナ';

async function settings(page: Page, opts: { size: 'normal' | 'xlarge'; language: 'ja' | 'en' }) {
  await page.evaluate(() => {
    location.hash = '#/settings';
  });
  const size = page.locator('select').filter({ has: page.locator('option[value="xlarge"]') });
  await size.selectOption(opts.size);
  const language = page.locator('select').filter({ has: page.locator('option[value="en"]') });
  await language.selectOption(opts.language);
  await expect(page.locator('html')).toHaveAttribute('lang', opts.language);
}

test('the birth date reads 和暦 and Western dates as typed, says both, and keeps what it cannot read', async ({ page }) => {
  await pinClock(page, '2026-12-01T10:00:00+09:00');
  await createVaultThroughUi(page);
  await page.getByRole('link', { name: '新しく登録' }).click();
  await page.getByLabel('氏名', { exact: true }).fill(NAME);
  const birth = page.getByLabel('生年月日', { exact: true });
  await expect(birth).toHaveAttribute('type', 'text');
  await expect(birth).toHaveAccessibleDescription(/例：2026-11-30/);

  // typed key by key, the way a person types it; the echo says what was read before leaving
  await birth.focus();
  await page.keyboard.type('S20.5.3');
  await expect(birth).toHaveValue('S20.5.3');
  await expect(page.getByText('1945-05-03（昭和20年5月3日・木曜日）')).toBeVisible();
  await expect(birth).toHaveAccessibleDescription('1945-05-03（昭和20年5月3日・木曜日）');
  await page.keyboard.press('Tab');
  await expect(birth).toHaveValue('1945-05-03'); // written as YYYY-MM-DD on leaving

  // a day past its era: refused, the text kept, the message names the day it means
  await birth.fill('昭和64年1月8日');
  await birth.blur();
  const error = page.getByRole('alert').filter({ hasText: '昭和64年1月8日はありません' });
  await expect(error).toHaveText('昭和64年1月8日はありません（昭和は64年1月7日まで）。1989年1月8日なら平成元年1月8日です。');
  await expect(birth).toHaveValue('昭和64年1月8日');
  await expect(birth).toHaveAttribute('aria-invalid', 'true');
  await expect(birth).toHaveAccessibleDescription(/平成元年1月8日です/);
  await shot(page, 'date-field-person-era-error');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('heading', { name: '対象者の登録', level: 1 })).toBeVisible(); // not saved
  await expect(birth).toHaveValue('昭和64年1月8日');
  await expect(birth).toBeFocused(); // the first invalid field

  // a bare era year is not guessed
  await birth.fill('令和元年');
  await birth.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '令和元年' })).toHaveText(
    '「令和元年」には月と日がありません。日付は推測しないので、令和元年○月○日のように日まで入力してください。',
  );

  // full-width digits with the ー an IME types, a leap day, then ↑ and ↓
  await birth.fill('２０２８ー０２ー２９');
  await birth.blur();
  await expect(birth).toHaveValue('2028-02-29');
  await expect(page.getByText('2028-02-29（令和10年2月29日・火曜日）')).toBeVisible();
  await birth.press('ArrowUp');
  await expect(birth).toHaveValue('2028-03-01');
  await birth.press('ArrowDown');
  await birth.press('ArrowDown');
  await expect(birth).toHaveValue('2028-02-28');

  // 明治 for the oldest, then the date that is kept
  await birth.fill('明治45年7月29日');
  await expect(page.getByText('1912-07-29（明治45年7月29日・月曜日）')).toBeVisible();
  await birth.fill('昭和二十年五月三日');
  await birth.blur();
  await expect(birth).toHaveValue('1945-05-03');
  await checkScreen(page, 'date-field-person');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();
  await expect(page.locator('dl.details')).toContainText('1945年5月3日（昭和20年5月3日）');
});

test('the contact date and the follow-up due date take 和暦, with the past-due warning kept apart from errors', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await pinClock(page, '2026-12-01T10:00:00+09:00');
  await createVaultThroughUi(page, { name: '鶴見 民子', role: 'commissioner' });
  await addPersonThroughUi(page, { name: NAME, furigana: 'かくう はな' });
  await page.evaluate(() => {
    location.hash = '#/contacts/new';
  });
  await page.getByRole('combobox', { name: '対象者' }).fill('かくう');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  const date = page.getByLabel('日付', { exact: true });
  await expect(date).toHaveValue('2026-12-01');
  await date.fill('R8/11/30');
  await expect(page.getByText('2026-11-30（令和8年11月30日・月曜日）')).toBeVisible();
  await date.blur();
  await expect(date).toHaveValue('2026-11-30');
  await page.getByLabel('ようす・話したこと', { exact: true }).fill('変わりなし');
  await page.getByLabel('あとで対応が必要（フォローアップ）').check();
  const due = page.getByLabel('期限', { exact: true });
  await due.fill('R8.12.32');
  await due.blur();
  await expect(page.getByRole('alert').filter({ hasText: '令和8年12月32日という日はありません。' })).toBeVisible();
  await expect(due).toHaveAttribute('aria-invalid', 'true');
  await expect(due).toHaveValue('R8.12.32');
  await shot(page, 'date-field-contact-due-error');
  // a due date already past is a warning: said beside the field, which is not marked invalid
  await due.fill('R8.11.30');
  await due.blur();
  await expect(due).toHaveValue('2026-11-30');
  await page.getByRole('button', { name: '保存する' }).first().click();
  const warning = page.locator('.date-field .warning-text');
  await expect(warning).toHaveText('期限が今日より前の日付です。');
  await expect(due).not.toHaveAttribute('aria-invalid', 'true');
  await expect(due).toHaveAccessibleDescription(/期限が今日より前の日付です。/);
  await shot(page, 'date-field-contact-due-warning');
  await due.fill('R8.12.15');
  await due.blur();
  await expect(due).toHaveValue('2026-12-15');
  await expect(warning).toHaveCount(0);
  await checkScreen(page, 'date-field-contact');
  await page.getByRole('button', { name: '保存する' }).first().click();
  await expect(page.getByRole('heading', { name: '見守り・相談記録', level: 1 })).toBeVisible();
  await expect(page.locator('.wareki').first()).toHaveText('令和8年11月30日');
});

test('the date field at 標準 and 特大, in Japanese and English', async ({ page }) => {
  test.setTimeout(240_000);
  page.on('dialog', (d) => void d.accept());
  await pinClock(page, '2026-12-01T10:00:00+09:00');
  await createVaultThroughUi(page, { name: '鶴見 民子', role: 'commissioner' });
  await addPersonThroughUi(page, { name: NAME, furigana: 'かくう はな' });
  await openMenu(page, '対象者');
  for (const language of ['ja', 'en'] as const) {
    for (const size of ['normal', 'xlarge'] as const) {
      await settings(page, { size, language });
      const tag = `${language}-${size}`;

      // the person form: one date read, one refused
      await page.evaluate(() => {
        location.hash = '#/persons/new';
      });
      const label = (ja: string, en: string) => page.getByLabel(language === 'ja' ? ja : en, { exact: true });
      const birth = label('生年月日', 'Date of birth');
      await birth.fill('S20.5.3');
      await birth.blur();
      await expect(birth).toHaveValue('1945-05-03');
      await label('情報共有に同意を得ている', 'Consent to share information obtained').check();
      const consentDate = label('同意日', 'Date of consent');
      await consentDate.fill('H31.5.1');
      await consentDate.blur();
      await expect(consentDate).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('.date-field .error')).toHaveText(
        language === 'ja'
          ? '平成31年5月1日はありません（平成は31年4月30日まで）。2019年5月1日なら令和元年5月1日です。'
          : 'Heisei 31, May 1 does not exist: Heisei ended on 2019-04-30. 2019-05-01 is Reiwa 1, May 1.',
      );
      await expect(page.locator('.date-echo').first()).toHaveText(
        language === 'ja' ? '1945-05-03（昭和20年5月3日・木曜日）' : '1945-05-03 (Thursday, Shōwa 20)',
      );
      await consentDate.scrollIntoViewIfNeeded();
      await checkScreen(page, `date-field-person-${tag}`, { window: true });
      await page.locator('.date-field', { has: birth }).screenshot({ path: `test-results/screens/date-field-birth-${tag}.png` });
      await page.locator('.date-field', { has: consentDate }).screenshot({ path: `test-results/screens/date-field-consent-${tag}.png` });

      // the contact form: the date as typed in an era
      await page.evaluate(() => {
        location.hash = '#/contacts/new';
      });
      const contactDate = label('日付', 'Date');
      await contactDate.fill('R8/11/30');
      await expect(page.locator('.date-echo').first()).toHaveText(
        language === 'ja' ? '2026-11-30（令和8年11月30日・月曜日）' : '2026-11-30 (Monday, Reiwa 8)',
      );
      await checkScreen(page, `date-field-contact-${tag}`, { window: true });
      await page
        .locator('.date-field')
        .first()
        .screenshot({ path: `test-results/screens/date-field-contact-date-${tag}.png` });
    }
  }
});
