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
 * line placed relative to the one before (Td) and the font, size and colour set only when they
 * change; consecutive lines or rectangles drawn alike share one path and one paint operator; the
 * graphics state is set only when it changes (no q…Q). What is drawn, and in which order, is
 * exactly the list of operations.
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
  let path: { key: string; paint: string; parts: string[] } | undefined;
  const flushPath = (): void => {
    if (path) out.push(`${path.parts.join(' ')} ${path.paint}`);
    path = undefined;
  };
  const endText = (): void => {
    if (inText) out.push('ET');
    inText = false;
  };
  const addPath = (key: string, paint: string, setState: () => void, part: string): void => {
    if (path?.key !== key || path.paint !== paint) {
      flushPath();
      setState();
      path = { key, paint, parts: [] };
    }
    path.parts.push(part);
  };
  for (const op of ops) {
    if (op.op === 'text') {
      flushPath();
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
    endText();
    if (op.op === 'line') {
      const gray = n(op.gray ?? 0);
      const width = n(op.width * K);
      const dash = op.dash ? '[2 2] 0' : '[] 0';
      addPath(
        `L ${gray} ${width} ${dash}`,
        'S',
        () => {
          set('G', gray);
          set('w', width);
          set('J', '1');
          set('d', dash);
        },
        `${X(op.x1)} ${Y(op.y1)} m ${X(op.x2)} ${Y(op.y2)} l`,
      );
    } else {
      const paint = op.fill !== undefined ? (op.stroke === false ? 'f' : 'B') : 'S';
      const fill = n(op.fill ?? 1);
      const width = n(op.width * K);
      addPath(
        `R ${paint === 'S' ? '' : fill} ${paint === 'f' ? '' : width}`,
        paint,
        () => {
          if (paint !== 'S') set('g', fill);
          if (paint !== 'f') {
            set('G', '0');
            set('w', width);
            set('d', '[] 0');
          }
        },
        `${X(op.x)} ${Y(op.y + op.h)} ${n(op.w * K)} ${n(op.h * K)} re`,
      );
    }
  }
  flushPath();
  endText();
  return out.join('\n');
}
