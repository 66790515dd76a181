import { describe, expect, it } from 'vitest';
import { FontSet } from '../print/fonts';
import { pageReport, renderPdf } from '../print/render';
import { nodeFonts, pdfFonts, pdfPageCount, pdfText } from '../print/testing/nodeFonts';
import { DEFAULT_TEMPLATES, STANDARD_JA } from './defaults';
import { sampleAnswers } from './sampleNote';
import { endingNoteDocument } from './toPrint';

const fonts = new FontSet(nodeFonts());

describe('ending-note PDFs', () => {
  it('blank form: every section title in order, the disclaimer on page 1, under 200 KB', () => {
    const pdf = renderPdf(endingNoteDocument(STANDARD_JA, { size: 'standard' }), fonts);
    const pages = pdfText(pdf);
    expect(pages[0]).toContain('法的な効力はありません');
    expect(pages[0]).toContain('暗証番号');
    let page = 0;
    for (const [i, s] of STANDARD_JA.sections.entries()) {
      const at = pages.findIndex((p, k) => k >= page && p.includes(`${i + 1}. ${s.title}`));
      expect(at, s.title).toBeGreaterThanOrEqual(page);
      page = at;
    }
    expect(pages.every((p) => p.includes('記入日'))).toBe(true);
    expect(pdf.byteLength).toBeLessThan(200 * 1024);
    expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true);
  });

  it('no printed page is empty: every page of every bundled form holds a question or text, not only the header', () => {
    // Page 4 of the blank 標準 note (and of the English one) once held only the header and the
    // 記入日 line; a section's soft break and a heading with nothing after it must never make one.
    for (const t of DEFAULT_TEMPLATES)
      for (const size of ['standard', 'large'] as const)
        for (const opts of [{}, { personName: '架空 花子' }, { personName: '架空 花子', answers: {}, printedOn: '2026-11-27' }]) {
          const pages = pageReport(endingNoteDocument(t, { size, ...opts }), fonts);
          pages.forEach((p, i) => {
            const held = p.contents.filter((c) => c.kind !== 'pageBreak' && c.kind !== 'heading');
            expect(held.length, `${t.id} ${size} ${'answers' in opts ? 'filled' : 'blank'} page ${i + 1}`).toBeGreaterThan(0);
          });
        }
  });

  it('large print uses more pages than standard', () => {
    const std = pdfPageCount(renderPdf(endingNoteDocument(STANDARD_JA, { size: 'standard' }), fonts));
    const large = pdfPageCount(renderPdf(endingNoteDocument(STANDARD_JA, { size: 'large' }), fonts));
    expect(large).toBeGreaterThan(std);
  });

  it('filled 18-page note: answers land in their own section’s pages, under 400 KB', () => {
    const answers = { ...sampleAnswers(STANDARD_JA), messages: '最後のメッセージ：ありがとう', religion: '浄土真宗（架空）' };
    const pdf = renderPdf(
      endingNoteDocument(STANDARD_JA, { size: 'standard', personName: '𠮷田 ハル', printedOn: '2026-11-27', answers }),
      fonts,
    );
    const pages = pdfText(pdf);
    // 21 pages before sections shared pages (soft breaks) and tables stopped leaving orphan rows.
    expect(pages.length).toBeGreaterThanOrEqual(18);
    expect(pdf.byteLength).toBeLessThan(400 * 1024);
    expect(pages[0]).toContain('𠮷田 ハル');
    expect(pages.every((p) => p.includes('取扱注意'))).toBe(true);
    const sectionPage = (title: string) => pages.findIndex((p) => p.includes(title));
    const funeral = sectionPage('8. 葬儀・お墓');
    const messages = sectionPage('9. 大切な人へのメッセージ');
    const religionAt = pages.findIndex((p) => p.includes('浄土真宗（架空）'));
    expect(religionAt).toBeGreaterThanOrEqual(funeral);
    expect(religionAt).toBeLessThan(messages);
    expect(pages.findIndex((p) => p.includes('最後のメッセージ'))).toBeGreaterThanOrEqual(messages);
  });
});
