// Pagination: what each page holds, read from the engine's page report (pageReport), over random
// documents and the app's blank forms. Rules: a split leaves at least 3 writing
// lines or table rows (MIN_SPLIT_TEXT_LINES lines of text) on each side; no page ends with a
// heading; nothing is lost; a block that fits on a page is kept whole unless that costs a page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FontSet } from './fonts';
import type { PrintBlock, PrintDocument } from './model';
import { SOFT_BREAK_FILL } from './pager';
import { pageReport } from './render';
import { nodeFonts } from './testing/nodeFonts';
import { paginationProblems } from './testing/pagination';

const fonts = new FontSet(nodeFonts());
const doc = (blocks: PrintBlock[], size: PrintDocument['size'] = 'standard'): PrintDocument => ({
  title: '試験',
  personal: false,
  size,
  blocks,
  entryDateLine: true,
});

const label = fc.constantFrom('氏名', '住所', '家族・親族', '伝えたいこと', '好きなこと・好きな食べもの（アレルギーなど）');
const block: fc.Arbitrary<PrintBlock> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('heading' as const), level: fc.constantFrom(2 as const, 3 as const), text: label }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('lines' as const), label, count: fc.integer({ min: 1, max: 24 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('table' as const),
      label,
      columns: fc.constant([
        { header: '名前', width: 2 },
        { header: '連絡先', width: 3 },
      ]),
      blankRows: fc.integer({ min: 1, max: 30 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('paragraph' as const),
      text: fc.integer({ min: 1, max: 40 }).map((n) => '書けるところから、少しずつ書いてみましょう。'.repeat(n)),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('field' as const), label }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('checkboxes' as const), label, options: fc.constant(['はい', 'いいえ', 'わからない']) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pageBreak' as const), soft: fc.boolean() }) },
);

/** Random documents, as a form is written: no heading right before a page break. */
const authored = (max: number) =>
  fc
    .array(block, { minLength: 1, maxLength: max })
    .filter((bs) => !bs.some((b, i) => b.kind === 'heading' && bs[i + 1]?.kind === 'pageBreak'));

describe('pagination over random documents (property)', () => {
  it('splits leave enough lines on each side, no page ends with a heading, nothing is lost', () => {
    fc.assert(
      fc.property(authored(40), fc.constantFrom('standard' as const, 'large' as const), (blocks, size) => {
        const pages = pageReport(doc(blocks, size), fonts);
        expect(paginationProblems(pages)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('a block that fits on a page is split only where that saves a page', () => {
    fc.assert(
      fc.property(authored(25), (blocks) => {
        const d = doc(blocks);
        const pages = pageReport(d, fonts);
        // Each split of a block that fits on a page, forced whole instead: never fewer pages.
        const split = new Set(pages.flatMap((p) => p.contents.filter((e) => e.lines !== e.totalLines).map((e) => e.path)));
        for (const path of split) {
          const i = Number(/^blocks\[(\d+)\]$/.exec(path)?.[1] ?? -1);
          const b = blocks[i];
          if (!b || (b.kind !== 'lines' && b.kind !== 'table')) continue;
          const alone = pageReport(doc([b]), fonts);
          if (alone.length > 1) continue; // taller than a page: it must split
          const whole = pageReport(doc([...blocks.slice(0, i), { kind: 'group', blocks: [b] }, ...blocks.slice(i + 1)]), fonts);
          expect(whole.length, path).toBeGreaterThanOrEqual(pages.length);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('keep-together, splits and soft breaks', () => {
  const lines = (count: number, label = '質問'): PrintBlock => ({ kind: 'lines', label, count });
  const std = (blocks: PrintBlock[]) => pageReport(doc(blocks), fonts);

  it('a question with its lines moves whole to the next page rather than leave an orphan line', () => {
    // 24 lines fill most of a page; a 4-line question after them does not fit.
    const pages = std([lines(22, '前の質問'), lines(4, '次の質問')]);
    expect(pages.map((p) => p.contents.map((e) => `${e.label} ${e.lines}/${e.totalLines}`))).toEqual([
      ['前の質問 22/22'],
      ['次の質問 4/4'],
    ]);
  });

  it('a question taller than a page splits with at least 3 lines on each side', () => {
    const pages = std([lines(24, 'はじめ'), lines(40, '長い質問')]);
    const parts = pages.flatMap((p) => p.contents.filter((e) => e.label === '長い質問').map((e) => e.lines));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(40);
    expect(parts.length).toBeGreaterThan(1);
    for (const n of parts) expect(n).toBeGreaterThanOrEqual(3);
  });

  it('splits a question that fits on a page when that saves one', () => {
    // Whole, the second question would need a page of its own, and the third one more.
    const pages = std([lines(14, 'A'), lines(14, 'B'), lines(8, 'C')]);
    expect(pages.length).toBe(2);
    const b = pages.flatMap((p) => p.contents.filter((e) => e.label === 'B').map((e) => e.lines));
    expect(b.length).toBe(2);
  });

  it('a heading is never left at the bottom of a page: it goes with its question', () => {
    const pages = std([lines(22), { kind: 'heading', level: 2, text: '2. 次の章' }, lines(4, '章の質問')]);
    expect(pages[0]?.contents.map((e) => e.kind)).toEqual(['lines']);
    expect(pages[1]?.contents.map((e) => e.label)).toEqual(['2. 次の章', '章の質問']);
  });

  it('a soft page break breaks on a page at least half full, and not on a page less full', () => {
    const next = (before: number) =>
      std([lines(before, '前'), { kind: 'pageBreak', soft: true }, { kind: 'heading', level: 2, text: '次の章' }, lines(2, '後')]);
    const few = next(3);
    expect(few.length).toBe(1);
    expect(few[0]?.fill).toBeLessThan(SOFT_BREAK_FILL + 0.2);
    const many = next(16);
    expect(many.length).toBe(2);
    expect(many[1]?.contents[0]?.label).toBe('次の章');
    // A hard break always breaks.
    expect(std([lines(3), { kind: 'pageBreak' }, lines(2)]).length).toBe(2);
  });

  it('a table split across pages repeats its header row on the next page', () => {
    const pages = pageReport(
      doc([lines(20), { kind: 'table', label: '家族', columns: [{ header: '名前' }, { header: '連絡先' }], blankRows: 30 }]),
      fonts,
    );
    const parts = pages.flatMap((p) => p.contents.filter((e) => e.kind === 'table').map((e) => e.lines));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(30);
    for (const n of parts) expect(n).toBeGreaterThanOrEqual(3);
  });
});
