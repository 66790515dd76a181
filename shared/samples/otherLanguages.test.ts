// Templates the staff writes in Korean, Vietnamese, Chinese, Portuguese or Tagalog: they pass the
// template rules as they are, print with the bundled fonts, and every word comes back whole from
// pdftotext (Latin and Hangul break only at spaces).
import { describe, expect, it } from 'vitest';
import { endingNoteDocument } from '../endingNotes/toPrint';
import { templateSchema, type EndingNoteTemplate } from '../endingNotes/template';
import { findMissingGlyphs, FontSet, renderPdf } from '../print';
import { allNodeFonts, pdfText, popplerMissing } from '../print/testing/nodeFonts';
import { KOREAN_TEMPLATE, MIXED_TEMPLATE, namesDocument, NAMES_BY_SCRIPT, VIETNAMESE_TEMPLATE } from './otherLanguages';

const fonts = new FontSet(allNodeFonts());
const noPoppler = popplerMissing('shared/samples/otherLanguages.test.ts');

const TEMPLATES: [string, EndingNoteTemplate][] = [
  ['Korean', KOREAN_TEMPLATE],
  ['Vietnamese', VIETNAMESE_TEMPLATE],
  ['Chinese, Portuguese and Tagalog', MIXED_TEMPLATE],
];

function strings(t: EndingNoteTemplate): string[] {
  return t.sections.flatMap((s) => [
    s.title,
    ...(s.guidance ? [s.guidance] : []),
    ...s.questions.flatMap((q) => [q.label, ...('options' in q ? q.options : []), ...(q.kind === 'table' ? q.columns.map((c) => c.label) : [])]),
  ]);
}

describe('templates in other languages', () => {
  for (const [language, template] of TEMPLATES) {
    it(`${language}: passes the template rules and has nothing the fonts cannot draw`, () => {
      expect(templateSchema.safeParse(template).success).toBe(true);
      for (const size of ['standard', 'large'] as const) expect(findMissingGlyphs(endingNoteDocument(template, { size }), fonts)).toEqual([]);
    });
    for (const size of ['standard', 'large'] as const) {
      it.skipIf(noPoppler !== undefined)(`${language} (${size}): pdftotext gives back every word whole`, () => {
        const text = pdfText(renderPdf(endingNoteDocument(template, { size }), fonts)).join('\n').normalize('NFC');
        const tokens = new Set(text.split(/\s+/));
        for (const s of strings(template)) {
          // Chinese has no spaces: its strings come back whole once the line breaks are taken out.
          if (/[\u4e00-\u9fff]/.test(s) && !/[ ]/.test(s)) {
            expect(text.replace(/\s+/g, '')).toContain(s.replace(/\s+/g, ''));
            continue;
          }
          for (const word of s.normalize('NFC').split(' ')) expect(tokens, `${word} (from ${s})`).toContain(word);
        }
      });
    }
  }

  it.skipIf(noPoppler !== undefined)('the sample name list prints every name', () => {
    for (const size of ['standard', 'large'] as const) {
      const lines = pdfText(renderPdf(namesDocument(size), fonts))
        .join('\n')
        .split('\n')
        .map((l) => l.trim());
      for (const [, name] of NAMES_BY_SCRIPT) expect(lines.some((l) => l.endsWith(name.normalize('NFC'))), name).toBe(true);
    }
  });
});
