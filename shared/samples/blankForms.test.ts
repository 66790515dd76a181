// Blank forms waste no paper (issue 13): what each page of the app's blank forms holds, from the
// engine's page report. Before the pagination rules, the standard blank note was 12 pages (標準)
// and 14 (特大), with a page holding one writing line; the 特大 本人情報シート had a page 53 % full
// in the middle of its section 3.
import { describe, expect, it } from 'vitest';
import { FontSet, pageReport, type PageReport, type PrintDocument } from '../print';
import { nodeFonts } from '../print/testing/nodeFonts';
import { paginationProblems } from '../print/testing/pagination';
import { printSamples } from '.';

const fonts = new FontSet(nodeFonts());
const sample = (fileName: string): PrintDocument => {
  const found = printSamples.find((s) => s.fileName === fileName);
  if (!found) throw new Error(`no sample ${fileName}`);
  return found.build();
};

/** [sample, pages at most, what it was before] */
const FORMS: [string, number, number][] = [
  ['ending-note-blank.pdf', 10, 12],
  ['ending-note-blank-large.pdf', 13, 14],
  ['ending-note-yasashii-blank.pdf', 7, 7],
  ['ending-note-easy-large.pdf', 4, 6],
  ['ending-note-english.pdf', 10, 12],
  ['person-sheet-blank-large.pdf', 7, 7],
];

const describePage = (p: PageReport) => p.contents.map((e) => `${e.kind} ${e.label} ${e.lines}/${e.totalLines}`).join(' | ');

describe('blank forms waste no paper', () => {
  for (const [fileName, most, before] of FORMS) {
    describe(fileName, () => {
      const pages = pageReport(sample(fileName), fonts);

      it(`keeps the pagination rules, in at most ${most} pages (${before} before)`, () => {
        expect(paginationProblems(pages)).toEqual([]);
        expect(pages.length).toBeLessThanOrEqual(most);
      });

      it('no page holds only a writing line or two, or only the tail of a question', () => {
        for (const [i, p] of pages.entries()) {
          const lines = p.contents.reduce((n, e) => n + e.lines, 0);
          expect(lines, `page ${i + 1}: ${describePage(p)}`).toBeGreaterThan(2);
          const tailOnly = p.contents.length === 1 && p.contents[0] && p.contents[0].lines < p.contents[0].totalLines;
          expect(tailOnly, `page ${i + 1}: ${describePage(p)}`).toBe(false);
        }
      });
    });
  }

  it('every question of the blank ending notes is whole on one page (each fits on one)', () => {
    for (const fileName of ['ending-note-blank.pdf', 'ending-note-blank-large.pdf', 'ending-note-yasashii-blank.pdf']) {
      const split = pageReport(sample(fileName), fonts).flatMap((p) => p.contents.filter((e) => e.lines !== e.totalLines));
      expect(split.map((e) => e.label), fileName).toEqual([]);
    }
  });

  it('the 特大 本人情報シート has no page but the last less than 70 % full; a sub-item broken across pages repeats its heading', () => {
    const pages = pageReport(sample('person-sheet-blank-large.pdf'), fonts);
    for (const [i, p] of pages.slice(0, -1).entries()) expect(p.fill, `page ${i + 1}: ${describePage(p)}`).toBeGreaterThanOrEqual(0.7);
    // A page that starts inside a sub-item starts with its heading again (（続き）).
    for (const p of pages.slice(1)) {
      const first = p.contents[0];
      if (first && /\.blocks\[\d+\]$/.test(first.path) && !first.path.endsWith('.blocks[0]'))
        throw new Error(`a page starts inside a sub-item without its heading: ${describePage(p)}`);
    }
  });
});
