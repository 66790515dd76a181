// いま連絡が必要な人 end to end: data made through the UI on 1 March, the clock moved on a month
// (to 1 April, a fiscal-year start), the persons appear with their reasons; one is resolved by
// recording a contact from the reach view (the form comes back and the item is gone), an action
// item is closed right there; the person list's last contact and 「N日以上連絡なし」; the
// visit-list PDF; axe at 標準 and 特大.
import { execFileSync } from 'node:child_process';
import { test, expect, createVaultThroughUi, addPersonThroughUi, pinClock, shot } from './fixtures';
import { checkScreen } from './axe';
import { saveThroughWarning } from './printing';
import { addAction, saveMeetingForm, setTextSize, startMeeting } from './meetingHelpers';

const nav = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name, exact: true });

async function openReach(page: import('@playwright/test').Page): Promise<void> {
  await nav(page, '連絡が必要な人').click();
  await expect(page.getByRole('heading', { name: 'いま連絡が必要な人', level: 1 })).toBeVisible();
}

test('the reach view after the clock moves on a month, resolving items from it, the person list filter and the visit list', async ({
  page,
}) => {
  test.setTimeout(240_000);
  page.on('dialog', (d) => void d.accept());
  await pinClock(page, '2027-03-01T10:00:00+09:00');
  await createVaultThroughUi(page, { name: '鶴見 民子', role: 'commissioner' });
  await openReach(page);
  await expect(page.getByText('いま連絡が必要な人はいません。みなさんに連絡が届いています。')).toBeVisible();
  await shot(page, 'reach-empty');

  await nav(page, '対象者').click();
  await addPersonThroughUi(page, { name: '潮田 一郎', furigana: 'うしおだ いちろう' });
  await nav(page, '対象者').click();
  await addPersonThroughUi(page, { name: '生麦 花子', furigana: 'なまむぎ はなこ' });

  // 生麦 花子: a contact today with a follow-up due in four days
  await page.getByRole('link', { name: '見守り・相談を記録する' }).first().click();
  await page.getByLabel('ようす・話したこと', { exact: true }).fill('玄関先で話した。');
  await page.getByLabel('あとで対応が必要（フォローアップ）').check();
  await page.getByLabel('期限', { exact: true }).fill('2027-03-05');
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.getByRole('heading', { name: '生麦 花子', level: 1 })).toBeVisible();

  // a team meeting with an action due on 10 March
  await startMeeting(page, 'team');
  await page.getByLabel('開催日').fill('2027-03-01');
  await page.getByLabel('地区', { exact: true }).selectOption({ index: 1 });
  await addAction(page, 1, { owner: '佐藤 花子', org: '区役所', task: '見守り名簿の更新', due: '2027-03-10' });
  await saveMeetingForm(page);
  await expect(page.getByRole('heading', { name: /地区別支援チーム会議\s第1回/, level: 1 })).toBeVisible();

  // today: only the follow-up, four days ahead
  await openReach(page);
  await expect(page.getByTestId('reach-count')).toHaveText('1件');
  await expect(page.locator('.reach-card')).toContainText('フォローアップの期限まであと4日です');

  // a month on: 1 April 2027
  await page.clock.setSystemTime(new Date('2027-04-01T10:00:00+09:00'));
  await nav(page, '対象者').click();
  await openReach(page);
  const cards = page.locator('.reach-card');
  await expect(page.getByTestId('reach-count')).toHaveText('4件');
  await expect(cards.nth(0)).toContainText('生麦 花子');
  await expect(cards.nth(0)).toContainText('フォローアップの期限を27日過ぎています');
  await expect(cards.nth(1)).toContainText('やることの期限を22日過ぎています');
  await expect(cards.nth(1)).toContainText('見守り名簿の更新');
  const ichiro = cards.filter({ hasText: '潮田 一郎' });
  await expect(ichiro).toContainText('登録から31日、まだ連絡の記録がありません（目安30日）');
  await expect(cards.filter({ hasText: '最後の連絡から31日（目安30日）' })).toContainText('生麦 花子');
  await shot(page, 'reach-after-a-month');
  await checkScreen(page, 'reach', { window: true });

  // filters: kind, then district
  await page.getByLabel('種類', { exact: true }).selectOption({ label: '連絡の目安を過ぎた人' });
  await expect(cards).toHaveCount(2);
  await page.getByRole('button', { name: '条件を外す' }).click();
  await expect(cards).toHaveCount(4);

  // record a contact from the item: the form has the person, and comes back here
  await ichiro.getByRole('link', { name: /^連絡を記録する/ }).click();
  await expect(page.getByRole('link', { name: '← いま連絡が必要な人' })).toBeVisible();
  await expect(page.locator('.chosen-name')).toHaveText('潮田 一郎');
  await page.getByLabel('ようす・話したこと', { exact: true }).fill('電話で話した。お変わりなし。');
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'いま連絡が必要な人', level: 1 })).toBeVisible();
  await expect(page.getByTestId('reach-count')).toHaveText('3件');
  await expect(cards.filter({ hasText: '潮田 一郎' })).toHaveCount(0);

  // close the overdue action right here, dated today
  const action = cards.filter({ hasText: '見守り名簿の更新' });
  await action.getByRole('button', { name: /^完了にする/ }).click();
  await expect(action.getByLabel('完了日')).toHaveValue('2027-04-01');
  await action.getByRole('button', { name: '完了として保存する' }).click();
  await expect(page.getByTestId('reach-count')).toHaveText('2件');
  await expect(cards.filter({ hasText: '見守り名簿の更新' })).toHaveCount(0);

  // the visit list: 生麦 花子 (overdue), not 潮田 一郎 (just contacted: due in 30 days)
  const pdf = await saveThroughWarning(page, page.getByRole('button', { name: '訪問予定リストを印刷（7日分）' }), 'reach-visit-list');
  expect(pdf.fileName).toBe('訪問予定リスト_2027-04-01.pdf');
  expect(pdf.pages).toBe(1);
  const text = pdf.text.replace(/\s+/g, '');
  for (const s of ['訪問予定リスト（令和9年4月1日〜令和9年4月8日）', '取扱注意', '生麦花子', '27日超過']) expect(text, s).toContain(s);
  expect(text).not.toContain('潮田一郎');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    'test-results/pdf/reach-visit-list.pdf',
    'test-results/screens/reach-visit-list',
  ]);

  // the person list: last contact and 「N日以上連絡なし」
  await nav(page, '対象者').click();
  const rows = page.getByRole('list', { name: '対象者の一覧' }).getByRole('listitem');
  await expect(rows.filter({ hasText: '潮田 一郎' })).toContainText('最終連絡 2027/04/01（今日）');
  await expect(rows.filter({ hasText: '生麦 花子' })).toContainText('最終連絡 2027/03/01（31日前）');
  await page.getByLabel('連絡のない日数').selectOption({ label: '30日以上連絡なし' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('生麦 花子');
  await page.getByLabel('連絡のない日数').selectOption({ label: '日数を入れる' });
  await page.getByLabel('何日以上連絡なし').fill('32');
  await expect(page.getByText('条件に合う人はいません。')).toBeVisible();
  await shot(page, 'persons-no-contact-filter');

  // 特大
  await setTextSize(page, 'xlarge');
  await openReach(page);
  await checkScreen(page, 'reach-xlarge', { window: true });
});

test('the demo vault opens on a reach view with an overdue person, one living alone at 80, one just discharged and a stalled referral', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: /デモで試す/ }).click();
  await expect(page.getByRole('heading', { name: '対象者', level: 1 })).toBeVisible();
  await openReach(page);
  const cards = page.locator('.reach-card');
  await expect(cards.filter({ hasText: '最後の連絡から45日（目安30日）' })).toHaveCount(1);
  await expect(cards.filter({ hasText: '最後の連絡から20日（目安14日）' }).first()).toBeVisible();
  await expect(cards.filter({ hasText: '最後の連絡から12日（目安7日）' })).toHaveCount(1);
  await expect(cards.filter({ hasText: '成年後見のつなぎが「情報収集」のまま50日（目安30日）' })).toHaveCount(1);
  await checkScreen(page, 'reach-demo', { window: true });
  // The overview of several districts draws 5 cards each; さらに表示 adds 20, and one district shows 20.
  const groups = page.locator('.reach-group');
  const sizes = await groups.evaluateAll((els) =>
    els.map((e) => Number(/(\d+)件/.exec(e.querySelector('h2')?.textContent ?? '')?.[1] ?? 0)),
  );
  expect(sizes.length).toBeGreaterThan(1);
  const big = sizes.findIndex((n) => n > 5);
  expect(big, `a demo district with more than 5 items (${sizes.join(', ')})`).toBeGreaterThanOrEqual(0);
  const group = groups.nth(big);
  const n = sizes[big] ?? 0;
  await expect(group.locator('.reach-card')).toHaveCount(5);
  await group.getByRole('button', { name: new RegExp(`さらに${Math.min(20, n - 5)}件を表示（残り${n - 5}件）`) }).click();
  await expect(group.locator('.reach-card')).toHaveCount(Math.min(25, n));
  const districtName = ((await group.locator('h2').textContent()) ?? '').replace(/（.*$/, '').trim();
  await page.getByLabel('地区').selectOption({ label: districtName });
  await expect(page.locator('.reach-group')).toHaveCount(1);
  await expect(page.locator('.reach-group .reach-card')).toHaveCount(Math.min(20, n));
  await page.getByRole('button', { name: '条件を外す' }).click();
  await cards
    .filter({ hasText: '「情報収集」のまま50日' })
    .getByRole('link', { name: /^つなぎを開く/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('成年後見');
});
