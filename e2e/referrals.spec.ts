// Guardianship referrals end to end: from a person page through four steps with a hand-over and
// its consent; a 補助 petition by a relative refused until the person's consent is recorded; the
// stall alarm once the clock has moved on 40 days; a commissioner refused the 本人情報シート and a
// professional writing it; nothing typed lost across a lock.
import { test, expect, createVaultThroughUi, openMenu, shot, unlock } from './fixtures';
import { DAY, T0, fieldsForm, history, printVia, radio, recordStep, saveFields, startReferral, statusPanel } from './referralSteps';

const squash = (s: string) => s.replace(/\s+/g, '');

test('a referral from a person page through four steps, with a hand-over that records consent', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await page.clock.install({ time: T0 });
  await createVaultThroughUi(page, { role: 'care-plaza' });
  await startReferral(page, '鶴見 花子');
  await expect(statusPanel(page).getByText('いまの段階：相談受付')).toBeVisible();
  await expect(history(page).getByRole('listitem')).toHaveCount(1);
  await shot(page, 'referral-new');

  // ---- the consultation's fields ----
  const form = fieldsForm(page);
  await form.getByLabel('相談経路', { exact: true }).selectOption('民生委員');
  await form.getByLabel('お金の管理ができない').check();
  await form.getByRole('button', { name: '親族を追加' }).click();
  const rel = form.getByRole('group', { name: '親族 1' });
  await rel.getByLabel('氏名').fill('鶴見 一郎');
  await rel.getByLabel('続柄').fill('長男');
  await rel.getByLabel('親等').selectOption({ label: '1親等' });
  await rel.getByLabel('連絡がとれるか').selectOption('はい');
  await radio(form, '想定される類型', /^保佐/).check();
  await radio(form, '申立人の候補', /^四親等内の親族/).check();
  await form.getByLabel('本人の意向').fill('自宅で暮らし続けたい');
  await expect(form.getByText('まだ保存していない変更があります')).toBeVisible();
  await saveFields(page);
  await expect(page.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await expect(form.getByText('保存済みです。')).toBeVisible();

  // ---- four steps: 情報収集 → 支援方針検討 → 申立準備 → 申立済 (each the default next step) ----
  for (const step of ['情報収集', '支援方針検討', '申立準備', '申立済']) {
    await expect(page.getByLabel('次の段階')).toHaveValue(/.+/);
    await expect(page.getByLabel('次の段階').locator('option:checked')).toHaveText(step);
    await recordStep(page, null, step === '申立済' ? '横浜家庭裁判所へ申立て' : '');
    await expect(statusPanel(page).getByText(`いまの段階：${step}`)).toBeVisible();
  }
  await expect(history(page).getByRole('listitem')).toHaveCount(5);
  await expect(history(page).getByRole('listitem').last()).toContainText('横浜家庭裁判所へ申立て');
  await expect(history(page).getByRole('listitem').last()).toContainText('記録：試験 職員');
  await expect(page.getByRole('list', { name: '段階の流れ' }).locator('[aria-current="step"]')).toContainText('申立済');

  // going back needs a reason, and is then marked 訂正
  await recordStep(page, '申立準備');
  await expect(page.getByTestId('step-refused')).toHaveText('前の段階に戻すときは、訂正の理由をメモに書いてください。');
  await recordStep(page, null, '書類の不備で差し戻し');
  await expect(history(page).getByRole('listitem').last()).toContainText('訂正');
  await recordStep(page, '申立済');
  await expect(statusPanel(page).getByText('いまの段階：申立済')).toBeVisible();

  // ---- a hand-over with the person's consent ----
  const handover = page.getByRole('form', { name: 'つなぎ先を記録する' });
  await handover.getByRole('button', { name: 'このつなぎ先を記録する' }).click();
  await expect(handover.getByLabel('つなぎ先', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await handover.getByLabel('つなぎ先', { exact: true }).selectOption('よこはま成年後見推進センター');
  await handover.getByLabel('連絡先・担当').fill('相談員 架空');
  await expect(radio(handover, '本人の同意', '本人の同意を得た')).toBeChecked();
  await handover.getByLabel('同意の方法').selectOption('書面');
  await handover.getByRole('button', { name: 'このつなぎ先を記録する' }).click();
  const cards = page.getByRole('list', { name: 'つなぎ先' }).getByRole('listitem');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('よこはま成年後見推進センター');
  await expect(cards.first()).toContainText('本人の同意：2026年11月2日（書面）');

  // a second one without consent: a reason from the list and an explanation are required
  await handover.getByLabel('つなぎ先', { exact: true }).selectOption('区高齢・障害支援課');
  await radio(handover, '本人の同意', '同意なしで情報提供した').check();
  await handover.getByRole('button', { name: 'このつなぎ先を記録する' }).click();
  await expect(handover.getByRole('group', { name: '同意なしで提供した理由' })).toContainText('必ず入力してください。');
  await radio(handover, '同意なしで提供した理由', '虐待のおそれ').check();
  await handover.getByRole('button', { name: 'このつなぎ先を記録する' }).click();
  await expect(handover.getByLabel('状況の説明（なぜ同意を得られないか）')).toHaveAttribute('aria-invalid', 'true');
  await handover.getByLabel('状況の説明（なぜ同意を得られないか）').fill('長男による年金の使い込みの疑い');
  await handover.getByRole('button', { name: 'このつなぎ先を記録する' }).click();
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(1)).toContainText('同意なしで情報提供：虐待のおそれ');

  // ---- each hand-over prints its つなぎ票: the person, the consent first, relatives without names ----
  const consentSheet = await printVia(page, cards.first().getByRole('button', { name: /^つなぎ票を印刷/ }), 'handover-consent');
  expect(consentSheet.fileName).toBe('つなぎ票_2026-11-02_1.pdf');
  const flat = squash(consentSheet.text);
  for (const s of [
    'つなぎ票（成年後見制度の利用相談）',
    '鶴見花子',
    'よこはま成年後見推進センター',
    '相談員架空',
    'あり（2026年11月2日',
    '書面',
    '自宅で暮らし続けたい',
    '長男',
    '横浜家庭裁判所へ申立て',
    '地域ケアプラザ',
    '試験職員',
  ]) {
    expect(flat, s).toContain(s);
  }
  expect(flat).not.toContain('鶴見一郎');
  const overrideSheet = await printVia(page, cards.nth(1).getByRole('button', { name: /^つなぎ票を印刷/ }), 'handover-override');
  expect(squash(overrideSheet.text)).toContain('本人の同意なしで情報を提供しています（理由：虐待のおそれ）');
  expect(squash(overrideSheet.text)).toContain('長男による年金の使い込みの疑い');

  // ---- a progress note ----
  const notes = page.getByRole('form', { name: '経過を記録する' });
  await notes.getByLabel('経過の内容').fill('長男と面談。申立書類の準備を支援。');
  await notes.getByRole('button', { name: 'この経過を記録する' }).click();
  await expect(page.getByRole('list', { name: '経過' }).getByRole('listitem')).toContainText(['長男と面談。申立書類の準備を支援。']);
  await shot(page, 'referral-four-steps');

  // ---- everything is kept: reload, and the audit log has each step ----
  await page.reload();
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: '成年後見の相談：鶴見 花子' })).toBeVisible();
  await expect(fieldsForm(page).getByLabel('本人の意向')).toHaveValue('自宅で暮らし続けたい');
  await expect(fieldsForm(page).getByRole('group', { name: '親族 1' }).getByLabel('氏名')).toHaveValue('鶴見 一郎');
  await expect(history(page).getByRole('listitem')).toHaveCount(7);
  await openMenu(page, '操作記録');
  // The rows load after the page: wait for them rather than reading a list that may be empty yet.
  const action = page.locator('table.audit tbody td:nth-child(4)');
  await expect(action.filter({ hasText: /^成年後見のつなぎの段階を変更$/ })).toHaveCount(6);
  await expect(action.filter({ hasText: /^PDFで保存$/ })).toHaveCount(2);
  await expect(page.locator('table.audit')).not.toContainText('鶴見 花子');
});

test("a 補助 petition by a relative is refused 申立済 until the person's consent is recorded; typing survives a lock", async ({ page }) => {
  await page.clock.install({ time: T0 });
  await createVaultThroughUi(page);
  await startReferral(page, '補助 太郎');
  const form = fieldsForm(page);
  await radio(form, '想定される類型', /^補助/).check();
  await radio(form, '申立人の候補', /^四親等内の親族/).check();
  await saveFields(page);
  // the missing consent is a warning: shown beside the field, saved on the second press
  const hojoWarning = '補助を本人以外が申し立てるときは、本人の同意が必要です。同意を得たら、ここに記録してください。';
  await expect(form.getByRole('group', { name: '補助の申立てへの本人の同意' }).getByText(hojoWarning)).toBeVisible();
  await expect(form.getByRole('alert').filter({ hasText: 'このままでよければ「このまま保存する」を押してください' })).toContainText(
    hojoWarning,
  );
  await expect(form.getByRole('button', { name: 'このまま保存する' })).toBeVisible();
  await shot(page, 'referral-hojo-warning');
  await form.getByRole('button', { name: 'このまま保存する' }).click();
  await expect(form.getByText('保存済みです。')).toBeVisible();

  await recordStep(page, '申立済');
  await expect(page.getByTestId('step-refused')).toHaveText(
    '補助で本人以外が申し立てる場合は、本人の同意を記録してから「申立済」にしてください。',
  );
  await expect(statusPanel(page).getByText('いまの段階：相談受付')).toBeVisible();

  // consent typed but not saved yet: still refused, and the page says why
  await form.getByLabel('本人が申立てに同意している').check();
  await form.getByLabel('同意した日').fill('2026-11-01');
  await recordStep(page, null);
  await expect(page.getByTestId('step-refused')).toContainText('まだ保存されていません');
  await shot(page, 'referral-hojo-refused');

  // a lock keeps the unsaved consent and a half-written note
  await page.getByRole('form', { name: '経過を記録する' }).getByLabel('経過の内容').fill('本人に制度を説明した（書きかけ）');
  await page.getByRole('button', { name: 'ロックする' }).click();
  await unlock(page);
  await expect(page.getByText('保存されていなかった入力を元に戻しました。')).toBeVisible();
  await expect(form.getByLabel('本人が申立てに同意している')).toBeChecked();
  await expect(page.getByLabel('経過の内容')).toHaveValue('本人に制度を説明した（書きかけ）');

  await saveFields(page);
  await expect(form.getByText('保存済みです。')).toBeVisible();
  await recordStep(page, null);
  // 相談受付 → 申立済 skips three steps: they are listed and asked about first.
  const skip = page.getByTestId('step-skip-confirm');
  await expect(skip.getByRole('listitem')).toHaveText(['情報収集', '支援方針検討', '申立準備']);
  await skip.getByRole('button', { name: '飛ばして記録する' }).click();
  await expect(statusPanel(page).getByText('いまの段階：申立済')).toBeVisible();
  await expect(history(page).getByRole('listitem').last()).toContainText('（省略：情報収集・支援方針検討・申立準備）');
});

test('the stall alarm appears on the person page and the list once the clock has moved on 40 days', async ({ page }) => {
  await page.clock.install({ time: T0 });
  await createVaultThroughUi(page, { role: 'ward-office' });
  await startReferral(page, '停滞 次郎');
  await expect(page.getByTestId('stall-alarm')).toHaveCount(0);
  const referralUrl = page.url();
  await page.getByRole('link', { name: /停滞 次郎さんのページへ/ }).click();
  const section = page.getByRole('region', { name: '成年後見の相談・つなぎ' });
  await expect(section).toContainText('いま：相談受付');
  await expect(section.locator('.badge')).toHaveCount(0);

  await page.clock.setSystemTime(new Date(T0.getTime() + 40 * DAY));
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '成年後見' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '成年後見の相談・つなぎ' })).toBeVisible();
  await expect(page.getByTestId('referral-counts')).toHaveText('進行中 1件、うち停滞 1件');
  const row = page.getByRole('row', { name: /停滞 次郎/ });
  await expect(row).toContainText('40日 / 目安14日');
  await expect(row.getByText('停滞', { exact: true })).toBeVisible();
  await expect(row.getByRole('cell').first()).toHaveText('ケース1');
  await shot(page, 'referral-list-stalled');
  const list = await printVia(page, page.getByRole('button', { name: '一覧を印刷（会議用・氏名なし）', exact: true }), 'referral-list');
  expect(list.fileName).toBe('成年後見つなぎ状況一覧_2026-12-12.pdf');
  for (const s of ['成年後見つなぎ状況一覧', 'ケース1', '相談受付', '継続中1件、うち停滞1件', '40日'])
    expect(squash(list.text), s).toContain(s);
  expect(squash(list.text)).not.toContain('停滞次郎');

  await row.getByRole('link', { name: '停滞 次郎' }).click();
  await expect(page.getByTestId('stall-alarm')).toContainText('「相談受付」のまま40日たちました（目安は14日）');
  expect(page.url()).toBe(referralUrl);
  await shot(page, 'referral-stalled');
  await page.getByRole('link', { name: /停滞 次郎さんのページへ/ }).click();
  await expect(section).toContainText('この段階になって40日（目安14日）');
  await expect(section.getByText('停滞', { exact: true })).toBeVisible();
  await shot(page, 'person-referral-stalled');

  // a longer limit in 設定 clears it
  await openMenu(page, '設定');
  await page.getByLabel('相談受付（日）').fill('60');
  await page.getByRole('button', { name: '日数を保存する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '成年後見' }).click();
  await expect(page.getByTestId('referral-counts')).toHaveText('進行中 1件、うち停滞 0件');
});

test("a commissioner's profile is refused the 本人情報シート: the button is disabled with the reason, and the address shows the reason too", async ({
  page,
}) => {
  await page.clock.install({ time: T0 });
  await createVaultThroughUi(page, { role: 'commissioner' });
  await startReferral(page, '民生 委員子');
  const button = page.getByRole('button', { name: '本人情報シートを作成' });
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(
    /福祉関係者（介護支援専門員、相談支援専門員、病院・施設の相談員など）が書くもので、本人・親族・介護職員が書くことは想定されていません（家庭裁判所の説明）。このアプリでは、さらに立場が福祉の専門職（区役所・地域ケアプラザ・区社協）のときだけ作成できます（このアプリの決まり）。.*設定の「立場」が違っているときは、設定で直せます。/,
  );
  await expect(page.getByText('民生委員のかたは、これらの担当者に作成を頼んでください。')).toBeVisible();
  await shot(page, 'referral-commissioner-sheet-refused');

  await page.goto(`${page.url()}/sheet`);
  await expect(page.getByRole('heading', { level: 2, name: '本人情報シートは作成できません' })).toBeVisible();
  await expect(page.getByText('民生委員のかたは、これらの担当者に作成を頼んでください。')).toBeVisible();
  await expect(page.getByLabel('作成者氏名')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '保存する' })).toHaveCount(0);
  await shot(page, 'sheet-commissioner-refused');
});

test('a professional writes the 本人情報シート from a draft of the referral, fixes a missing author, and saves it', async ({ page }) => {
  await page.clock.install({ time: T0 });
  await createVaultThroughUi(page, { role: 'care-plaza' });
  await startReferral(page, '情報 シート子');
  await fieldsForm(page).getByLabel('本人への説明（説明したこと）').fill('成年後見制度の概要を説明した');
  await fieldsForm(page).getByLabel('本人の意向').fill('家で暮らしたい');
  await saveFields(page);
  await expect(fieldsForm(page).getByText('保存済みです。')).toBeVisible();
  await page.getByRole('link', { name: '本人情報シートを作成' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '本人情報シート：情報 シート子' })).toBeVisible();
  await expect(page.getByText('相談の記録と対象者の情報から下書きを作りました。まだ保存していません。')).toBeVisible();
  await expect(page.getByLabel('作成者氏名')).toHaveValue('試験 職員');
  await expect(page.getByLabel('具体的な状況（説明したこと・本人の言葉）')).toHaveValue('成年後見制度の概要を説明した\n家で暮らしたい');

  const form = page.getByRole('form', { name: '本人情報シート：情報 シート子' });
  await form.getByLabel('職業（資格）').fill('社会福祉士');
  await form.getByLabel('連絡先').fill('地域ケアプラザ 045-000-0000');
  await form.getByLabel('本人との関係').fill('担当の社会福祉士として月1回訪問');
  await radio(form, '(1) 身体機能・生活機能', '一部について支援が必要').check();
  await radio(form, '日常的な行為に関する意思の伝達', 'だいたいできる').check();
  await radio(form, '日常的な行為に関する短期的な記憶', 'あまりできない').check();
  await radio(form, '(6) 金銭の管理', '親族又は第三者の支援を受けて本人が管理している').check();
  await radio(
    form,
    '5 家庭裁判所に成年後見制度の利用について申立てをすることに関する本人の認識',
    '申立てについて説明を受けて理解している',
  ).check();
  await form.getByLabel('4 本人にとって重要な意思決定が必要となる日常・社会生活上の課題').fill('自宅の売却と施設入所の判断');
  await form.getByLabel('6 本人にとって望ましいと考えられる日常・社会生活上の課題への対応策').fill('保佐人の選任により財産管理を支援');
  // a lock before the first save keeps everything typed
  await page.getByRole('button', { name: 'ロックする' }).click();
  await unlock(page);
  await expect(radio(form, '日常的な行為に関する短期的な記憶', 'あまりできない')).toBeChecked();
  await expect(form.getByLabel('4 本人にとって重要な意思決定が必要となる日常・社会生活上の課題')).toHaveValue('自宅の売却と施設入所の判断');
  await form.getByLabel('作成者氏名').fill('');
  await form.getByRole('button', { name: '保存する' }).click();
  await expect(form.getByLabel('作成者氏名')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('作成者氏名')).toBeFocused();
  await expect(form.getByLabel('職業（資格）')).toHaveValue('社会福祉士');
  await form.getByLabel('作成者氏名').fill('試験 職員');
  await form.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '本人情報シートを保存しました。' })).toBeVisible();
  await expect(page.getByText('保存済み（2026年11月2日 作成）')).toBeVisible();
  await shot(page, 'sheet-saved');

  // printed once saved, in both sizes; a change not yet saved holds printing back
  const standard = await printVia(page, page.getByRole('button', { name: '印刷（標準）', exact: true }), 'sheet-standard');
  expect(standard.fileName).toBe('本人情報シート_2026-11-02_標準.pdf');
  for (const s of [
    '本人情報シート（成年後見制度用）',
    '情報シート子',
    '試験職員',
    '社会福祉士',
    '自宅の売却と施設入所の判断',
    '保佐人の選任により財産管理を支援',
  ])
    expect(squash(standard.text), s).toContain(s);
  const large = await printVia(page, page.getByRole('button', { name: '印刷（大きな文字）', exact: true }), 'sheet-large');
  expect(large.text.split('\f').length).toBeGreaterThan(standard.text.split('\f').length);
  await form.getByLabel('連絡先').fill('地域ケアプラザ 045-000-0009');
  await expect(page.getByRole('button', { name: '印刷（標準）', exact: true })).toBeDisabled();
  await expect(page.getByText('変更を保存してから印刷できます。')).toBeVisible();
  await form.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('button', { name: '印刷（標準）', exact: true })).toBeEnabled();

  await page.reload();
  await unlock(page);
  await expect(radio(form, '日常的な行為に関する短期的な記憶', 'あまりできない')).toBeChecked();
  await expect(form.getByLabel('6 本人にとって望ましいと考えられる日常・社会生活上の課題への対応策')).toHaveValue(
    '保佐人の選任により財産管理を支援',
  );
  await page.getByRole('link', { name: '相談の記録へ戻る' }).click();
  await expect(page.getByText('本人情報シート：2026年11月2日 作成（試験 職員）')).toBeVisible();
  await expect(page.getByRole('link', { name: '本人情報シートを開く' })).toBeVisible();
});
