import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { decodeQR } from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { FontSet } from './fonts';
import { handoverKeySheet, recipientLines } from './handoverKeySheet';
import { qrModules, qrOps } from './qr';
import { renderPdf } from './render';
import { nodeFonts, pdfText, savePdf } from './testing/nodeFonts';

const fonts = new FontSet(nodeFonts());
const RECIPIENT = 'age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg';

/** The first page rasterised by poppler (gray, PGM), as RGB pixels for the decoder. */
function firstPage(bytes: Uint8Array, dpi: number): { width: number; height: number; data: Uint8Array } {
  const file = savePdf(bytes);
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', '1', '-l', '1', '-singlefile', file, file]);
  const pgm = readFileSync(`${file}.pgm`);
  // P5\n<w> <h>\n<max>\n<bytes>
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const [, w, h] = header.map(Number) as [number, number, number];
  const gray = pgm.subarray(header[0].length);
  const data = new Uint8Array(w * h * 3);
  for (let i = 0; i < w * h; i++) data.fill(gray[i] ?? 255, i * 3, i * 3 + 3);
  return { width: w, height: h, data };
}

describe('QR codes in print', () => {
  it('draws a run of dark modules in a row as one filled rectangle', () => {
    const ops = qrOps(
      [
        [true, true, false, true],
        [false, false, false, false],
      ],
      10,
      20,
      2,
    );
    expect(ops).toEqual([
      { op: 'rect', x: 10, y: 20, w: 4, h: 2, width: 0, fill: 0, stroke: false },
      { op: 'rect', x: 16, y: 20, w: 2, h: 2, width: 0, fill: 0, stroke: false },
    ]);
  });

  it('the hand-over key sheet, printed and scanned back at 150 dpi, gives the key; the text is there in groups of four', () => {
    for (const size of ['standard', 'large'] as const) {
      const bytes = renderPdf(handoverKeySheet(RECIPIENT, { size, createdOn: '2026年12月1日' }), fonts);
      expect(pdfText(bytes), 'one page').toHaveLength(1);
      expect(decodeQR(firstPage(bytes, 150))).toBe(RECIPIENT);
      const text = pdfText(bytes).join('\n');
      for (const line of recipientLines(RECIPIENT)) expect(text).toContain(line);
      expect(text).toContain('個人情報は含まれていません');
      // No 取扱注意 mark: the sheet may be handed round.
      expect(text).not.toContain('取扱注意');
    }
    expect(recipientLines(RECIPIENT)[0]).toBe('age1 lggy hqrw 2nlh');
  });

  it('a different key gives a different symbol', () => {
    expect(qrModules(RECIPIENT)).not.toEqual(qrModules(RECIPIENT.replace('lggy', 'lggz')));
  });
});
