// Names in Korean, Chinese and Vietnamese print from the app: the 記録票 of each person is saved as
// a PDF and read back, and the Korean and Chinese faces are fetched only when a document needs
// them, in chain order (a Japanese name fetches neither; a Korean one Noto Sans KR; a simplified
// Chinese one KR, then SC). All names are fictional.
import type { Page } from '@playwright/test';
import { test, expect, createVaultThroughUi, addPersonThroughUi, openMenu, pinClock } from './fixtures';
import { saveThroughWarning } from './printing';

async function saveRecord(page: Page, name: string, file: string): Promise<string> {
  await openMenu(page, '対象者');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  const section = page.getByRole('region', { name: '記録票（引き継ぎ用）' });
  const saved = await saveThroughWarning(page, section.getByRole('button', { name: '記録票を印刷（標準）', exact: true }), file);
  return saved.text;
}

test('Korean, Chinese and Vietnamese names print; the Korean and Chinese fonts are fetched only when needed', async ({ page }) => {
  test.setTimeout(180_000);
  const fonts: string[] = [];
  page.on('request', (r) => {
    const m = /resources\/fonts\/([^/?]+)$/.exec(r.url());
    if (m?.[1]) fonts.push(m[1]);
  });
  await pinClock(page, '2026-11-27T10:00:00+09:00');
  await createVaultThroughUi(page, { name: '鶴見 民子', role: 'commissioner' });
  const people = [
    { name: '架空 太郎', furigana: 'かくう たろう' },
    { name: '김민준', furigana: 'きむ みんじゅん' },
    { name: 'Nguyễn Thị Ánh', furigana: 'ぐえん てぃ あん' },
    { name: '张伟', furigana: 'ちょう い' },
  ];
  for (const p of people) {
    await openMenu(page, '対象者');
    await addPersonThroughUi(page, p);
  }

  expect(await saveRecord(page, '架空 太郎', 'scripts-japanese')).toContain('架空 太郎');
  expect(fonts.filter((f) => /KR|SC|TC/.test(f))).toEqual([]);
  expect(fonts.some((f) => f.startsWith('BIZUDGothic'))).toBe(true);

  expect(await saveRecord(page, '김민준', 'scripts-korean')).toContain('김민준');
  expect(fonts.filter((f) => /KR|SC|TC/.test(f)).sort()).toEqual(['NotoSansKR-Bold.ttf', 'NotoSansKR-Regular.ttf']);

  expect((await saveRecord(page, 'Nguyễn Thị Ánh', 'scripts-vietnamese')).normalize('NFC')).toContain('Nguyễn Thị Ánh');
  expect(fonts.filter((f) => /SC|TC/.test(f))).toEqual([]);

  expect(await saveRecord(page, '张伟', 'scripts-chinese')).toContain('张伟');
  expect(fonts.filter((f) => /KR|SC|TC/.test(f)).sort()).toEqual([
    'NotoSansKR-Bold.ttf',
    'NotoSansKR-Regular.ttf',
    'NotoSansSC-Bold.ttf',
    'NotoSansSC-Regular.ttf',
  ]);
  // Each face is fetched once per app run.
  expect(new Set(fonts).size).toBe(fonts.length);
});
