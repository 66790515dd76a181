// Laid-out pages → PDF bytes over jsPDF: raw content-stream operators for text (so runs in
// different fonts share a line exactly as measured) and vector graphics; jsPDF owns pages,
// compression, cross-references and metadata.
import { jsPDF } from 'jspdf';
import type { FontFace, FontRun, FontSet } from './fonts';
import type { DrawOp, LaidOutPage } from './ops';
import { embedFont, type EmbeddedFont } from './pdfFonts';
import { subsetTrueType } from './subset';
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

export function writePdf(pages: readonly LaidOutPage[], fonts: FontSet, meta: PdfMeta): Uint8Array {
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
  for (const [face, codePoints] of used) embedded.set(face, embedFont(doc, face, subsetTrueType(face, codePoints), codePoints));
  const write = (doc.internal as unknown as { write(...s: string[]): void }).write;
  pages.forEach((page, i) => {
    if (i > 0) doc.addPage('a4', 'portrait');
    const stream: string[] = [];
    for (const op of page.ops) stream.push(opToPdf(op, runsOf.get(op) ?? [], embedded));
    write(stream.join('\n'));
  });
  return new Uint8Array(doc.output('arraybuffer'));
}

function opToPdf(op: DrawOp, runs: readonly FontRun[], embedded: ReadonlyMap<FontFace, EmbeddedFont>): string {
  switch (op.op) {
    case 'text': {
      let s = `BT ${n(op.gray ?? 0)} g ${X(op.x)} ${Y(op.y)} Td`;
      for (const run of runs) {
        const font = embedded.get(run.face);
        if (!font) continue;
        const hex = run.glyphs.map((g) => (font.subset.glyphMap.get(g) ?? 0).toString(16).padStart(4, '0')).join('');
        s += ` /${font.resource} ${n(op.size)} Tf <${hex}> Tj`;
      }
      return s + ' ET';
    }
    case 'line':
      return `q ${n(op.gray ?? 0)} G ${n(op.width * K)} w 1 J ${op.dash ? '[2 2] 0 d' : '[] 0 d'} ${X(op.x1)} ${Y(op.y1)} m ${X(op.x2)} ${Y(op.y2)} l S Q`;
    case 'rect': {
      const paint = op.fill !== undefined ? (op.stroke === false ? 'f' : 'B') : 'S';
      return `q ${n(op.fill ?? 1)} g 0 G ${n(op.width * K)} w ${X(op.x)} ${Y(op.y + op.h)} ${n(op.w * K)} ${n(op.h * K)} re ${paint} Q`;
    }
  }
}
