// The PDF size budget (issue 11): what our documents cost in bytes, and where those bytes go, read
// back with the same anatomy that `npm run bench:print` prints next to Chromium's page.pdf().
import { describe, expect, it } from 'vitest';
import { pdfAnatomy, type PdfAnatomy } from '../../scripts/lib/pdf-anatomy.mjs';
import { FontSet, plainText, renderPdf, type PrintBlock, type PrintDocument } from '../print';
import { nodeFonts, pdfText, popplerMissing } from '../print/testing/nodeFonts';
import { printSamples } from '.';

const fonts = new FontSet(nodeFonts());
const creationDate = new Date('2025-04-01T00:00:00Z');
const sample = (fileName: string): PrintDocument => {
  const found = printSamples.find((s) => s.fileName === fileName);
  if (!found) throw new Error(`no sample ${fileName}`);
  return found.build();
};
const render = (doc: PrintDocument, hinting = true): Uint8Array => renderPdf(doc, fonts, { creationDate, hinting });

// The blank forms' bytes are deterministic (fixed date and file id). Before the fonts lost the
// tables a PDF does not read they were 102,672 and 103,925 bytes; Chromium's page.pdf() of the
// same forms is about 106,400 and 109,600 (npm run bench:print). The ceilings were first set at
// 93,576 and 94,810 (without hinting 74,854 and 76,088) plus 3 %. The もしも手帳's three questions in
// the city's words and the 「わからない・まだ決めていない」 options (issue 16) added 2.8 KB, so they
// are now the sizes since (96,381 and 97,990; without hinting 77,032 and 78,641) plus 3 %.
const CEILINGS: [string, string, boolean, number][] = [
  ['blank ending-note form (標準)', 'ending-note-blank.pdf', true, 99_300],
  ['blank ending-note form (大きな文字)', 'ending-note-blank-large.pdf', true, 100_900],
  ['blank ending-note form (標準) without hinting', 'ending-note-blank.pdf', false, 79_300],
  ['blank ending-note form (大きな文字) without hinting', 'ending-note-blank-large.pdf', false, 81_000],
];

const DOCUMENTS = [
  'ending-note-blank.pdf',
  'ending-note-blank-large.pdf',
  'ending-note-filled.pdf',
  'filled-record-20pages.pdf',
  'minutes-case.pdf',
  'activity-report-month.pdf',
  'activity-report-fiscal-year.pdf',
];

const anatomies = new Map<string, { bytes: Uint8Array; anatomy: PdfAnatomy }>();
function anatomyOf(fileName: string, hinting = true): { bytes: Uint8Array; anatomy: PdfAnatomy } {
  const key = `${fileName} ${hinting}`;
  let a = anatomies.get(key);
  if (!a) {
    const bytes = render(sample(fileName), hinting);
    a = { bytes, anatomy: pdfAnatomy(bytes) };
    anatomies.set(key, a);
  }
  return a;
}

describe('PDF size budget', () => {
  for (const [name, fileName, hinting, ceiling] of CEILINGS) {
    it(`the ${name} stays under ${ceiling.toLocaleString('en')} bytes`, () => {
      expect(anatomyOf(fileName, hinting).bytes.length).toBeLessThan(ceiling);
    });
  }

  it('every byte of the file is accounted for by the anatomy', () => {
    const { bytes, anatomy } = anatomyOf('ending-note-blank.pdf');
    expect(anatomy.total).toBe(bytes.length);
    expect(anatomy.parts.reduce((s, p) => s + p.fileBytes, 0)).toBe(bytes.length);
    expect(anatomy.parts.find((p) => p.kind.startsWith('other'))).toBeUndefined();
  });

  for (const fileName of DOCUMENTS) {
    it(`${fileName}: each font embedded once per weight, without the tables a PDF does not read; every stream compressed`, () => {
      const { anatomy } = anatomyOf(fileName);
      expect(anatomy.fonts.length).toBeGreaterThanOrEqual(2);
      const names = anatomy.fonts.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      for (const f of anatomy.fonts) {
        expect(f.embeddings, f.name).toBe(1);
        expect(f.name).toMatch(/-(Regular|Bold)$/);
        const tags = f.tables?.map((t) => t.tag);
        for (const tag of ['cmap', 'name', 'post', 'OS/2', 'GSUB', 'vmtx']) expect(tags, f.name).not.toContain(tag);
      }
      const programs = anatomy.parts.filter((p) => p.kind === 'font programs');
      expect(programs.map((p) => p.label).sort()).toEqual([...names].sort());
      for (const part of anatomy.parts) expect(part.filteredStreams, `${part.kind} ${part.label}`).toBe(part.streams);
      const content = anatomy.parts.find((p) => p.kind === 'content streams');
      expect(content?.streams).toBeGreaterThan(0);
    });
  }

  it('hinting is kept by default and left out on request', () => {
    for (const f of anatomyOf('ending-note-blank.pdf').anatomy.fonts) {
      expect(f.tables?.map((t) => t.tag)).toContain('fpgm');
      expect(f.glyphInstructions).toBeGreaterThan(0);
    }
    for (const f of anatomyOf('ending-note-blank.pdf', false).anatomy.fonts) {
      expect(f.tables?.map((t) => t.tag)).not.toContain('fpgm');
      expect(f.glyphInstructions).toBe(0);
    }
  });
});

function texts(blocks: readonly PrintBlock[]): { headings: string[]; labels: string[] } {
  const headings: string[] = [];
  const labels: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') headings.push(plainText(b.text));
    else if (b.kind === 'field') labels.push(plainText(b.label));
    else if (b.kind === 'group') {
      const inner = texts(b.blocks);
      headings.push(...inner.headings);
      labels.push(...inner.labels);
    }
  }
  return { headings, labels };
}

const noPoppler = popplerMissing('shared/samples/pdfSize.test.ts');

describe('the smaller PDFs still carry their text', () => {
  for (const [fileName, hinting] of [
    ['ending-note-blank.pdf', true],
    ['ending-note-blank-large.pdf', true],
    ['ending-note-blank.pdf', false],
  ] as const) {
    it.skipIf(noPoppler !== undefined)(`${fileName}${hinting ? '' : ' without hinting'}: pdftotext gives back every heading and label, in order`, () => {
      const doc = sample(fileName);
      const { headings, labels } = texts(doc.blocks);
      expect(headings.length).toBeGreaterThan(5);
      expect(headings.join('')).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      const text = pdfText(anatomyOf(fileName, hinting).bytes).join('').replace(/\s+/g, '');
      let at = -1;
      for (const heading of headings) {
        const next = text.indexOf(heading.replace(/\s+/g, ''), at + 1);
        expect(next, `${heading} after position ${at}`).toBeGreaterThan(at);
        at = next;
      }
      for (const label of labels) expect(text, label).toContain(label.replace(/\s+/g, ''));
    });
  }
});
