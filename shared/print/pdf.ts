// Laid-out pages → PDF bytes over jsPDF: raw content-stream operators for text (so runs in
// different fonts share a line exactly as measured) and vector graphics; jsPDF owns pages,
// compression, cross-references and metadata.
import { jsPDF } from 'jspdf';
import type { FontFace, FontRun, FontSet } from './fonts';
import type { DrawOp, LaidOutPage } from './ops';
import { embedFont, type EmbeddedFont } from './pdfFonts';
import { subsetTrueType, type SubsetOptions } from './subset';
import { PAGE } from './theme';

export interface PdfMeta {
  readonly title: string;
  readonly subject?: string;
  readonly author?: string;
  readonly lang: 'ja' | 'en';
  /** Fixed creation date for reproducible output (tests, samples). */
  readonly creationDate?: Date;
}

const K = 72 / 25.4;
const n = (v: number): string => (Math.round(v * 100) / 100).toString();
const X = (mm: number): string => n(mm * K);
const Y = (mm: number): string => n((PAGE.height - mm) * K);

export function writePdf(pages: readonly LaidOutPage[], fonts: FontSet, meta: PdfMeta, fontOptions: SubsetOptions = {}): Uint8Array {
  const runsOf = new Map<DrawOp, FontRun[]>();
  const used = new Map<FontFace, Map<number, number>>();
  for (const page of pages) {
    for (const op of page.ops) {
      if (op.op !== 'text') continue;
      const runs = fonts.runs(op.text, op.bold);
      runsOf.set(op, runs);
      for (const run of runs) {
        const map = used.get(run.face) ?? new Map<number, number>();
        used.set(run.face, map);
        let i = 0;
        for (const ch of run.text) map.set(ch.codePointAt(0) ?? 0, run.glyphs[i++] ?? 0);
      }
    }
  }
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  doc.setProperties({ title: meta.title, subject: meta.subject ?? '', author: meta.author ?? '', creator: 'あいねっと記録帳' });
  doc.setLanguage(meta.lang === 'en' ? 'en-US' : 'ja');
  if (meta.creationDate) {
    doc.setCreationDate(meta.creationDate);
    doc.setFileId('0'.repeat(32));
  }
  const embedded = new Map<FontFace, EmbeddedFont>();
  for (const [face, codePoints] of used)
    embedded.set(face, embedFont(doc, face, subsetTrueType(face, codePoints, fontOptions), codePoints));
  const write = (doc.internal as unknown as { write(...s: string[]): void }).write;
  pages.forEach((page, i) => {
    if (i > 0) doc.addPage('a4', 'portrait');
    write(pageContent(page.ops, runsOf, embedded));
  });
  return new Uint8Array(doc.output('arraybuffer'));
}

/** Integer hundredths of a point: positions are written to 0.01 pt, and deltas of them stay exact. */
const cX = (mm: number): number => Math.round(mm * K * 100);
const cY = (mm: number): number => Math.round((PAGE.height - mm) * K * 100);
const c = (v: number): string => (v / 100).toString();

/**
 * One page's content stream. Text goes in as few BT…ET blocks as the drawing order allows, each
 * line placed relative to the one before (Td), and the font, size, colours, line width, cap and
 * dash are set only when they change (no q…Q per operation). Every line and rectangle is still
 * painted on its own, in the layout's order, so what is drawn is exactly what it was.
 */
function pageContent(
  ops: readonly DrawOp[],
  runsOf: ReadonlyMap<DrawOp, readonly FontRun[]>,
  embedded: ReadonlyMap<FontFace, EmbeddedFont>,
): string {
  const out: string[] = [];
  const state = new Map<string, string>();
  const set = (operator: string, value: string): void => {
    if (state.get(operator) === value) return;
    state.set(operator, value);
    out.push(`${value} ${operator}`);
  };
  let inText = false;
  let lineX = 0;
  let lineY = 0;
  for (const op of ops) {
    if (op.op === 'text') {
      if (!inText) {
        out.push('BT');
        inText = true;
        lineX = 0;
        lineY = 0;
      }
      set('g', n(op.gray ?? 0));
      const x = cX(op.x);
      const y = cY(op.y);
      out.push(`${c(x - lineX)} ${c(y - lineY)} Td`);
      lineX = x;
      lineY = y;
      for (const run of runsOf.get(op) ?? []) {
        const font = embedded.get(run.face);
        if (!font) continue;
        set('Tf', `/${font.resource} ${n(op.size)}`);
        out.push(`<${run.glyphs.map((g) => (font.subset.glyphMap.get(g) ?? 0).toString(16).padStart(4, '0')).join('')}> Tj`);
      }
      continue;
    }
    if (inText) out.push('ET');
    inText = false;
    if (op.op === 'line') {
      set('G', n(op.gray ?? 0));
      set('w', n(op.width * K));
      set('J', '1');
      set('d', op.dash ? '[2 2] 0' : '[] 0');
      out.push(`${X(op.x1)} ${Y(op.y1)} m ${X(op.x2)} ${Y(op.y2)} l S`);
    } else {
      const paint = op.fill !== undefined ? (op.stroke === false ? 'f' : 'B') : 'S';
      if (paint !== 'S') set('g', n(op.fill ?? 1));
      if (paint !== 'f') {
        set('G', '0');
        set('w', n(op.width * K));
        set('d', '[] 0');
      }
      out.push(`${X(op.x)} ${Y(op.y + op.h)} ${n(op.w * K)} ${n(op.h * K)} re ${paint}`);
    }
  }
  if (inText) out.push('ET');
  return out.join('\n');
}
