// Document → pages: blocks into chunks, chunks onto pages, then the page frame (header,
// 取扱注意, 記入日, footer with page x / y — the total is known because layout finishes first).
import { blockChunks, withGap, type BlockContext } from './blocks';
import { drawTextLines, lineHeight } from './draw';
import type { FontSet } from './fonts';
import type { PrintDocument } from './model';
import type { DrawOp, LaidOutPage } from './ops';
import { placeChunks } from './pager';
import { TextMeasure } from './textMeasure';
import { PAGE, PT_TO_MM, THEMES, type Theme } from './theme';

const HEADER_RULE_Y = 16;
const FOOTER_RULE_Y = PAGE.height - 14;

export function layoutDocument(doc: PrintDocument, fonts: FontSet): LaidOutPage[] {
  const t = THEMES[doc.size];
  const m = new TextMeasure(fonts);
  const lang = doc.lang ?? 'ja';
  const ctx: BlockContext = { m, t, left: PAGE.left, width: PAGE.width - PAGE.left - PAGE.right, lang };
  const dateBand = doc.entryDateLine ? entryDateHeight(t) : 0;
  const chunks = doc.blocks.flatMap((b, i) => (i === 0 ? blockChunks(b, ctx) : withGap(blockChunks(b, ctx), ctx)));
  const pages = placeChunks(chunks, { top: PAGE.top + dateBand, bottom: PAGE.height - PAGE.bottom });
  return pages.map((page, i) => ({ ops: [...frameOps(doc, t, m, i + 1, pages.length), ...page.ops] }));
}

function entryDateHeight(t: Theme): number {
  return lineHeight(t.body, 1.2) + 5 * t.scale;
}

function frameOps(doc: PrintDocument, t: Theme, m: TextMeasure, page: number, total: number): DrawOp[] {
  const en = doc.lang === 'en';
  const right = PAGE.width - PAGE.right;
  const headSize = t.small + 1;
  const ops: DrawOp[] = [];
  let titleRoom = right - PAGE.left;
  if (doc.personal) {
    const mark = en ? 'CONFIDENTIAL' : '取扱注意';
    const w = m.width(mark, headSize, true);
    const pad = 1.4;
    const boxH = headSize * PT_TO_MM + 2 * pad;
    ops.push(
      { op: 'rect', x: right - w - 2 * pad, y: HEADER_RULE_Y - 2 - boxH, w: w + 2 * pad, h: boxH, width: 0.5 },
      { op: 'text', x: right - w - pad, y: HEADER_RULE_Y - 2 - pad - headSize * PT_TO_MM * 0.12, size: headSize, bold: true, text: mark },
    );
    titleRoom -= w + 2 * pad + 4;
  }
  const title = ellipsize(doc.title, titleRoom, headSize, m);
  ops.push(
    { op: 'text', x: PAGE.left, y: HEADER_RULE_Y - 2.2, size: headSize, bold: false, text: title, gray: 0.2 },
    { op: 'line', x1: PAGE.left, y1: HEADER_RULE_Y, x2: right, y2: HEADER_RULE_Y, width: 0.3, gray: 0.45 },
  );
  if (doc.entryDateLine) ops.push(...entryDate(t, m, en, right));
  const folio = `${page} / ${total}`;
  const folioSize = t.small + 1;
  ops.push(
    { op: 'line', x1: PAGE.left, y1: FOOTER_RULE_Y, x2: right, y2: FOOTER_RULE_Y, width: 0.3, gray: 0.45 },
    {
      op: 'text',
      x: PAGE.left + (right - PAGE.left - m.width(folio, folioSize)) / 2,
      y: FOOTER_RULE_Y + 5.5,
      size: folioSize,
      bold: false,
      text: folio,
    },
  );
  if (doc.footerNote) {
    const note = ellipsize(doc.footerNote, (right - PAGE.left) / 2 - 12, t.small, m);
    ops.push({ op: 'text', x: PAGE.left, y: FOOTER_RULE_Y + 5.5, size: t.small, bold: false, text: note, gray: 0.3 });
  }
  return ops;
}

function entryDate(t: Theme, m: TextMeasure, en: boolean, right: number): DrawOp[] {
  const label = en ? 'Date filled in' : '記入日';
  const ymd = en ? '  Year          Month        Day' : '　　　　年　　　月　　　日';
  const size = t.body;
  const lh = lineHeight(size, 1.2);
  const ymdW = m.width(ymd, size);
  const labelW = m.width(label, size, true);
  const top = PAGE.top - 2 + 3 * t.scale;
  const x = right - ymdW - labelW - 3;
  return [
    ...drawTextLines([label], x, top, size, lh, true),
    ...drawTextLines([ymd], right - ymdW, top, size, lh, false),
    { op: 'line', x1: x, y1: top + lh + 0.8, x2: right, y2: top + lh + 0.8, width: 0.25 },
  ];
}

function ellipsize(text: string, maxWidth: number, size: number, m: TextMeasure): string {
  if (m.width(text, size) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length && m.width(chars.join('') + '…', size) > maxWidth) chars.pop();
  return chars.join('') + '…';
}
