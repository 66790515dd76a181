// Accessibility of the guardianship-referral screens, as in a11y.spec.ts: axe (WCAG 2.0/2.1 A and
// AA) on each screen, failing on serious or critical findings; each screen at the default text
// size and at 特大, with its screenshot kept for looking at.
import type { Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, openMenu } from './fixtures';
import { checkScreen } from './axe';
import { DAY, T0, fieldsForm, radio, recordStep, saveFields, startReferral } from './referralSteps';

/**
 * The same screen at the default size and at 特大. The size is switched the way the 設定 choice
 * applies it (the root element's data-text-size), so the screen keeps its state (errors shown,
 * unsaved input) between the two checks.
 */
async function bothSizes(page: Page, name: string, ready: () => Promise<void>): Promise<void> {
  await ready();
  await checkScreen(page, name);
  await page.evaluate(() => {
    document.documentElement.dataset.textSize = 'xlarge';
  });
  await ready();
  await checkScreen(page, `${name}-xlarge`);
  await page.evaluate(() => {
    document.documentElement.dataset.textSize = 'normal';
  });
}

test('referral screens: person page section, referral page with problems and refusals, hand-over without consent, list, settings', async ({
  page,
}) => {
  await page.clock.install({ time: T0 });
  await createVaultThroughUi(page, { role: 'care-plaza' });
  await startReferral(page, '𠮷田 髙﨑 ハル');
  const heading = () => expect(page.getByRole('heading', { level: 1, name: '成年後見の相談：𠮷田 髙﨑 ハル' })).toBeVisible();
  await bothSizes(page, 'referral-new', heading);

  // errors beside fields, a warning waiting for the second press, and a refused step
  const form = fieldsForm(page);
  await form.getByLabel('相談日', { exact: true }).fill('2026-12-01');
  await form.getByLabel('虐待・財産侵害の疑いがある').check();
  await form.getByRole('button', { name: '親族を追加' }).click();
  await radio(form, '想定される類型', /^補助/).check();
  await radio(form, '申立人の候補', /^区長申立/).check();
  await saveFields(page);
  await expect(form.getByText('赤い印のところを直してください。')).toBeVisible();
  await recordStep(page, '見送り');
  await expect(page.getByTestId('step-refused')).toBeVisible();
  await bothSizes(page, 'referral-errors', () =>
    expect(form.getByLabel('相談日', { exact: true })).toHaveAttribute('aria-invalid', 'true'),
  );
  await form.getByLabel('相談日', { exact: true }).fill('2026-11-02');
  await form.getByLabel('身体的虐待').check();
  await saveFields(page);
  await expect(form.getByRole('button', { name: 'このまま保存する' })).toBeVisible();
  await checkScreen(page, 'referral-warning');

  // a hand-over without consent, its reason missing
  const handover = page.getByRole('form', { name: 'つなぎ先を記録する' });
  await radio(handover, '本人の同意', '同意なしで情報提供した').check();
  await handover.getByRole('button', { name: 'このつなぎ先を記録する' }).click();
  await expect(handover.getByLabel('つなぎ先', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'referral-handover-errors');

  // the person page's section and the list, with a stalled referral
  await page.clock.setSystemTime(new Date(T0.getTime() + 40 * DAY));
  await page.getByRole('link', { name: /さんのページへ/ }).click();
  const section = page.getByRole('region', { name: '成年後見の相談・つなぎ' });
  await bothSizes(page, 'person-referrals', () => expect(section.getByText('停滞', { exact: true })).toBeVisible());
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '成年後見' }).click();
  await bothSizes(page, 'referral-list', () => expect(page.getByTestId('referral-counts')).toHaveText('進行中 1件、うち停滞 1件'));
  await page.getByLabel('停滞のみ').check();
  await page.getByLabel('表示する相談').selectOption('ended');
  await expect(page.getByText('条件に合う相談はありません。')).toBeVisible();
  await checkScreen(page, 'referral-list-nomatch');

  await openMenu(page, '設定');
  await page.getByLabel('申立準備（日）').fill('0');
  await page.getByRole('button', { name: '日数を保存する' }).click();
  await expect(page.getByLabel('申立準備（日）')).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'settings-stall-days-error');
});

test('本人情報シート screens: the editor for a professional, the refusal for a commissioner', async ({ page }) => {
  await page.clock.install({ time: T0 });
  await createVaultThroughUi(page, { role: 'ward-council' });
  await startReferral(page, '情報 シート子');
  await page.getByRole('link', { name: '本人情報シートを作成' }).click();
  const sheetUrl = page.url();
  await bothSizes(page, 'sheet-draft', () => expect(page.getByLabel('作成者氏名')).toBeVisible());
  await page.getByLabel('作成者氏名').fill('');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByLabel('作成者氏名')).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'sheet-errors');

  await openMenu(page, '設定');
  await page.getByLabel('立場').selectOption('commissioner');
  await page.getByRole('button', { name: '保存する' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await page.goto(sheetUrl);
  await expect(page.getByRole('heading', { level: 2, name: '本人情報シートは作成できません' })).toBeVisible();
  await checkScreen(page, 'sheet-refused');
  await page.getByRole('link', { name: '相談の記録へ戻る' }).click();
  await bothSizes(page, 'referral-commissioner', () => expect(page.getByRole('button', { name: '本人情報シートを作成' })).toBeDisabled());
});
