// Document → pages: blocks into chunks, chunks onto pages, then the page frame (header,
// 取扱注意, 記入日, footer with page x / y — the total is known because layout finishes first).
import { blockUnit, type BlockContext } from './blocks';
import { lineHeight } from './draw';
import type { FontSet } from './fonts';
import type { PrintDocument, RichText } from './model';
import type { DrawOp, LaidOutPage } from './ops';
import { placeUnits } from './pager';
import { drawRichLine, lineBox, richWidth, wrapRich, type RichLine } from './ruby';
import { TextMeasure } from './textMeasure';
import { PAGE, PT_TO_MM, THEMES, type Theme } from './theme';

const HEADER_RULE_Y = 16;
const FOOTER_RULE_Y = PAGE.height - 14;

export function layoutDocument(doc: PrintDocument, fonts: FontSet): LaidOutPage[] {
  const t = THEMES[doc.size];
  const m = new TextMeasure(fonts);
  const lang = doc.lang ?? 'ja';
  const ctx: BlockContext = {
    m,
    t,
    left: PAGE.left,
    width: PAGE.width - PAGE.left - PAGE.right,
    lang,
    keepPhrases: doc.keepPhrases ?? false,
  };
  const date = entryDateText(doc, m, t);
  const dateBand = date ? entryDateHeight(t, date) : 0;
  const units = doc.blocks.map((b, i) => blockUnit(b, ctx, `blocks[${i}]`, i > 0));
  const pages = placeUnits(units, { top: PAGE.top + dateBand, bottom: PAGE.height - PAGE.bottom });
  return pages.map((page, i) => ({
    ops: [...frameOps(doc, t, m, i + 1, pages.length, date), ...page.ops],
    ...(page.contents ? { contents: page.contents } : {}),
    ...(page.fill !== undefined ? { fill: page.fill } : {}),
  }));
}

interface EntryDate {
  readonly label: RichLine;
  readonly ymd: RichLine;
}

/** The 記入日 line's two parts, each on one line. */
function entryDateText(doc: PrintDocument, m: TextMeasure, t: Theme): EntryDate | undefined {
  if (!doc.entryDateLine) return undefined;
  const en = doc.lang === 'en';
  const given = doc.entryDateLine === true ? undefined : doc.entryDateLine;
  const label: RichText = given?.label ?? (en ? 'Date filled in' : '記入日');
  const ymd: RichText = given?.ymd ?? (en ? '  Year          Month        Day' : '　　　　年　　　月　　　日');
  const one = (text: RichText, bold: boolean): RichLine => {
    const lines = wrapRich(m, text, Infinity, t.body, bold);
    return { runs: lines.flatMap((l) => l.runs), ruby: lines.some((l) => l.ruby) };
  };
  return { label: one(label, true), ymd: one(ymd, false) };
}

function entryDateHeight(t: Theme, date: EntryDate): number {
  const lh = lineHeight(t.body, 1.2);
  return Math.max(lineBox(date.label, lh, t.body), lineBox(date.ymd, lh, t.body)) + 5 * t.scale;
}

function frameOps(doc: PrintDocument, t: Theme, m: TextMeasure, page: number, total: number, date?: EntryDate): DrawOp[] {
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
  if (date) ops.push(...entryDate(t, m, date, right));
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

function entryDate(t: Theme, m: TextMeasure, date: EntryDate, right: number): DrawOp[] {
  const size = t.body;
  const lh = lineHeight(size, 1.2);
  const ruby = date.label.ruby || date.ymd.ruby;
  const line = (l: RichLine): RichLine => ({ runs: l.runs, ruby });
  const ymdW = richWidth(m, date.ymd.runs, size);
  const labelW = richWidth(m, date.label.runs, size, true);
  const top = PAGE.top - 2 + 3 * t.scale;
  const box = lineBox(line(date.label), lh, size);
  const x = right - ymdW - labelW - 3;
  return [
    ...drawRichLine(m, line(date.label), x, top, lh, { size, bold: true }),
    ...drawRichLine(m, line(date.ymd), right - ymdW, top, lh, { size, bold: false }),
    { op: 'line', x1: x, y1: top + box + 0.8, x2: right, y2: top + box + 0.8, width: 0.25 },
  ];
}

function ellipsize(text: string, maxWidth: number, size: number, m: TextMeasure): string {
  if (m.width(text, size) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length && m.width(chars.join('') + '…', size) > maxWidth) chars.pop();
  return chars.join('') + '…';
}
