// Meetings end to end: a case conference with two cases and three actions kept whole; bad input
// refused without losing anything; a 10,000-character 検討内容; an attendee removed from the
// directory still on old minutes; the previous meeting's open items; the draft across a lock.
import type { Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, addPersonThroughUi, openMenu, shot, unlock } from './fixtures';
import {
  addAction,
  addAdHoc,
  addCase,
  addToDirectory,
  attendeesBox,
  absenteesBox,
  openMeetings,
  printPdf,
  saveMeetingForm,
  startMeeting,
  tokyoDay,
} from './meetingHelpers';

const P1 = '𠮷田 髙﨑 ハル';
const P2 = '山田 花子';

async function twoPersons(page: Page) {
  await addPersonThroughUi(page, { name: P1, furigana: 'よしだ たかさき はる' });
  await openMenu(page, '対象者');
  await addPersonThroughUi(page, { name: P2, furigana: 'やまだ はなこ' });
}

test('a case conference with two cases, attendees and three actions is saved and reopened whole', async ({ page }) => {
  await createVaultThroughUi(page);
  await twoPersons(page);
  await page.goto('/#/directory');
  await expect(page.getByRole('heading', { name: '出席者名簿', level: 1 })).toBeVisible();
  await addToDirectory(page, { name: '髙橋 一郎', organisation: '地域ケアプラザ', role: '社会福祉士' });
  await addToDirectory(page, { name: '佐藤 花子', organisation: '区役所', role: '保健師' });
  await addToDirectory(page, { name: '田中 次郎', organisation: '区社協', role: '地区担当' });
  await shot(page, 'directory');

  await startMeeting(page, 'case');
  const today = tokyoDay();
  await expect(page.getByLabel('回次（第何回）')).toHaveValue('1');
  await expect(page.getByText('この種別・地区では最初の会議です。')).toBeVisible();
  await page.getByLabel('件名（任意）').fill('独居高齢者の見守り体制');
  await page.getByLabel('開始時刻').fill('14:00');
  await page.getByLabel('終了時刻').fill('15:30');
  await page.getByLabel('場所', { exact: true }).fill('地域ケアプラザ 会議室');
  await page.getByLabel('主催', { exact: true }).selectOption('地域ケアプラザ');
  await page.getByLabel('司会').fill('髙橋 一郎');
  await page.getByLabel('記録者').fill('試験 職員');

  await attendeesBox(page)
    .getByLabel(/髙橋 一郎/)
    .check();
  await attendeesBox(page)
    .getByLabel(/佐藤 花子/)
    .check();
  await addAdHoc(attendeesBox(page), { name: '鈴木 三郎', organisation: '民生委員・児童委員等委嘱委員', role: '民生委員' });
  await absenteesBox(page)
    .getByLabel(/田中 次郎/)
    .check();
  await expect(absenteesBox(page).getByLabel(/髙橋 一郎/)).toBeDisabled();
  await page.getByLabel('本人が出席した').check();

  const c1 = await addCase(page, 1, P1);
  await c1.getByLabel('基本情報').fill('80代、独居。膝の痛みで外出が減っている。');
  await c1.getByLabel('家族構成').fill('長女（大阪在住）');
  await c1.getByLabel('経過').fill('民生委員の訪問で、買い物に困っていると分かった。');
  await c1.getByLabel('本人・家族の意向').fill('自宅で暮らし続けたい。');
  const c2 = await addCase(page, 2, P2);
  await c2.getByLabel('基本情報').fill('70代、高齢者のみ世帯。');
  await page.getByLabel('事例提供者').fill('鈴木 三郎');
  await page.getByLabel('事例として検討することに、本人（または家族）の同意を得ている').check();
  await page.getByLabel('同意を得た日').fill(today);
  await page.getByLabel('同意の方法（口頭・書面など）').fill('口頭（訪問時）');

  for (const text of ['買い物の手段がない', '見守りの担い手が足りない', '金銭管理が不安']) {
    await page.getByRole('button', { name: '課題を追加' }).click();
    await page.getByRole('group', { name: '課題', exact: true }).locator('textarea').last().fill(text);
  }
  await page.getByRole('button', { name: /^上へ\s*：課題3$/ }).click();
  await expect(page.getByRole('button', { name: /^上へ\s*：課題2$/ })).toBeFocused();
  await page
    .getByLabel('検討内容', { exact: true })
    .fill('配食サービスと買い物支援の利用を検討した。\n見守りは民生委員と地区社協で分担する。');
  await page.getByLabel('結論・支援方針').fill('在宅生活を継続。月1回チームで状況を確認する。');

  await addAction(page, 1, { owner: '髙橋 一郎', task: '配食サービスの手配', due: tokyoDay(14), person: P1 });
  await expect(page.getByRole('group', { name: /^役割分担1/ }).getByLabel('所属', { exact: true })).toHaveValue('地域ケアプラザ');
  await addAction(page, 2, { owner: '佐藤 花子', org: '区役所', task: '介護保険の申請支援', due: tokyoDay(21), person: P2 });
  await addAction(page, 3, { owner: '鈴木 三郎', org: '民生委員・児童委員等委嘱委員', task: '週1回の見守り訪問', due: tokyoDay(30) });

  await page.getByLabel('地域課題（区・地域へ伝える課題）').fill('坂の多い地区で買い物に行けない高齢者が増えている。');
  await page.getByLabel('モニタリングの方法').fill('民生委員の訪問記録で確認');
  await page.getByLabel('次回の日程').fill(tokyoDay(28));
  await page.getByLabel('配布した資料を回収した').check();
  await page.getByLabel('資料を回収した人').fill('試験 職員');
  await expect(page.getByRole('group', { name: /柱2/ }).getByLabel(/2-1/)).toBeChecked();
  await page.getByRole('group', { name: /柱2/ }).getByLabel(/2-4/).check();
  await shot(page, 'meeting-form-filled');

  await saveMeetingForm(page);
  await expect(page.getByRole('heading', { name: /個別ケース検討会議\s第1回/, level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '会議録を保存しました。' })).toBeVisible();
  const url = page.url();

  // ---- the list shows it, then reopen ----
  await openMeetings(page);
  const row = page.getByRole('list', { name: '会議の一覧（新しい順）' }).getByRole('link');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('個別ケース検討会議　第1回');
  await expect(row).toContainText('未完了の役割分担 3件');
  await shot(page, 'meetings-list');
  await row.click();
  expect(page.url()).toBe(url);

  await expect(page.getByLabel('件名（任意）')).toHaveValue('独居高齢者の見守り体制');
  await expect(page.getByLabel('開始時刻')).toHaveValue('14:00');
  await expect(page.getByLabel('終了時刻')).toHaveValue('15:30');
  await expect(page.getByLabel('主催', { exact: true })).toHaveValue('地域ケアプラザ');
  await expect(page.getByLabel('司会')).toHaveValue('髙橋 一郎');
  const present = page.getByRole('list', { name: '出席者', exact: true });
  await expect(present.locator('.person-name')).toHaveText(['髙橋 一郎', '佐藤 花子', '鈴木 三郎']);
  await expect(present).toContainText('名簿外');
  await expect(page.getByRole('list', { name: '欠席者', exact: true }).locator('.person-name')).toHaveText(['田中 次郎']);
  await expect(page.getByLabel('本人が出席した')).toBeChecked();
  await expect(page.getByRole('group', { name: '事例1', exact: true }).locator('.chosen-name')).toHaveText(P1);
  await expect(page.getByRole('group', { name: '事例1', exact: true }).getByLabel('本人・家族の意向')).toHaveValue(
    '自宅で暮らし続けたい。',
  );
  await expect(page.getByRole('group', { name: '事例2', exact: true }).locator('.chosen-name')).toHaveText(P2);
  await expect(page.getByLabel('同意の方法（口頭・書面など）')).toHaveValue('口頭（訪問時）');
  const issues = ['買い物の手段がない', '金銭管理が不安', '見守りの担い手が足りない'];
  await expect(page.getByRole('group', { name: '課題', exact: true }).locator('textarea')).toHaveCount(3);
  for (const [i, text] of issues.entries()) await expect(page.getByLabel(`課題${i + 1}`, { exact: true })).toHaveValue(text);
  await expect(page.getByLabel('検討内容', { exact: true })).toHaveValue(
    '配食サービスと買い物支援の利用を検討した。\n見守りは民生委員と地区社協で分担する。',
  );
  for (const [n, task, owner] of [
    [1, '配食サービスの手配', '髙橋 一郎'],
    [2, '介護保険の申請支援', '佐藤 花子'],
    [3, '週1回の見守り訪問', '鈴木 三郎'],
  ] as const) {
    const r = page.getByRole('group', { name: new RegExp(`^役割分担${n}`) });
    await expect(r.getByLabel('内容（やること）')).toHaveValue(task);
    await expect(r.getByLabel('担当', { exact: true })).toHaveValue(owner);
  }
  await expect(page.getByRole('group', { name: /^役割分担2/ }).getByLabel('対象者（任意）')).toHaveValue(/.+/);
  await expect(page.getByLabel('次回の日程')).toHaveValue(tokyoDay(28));
  await expect(page.getByLabel('配布した資料を回収した')).toBeChecked();
  await expect(page.getByLabel('資料を回収した人')).toHaveValue('試験 職員');
  await expect(page.getByRole('group', { name: /柱2/ }).getByLabel(/2-4/)).toBeChecked();
  await shot(page, 'meeting-edit');

  // ---- print: per case by default (each person's case with the shared parts), the whole
  // meeting on request; the area version names nobody ----
  const scope = page.getByRole('group', { name: '議事録に載せる事例' });
  await expect(scope.getByLabel(`事例1　${P1} さんの分`)).toBeChecked();
  await page.locator('.print-section').screenshot({ path: 'test-results/screens/minutes-print-buttons.png' });
  const first = await printPdf(page, '議事録を印刷（標準）', 'minutes-case-1');
  for (const s of [
    '個別ケース検討会議 議事録（事例別）',
    '取扱注意',
    P1,
    '自宅で暮らし続けたい',
    '配食サービスの手配',
    '週1回の見守り訪問',
  ])
    expect(first.text, s).toContain(s);
  for (const s of ['70代、高齢者のみ世帯', '介護保険の申請支援']) expect(first.text, s).not.toContain(s);
  expect(first.text).toMatch(/資料回収\s+回収した（回収者：試験 職員）/);
  await scope.getByLabel(`事例2　${P2} さんの分`).check();
  const second = await printPdf(page, '議事録を印刷（標準）', 'minutes-case-2');
  for (const s of [P2, '70代、高齢者のみ世帯', '介護保険の申請支援', '週1回の見守り訪問']) expect(second.text, s).toContain(s);
  for (const s of ['自宅で暮らし続けたい', '配食サービスの手配', '長女（大阪在住）']) expect(second.text, s).not.toContain(s);
  await scope.getByLabel('会議全体（2件の事例すべて）').check();
  const full = await printPdf(page, '議事録を印刷（標準）', 'minutes-case-full');
  for (const s of ['個別ケース検討会議 議事録', '取扱注意', '髙橋 一郎', '鈴木 三郎', '山田 花子', '配食サービスの手配', '坂の多い地区'])
    expect(full.text, s).toContain(s);
  for (const s of ['自宅で暮らし続けたい', '70代、高齢者のみ世帯', '介護保険の申請支援']) expect(full.text, s).toContain(s);
  expect(full.text).not.toContain('事例別');
  const large = await printPdf(page, '議事録を印刷（大きな文字）', 'minutes-case-large');
  expect(large.pages).toBeGreaterThan(full.pages);
  const area = await printPdf(page, '地域向け（個人情報なし）を印刷', 'minutes-case-area');
  for (const s of ['共有用', '地域ケアプラザ', '配食サービスの手配', '坂の多い地区']) expect(area.text, s).toContain(s);
  for (const s of ['髙橋', '佐藤 花子', '鈴木', '田中', '山田', 'ハル', '自宅で暮らし続けたい', '口頭（訪問時）', '試験 職員'])
    expect(area.text, s).not.toContain(s);
  await page.goto('/#/audit');
  await expect(page.getByRole('cell', { name: 'PDFで保存', exact: true })).toHaveCount(5);
});

/** 10,000 characters with a unique end, so a cut shows. */
function longDiscussion(): string {
  const line = '民生委員から、夜間の見守りが手薄になっているとの報告があった。地区社協と連携して声かけの当番表を作ることを検討した。\n';
  let s = '';
  while (s.length < 10_000 - 5) s += line;
  return (s.slice(0, 10_000 - 5) + '【終わり】').slice(0, 10_000);
}

test('an end before the start is refused beside the field, with nothing typed lost', async ({ page }) => {
  await createVaultThroughUi(page);
  await startMeeting(page, 'team');
  await page.getByLabel('場所', { exact: true }).fill('潮田地区センター');
  // Enter in a one-line field is a slip, not a save
  await page.getByLabel('場所', { exact: true }).press('Enter');
  await expect(page.locator('.problem-summary')).toHaveCount(0);
  expect(page.url()).toContain('#/meetings/new/team');
  await page.getByLabel('開始時刻').fill('15:00');
  await page.getByLabel('終了時刻').fill('14:00');
  await page.getByLabel('検討内容', { exact: true }).fill('地区の見守り当番について話し合った。');
  await addAction(page, 1, { owner: '佐藤', task: '当番表の案を作る', due: tokyoDay(-1) });
  await saveMeetingForm(page);

  await expect(page.getByLabel('終了時刻')).toBeFocused();
  await expect(page.getByLabel('終了時刻')).toHaveAccessibleDescription('終了時刻が開始時刻より前（または同じ）になっています。');
  await expect(page.getByRole('group', { name: /^役割分担1/ }).getByLabel('期限', { exact: true })).toHaveAccessibleDescription(
    /期限が会議の日より前です。/,
  );
  const summary = page.locator('.problem-summary');
  await expect(summary).toContainText('保存できません');
  await expect(summary).toContainText('終了時刻：終了時刻が開始時刻より前');
  await expect(summary).toContainText('役割分担1　期限：期限が会議の日より前です。');
  await shot(page, 'meeting-form-errors');
  expect(page.url()).toContain('#/meetings/new/team');
  await expect(page.getByLabel('場所', { exact: true })).toHaveValue('潮田地区センター');
  await expect(page.getByLabel('検討内容', { exact: true })).toHaveValue('地区の見守り当番について話し合った。');
  await expect(page.getByRole('group', { name: /^役割分担1/ }).getByLabel('内容（やること）')).toHaveValue('当番表の案を作る');

  // fixing the end clears its message at once; the other one stays until fixed
  await page.getByLabel('終了時刻').fill('16:30');
  await expect(summary).not.toContainText('終了時刻');
  await page
    .getByRole('group', { name: /^役割分担1/ })
    .getByLabel('期限', { exact: true })
    .fill(tokyoDay(7));
  await expect(summary).toHaveCount(0);
  await saveMeetingForm(page);
  await expect(page.getByRole('heading', { name: /地区別支援チーム会議\s第1回/, level: 1 })).toBeVisible();
  await expect(page.getByLabel('終了時刻')).toHaveValue('16:30');
  await expect(page.getByLabel('検討内容', { exact: true })).toHaveValue('地区の見守り当番について話し合った。');
});

test('a 10,000-character 検討内容 is saved whole', async ({ page }) => {
  await createVaultThroughUi(page);
  await startMeeting(page, 'area');
  const text = longDiscussion();
  expect(text).toHaveLength(10_000);
  await expect(page.getByRole('group', { name: '事例と本人同意' })).toHaveCount(0);
  await page.getByLabel('検討内容', { exact: true }).fill(text);
  await expect(page.getByText('10000 / 20000 文字')).toBeVisible();
  await saveMeetingForm(page);
  await expect(page.getByRole('heading', { name: /地域ケア会議（地域・区レベル）\s第1回/, level: 1 })).toBeVisible();
  await openMeetings(page);
  await page.getByRole('list', { name: '会議の一覧（新しい順）' }).getByRole('link').first().click();
  const shown = await page.getByLabel('検討内容', { exact: true }).inputValue();
  expect(shown).toHaveLength(10_000);
  expect(shown).toBe(text);
});

test('an attendee removed from the directory is still on old minutes, marked as removed', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await createVaultThroughUi(page);
  await page.goto('/#/directory');
  await addToDirectory(page, { name: '髙橋 一郎', organisation: '地域ケアプラザ', role: '社会福祉士' });
  await addToDirectory(page, { name: '佐藤 花子', organisation: '区役所', role: '保健師' });
  await startMeeting(page, 'team');
  await attendeesBox(page)
    .getByLabel(/髙橋 一郎/)
    .check();
  await attendeesBox(page)
    .getByLabel(/佐藤 花子/)
    .check();
  // Minutes need something talked about (an attendance list alone is refused).
  await page.getByLabel('検討内容', { exact: true }).fill('見守り当番の引き継ぎ');
  await saveMeetingForm(page);
  await expect(page.getByRole('heading', { name: /地区別支援チーム会議\s第1回/, level: 1 })).toBeVisible();
  const meetingUrl = page.url();

  await page.goto('/#/directory');
  await page.getByRole('button', { name: /^名簿から外す\s*：髙橋 一郎$/ }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '髙橋 一郎さんを名簿から外しました。過去の議事録には名前が残っています。' }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: '出席者名簿' }).getByText('髙橋 一郎')).toHaveCount(0);

  await page.goto(meetingUrl);
  const present = page.getByRole('list', { name: '出席者', exact: true });
  await expect(present.locator('.person-name')).toHaveText(['髙橋 一郎', '佐藤 花子']);
  await expect(present.getByRole('listitem').first()).toContainText('名簿から削除済み');
  await expect(present.getByRole('listitem').nth(1)).not.toContainText('名簿から削除済み');
  await expect(attendeesBox(page).getByRole('checkbox', { name: /髙橋 一郎/ })).toHaveCount(0);
  await shot(page, 'meeting-removed-attendee');
  // saving the minutes again keeps the copy
  await page.getByLabel('場所', { exact: true }).fill('区役所 会議室');
  await saveMeetingForm(page);
  await expect(page.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await expect(page.getByRole('list', { name: '出席者', exact: true }).locator('.person-name')).toHaveText(['髙橋 一郎', '佐藤 花子']);
});

test('the next meeting of the same team starts with the previous meeting’s open items, closable there', async ({ page }) => {
  await createVaultThroughUi(page);
  await startMeeting(page, 'team');
  await addAction(page, 1, { owner: '佐藤 花子', org: '区役所', task: '見守り名簿の更新', due: tokyoDay(7) });
  await addAction(page, 2, { owner: '鈴木 三郎', org: '民生委員・児童委員等委嘱委員', task: 'サロンの案内を配る', due: tokyoDay(14) });
  await saveMeetingForm(page);
  await expect(page.getByRole('heading', { name: /地区別支援チーム会議\s第1回/, level: 1 })).toBeVisible();

  await startMeeting(page, 'team');
  await expect(page.getByLabel('回次（第何回）')).toHaveValue('2');
  const previous = page.getByRole('region', { name: '前回の会議の未完了の役割分担' });
  await expect(previous).toContainText('前回 第1回');
  const items = previous.getByRole('list', { name: '前回の会議の未完了の役割分担' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('見守り名簿の更新');
  await shot(page, 'meeting-previous-items');
  await items
    .first()
    .getByRole('button', { name: /^完了にする/ })
    .click();
  await items.first().getByLabel('メモ（任意）').fill('更新済み');
  await items.first().getByRole('button', { name: '完了として保存する' }).click();
  await expect(items.first()).toContainText('完了');
  await expect(items.first()).toContainText('更新済み');
  await expect(items.first().getByRole('button', { name: /^未完了に戻す/ })).toBeVisible();

  // another type has no previous meeting
  await page.getByLabel('会議の種別').selectOption('area');
  await expect(previous).toHaveCount(0);
  await expect(page.getByText('この種別・地区では最初の会議です。')).toBeVisible();
  await page.getByRole('button', { name: '第1回にする' }).click();
  await expect(page.getByLabel('回次（第何回）')).toHaveValue('1');
  await page.getByLabel('会議の種別').selectOption('team');
  await page.getByRole('button', { name: '第2回にする' }).click();
  await page.getByLabel('検討内容', { exact: true }).fill('前回の役割分担を確かめた。');
  await saveMeetingForm(page);
  await expect(page.getByRole('heading', { name: /地区別支援チーム会議\s第2回/, level: 1 })).toBeVisible();

  await startMeeting(page, 'team');
  await expect(page.getByLabel('回次（第何回）')).toHaveValue('3');
  await expect(page.getByRole('region', { name: '前回の会議の未完了の役割分担' })).toContainText('すべて完了しています');
});

test('the meeting form’s draft survives a lock and leaving the page', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await createVaultThroughUi(page);
  await startMeeting(page, 'case');
  await page.getByLabel('件名（任意）').fill('下書きの確認');
  await page.getByLabel('検討内容', { exact: true }).fill('ロックしても消えないこと。');
  await page.getByRole('button', { name: '課題を追加' }).click();
  await page.getByLabel('課題1', { exact: true }).fill('夜間の連絡先');
  await addAdHoc(attendeesBox(page), { name: '臨時 参加者' });
  await addAction(page, 1, { owner: '臨時 参加者', task: '家族に連絡', due: tokyoDay(5) });

  await page.getByRole('button', { name: 'ロックする' }).click();
  await expect(page.getByText('入力途中の内容は暗号化して保存してあります。')).toBeVisible();
  await unlock(page);
  await expect(page.getByRole('heading', { name: '新しい個別ケース検討会議', level: 1 })).toBeVisible();
  await expect(page.getByText('保存されていなかった入力を元に戻しました。')).toBeVisible();
  await expect(page.getByLabel('件名（任意）')).toHaveValue('下書きの確認');
  await expect(page.getByLabel('検討内容', { exact: true })).toHaveValue('ロックしても消えないこと。');
  await expect(page.getByLabel('課題1', { exact: true })).toHaveValue('夜間の連絡先');
  await expect(page.getByRole('list', { name: '出席者', exact: true })).toContainText('臨時 参加者');
  await expect(page.getByRole('group', { name: /^役割分担1/ }).getByLabel('内容（やること）')).toHaveValue('家族に連絡');
  await shot(page, 'meeting-draft-restored');

  // leaving for another screen and coming back keeps it too
  await openMenu(page, '対象者');
  await startMeeting(page, 'case');
  await expect(page.getByLabel('件名（任意）')).toHaveValue('下書きの確認');

  // discarding empties it
  await page.getByRole('button', { name: '入力を破棄する' }).click();
  await expect(page.getByRole('heading', { name: '会議', level: 1, exact: true })).toBeVisible();
  await startMeeting(page, 'case');
  await expect(page.getByLabel('件名（任意）')).toHaveValue('');
  await expect(page.getByText('保存されていなかった入力を元に戻しました。')).toHaveCount(0);
});
