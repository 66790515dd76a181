import { describe, expect, it } from 'vitest';
import { FontSet } from './fonts';
import type { PrintDocument } from './model';
import { renderPdf } from './render';
import { nodeFonts, pdfText } from './testing/nodeFonts';

const fonts = new FontSet(nodeFonts());
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300"></svg>';

function doc(blocks: PrintDocument['blocks'], size: PrintDocument['size'] = 'standard'): PrintDocument {
  return { title: '図の試験', personal: false, size, blocks };
}

describe('svg block: layout', () => {
  it('reserves its height and moves whole to the next page when it does not fit', () => {
    const fits = pdfText(
      renderPdf(
        doc([
          { kind: 'spacer', height: 100 },
          { kind: 'svg', svg: SVG, width: 160, height: 120, alt: '図' },
          { kind: 'paragraph', text: '図の後' },
        ]),
        fonts,
      ),
    );
    expect(fits).toHaveLength(1);
    const moved = pdfText(
      renderPdf(
        doc([
          { kind: 'spacer', height: 150 },
          { kind: 'svg', svg: SVG, width: 160, height: 120, alt: '図' },
          { kind: 'paragraph', text: '図の後' },
        ]),
        fonts,
      ),
    );
    expect(moved).toHaveLength(2);
    expect(moved[1]).toContain('図の後');
  });
  it('scales with 大きな文字 like other blocks', () => {
    const blocks: PrintDocument['blocks'] = [
      { kind: 'spacer', height: 60 },
      { kind: 'svg', svg: SVG, width: 120, height: 130, alt: '図' },
      { kind: 'paragraph', text: '図の後' },
    ];
    expect(pdfText(renderPdf(doc(blocks), fonts))).toHaveLength(1);
    expect(pdfText(renderPdf(doc(blocks, 'large'), fonts))).toHaveLength(2);
  });
});
