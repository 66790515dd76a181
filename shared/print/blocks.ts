// Turns each PrintBlock into measured chunks for the pager, and tells the pager how the block
// may be split (blockUnit).
import type { PrintBlock, RichText } from './model';
import type { DrawOp } from './ops';
import type { Chunk, Unit } from './pager';
import type { TextMeasure } from './textMeasure';
import type { Theme } from './theme';
import { drawCheck, drawTextLines, lineHeight, textBaseline } from './draw';
import { drawRichLine, drawRichLines, lineBox, linesHeight, plainText, richWidth, wrapRich, type RichLine } from './ruby';
import { qrChunks } from './qr';
import { svgChunks } from './svgBlock';

export interface BlockContext {
  readonly m: TextMeasure;
  readonly t: Theme;
  readonly left: number;
  readonly width: number;
  readonly lang: 'ja' | 'en';
  /** Lines break only between phrases (PrintDocument.keepPhrases). */
  readonly keepPhrases: boolean;
}

/** Wraps rich text in this document's way. */
function wrap(ctx: BlockContext, t: RichText, maxWidth: number, size: number, bold = false): RichLine[] {
  return wrapRich(ctx.m, t, maxWidth, size, bold, ctx.keepPhrases);
}

const RULE = 0.25;
const LIGHT = 0.55;

/**
 * Writing lines and table rows: a split leaves at least this many on each side (a hand that
 * starts an answer needs room to go on). Lines of text: at least two (no orphan, no widow).
 */
export const MIN_SPLIT_LINES = 3;
export const MIN_SPLIT_TEXT_LINES = 2;

/** A block's chunks (with `path` as their source) and how the pager may split them. */
export function blockUnit(block: PrintBlock, ctx: BlockContext, path: string, gap: boolean): Unit {
  const chunks = blockChunks(block, ctx, path);
  const flows = block.kind === 'paragraph';
  // A splittable group breaks only between its blocks (each is glued whole), so it counts no lines.
  const minLines = flows ? MIN_SPLIT_TEXT_LINES : block.kind === 'group' && block.split ? 0 : MIN_SPLIT_LINES;
  return { chunks: gap ? withGap(chunks, ctx) : chunks, keep: flows ? 'flow' : 'whole', minLines };
}

function blockLabel(b: PrintBlock): string {
  const text = ((): RichText => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
      case 'code':
        return b.text;
      case 'field':
      case 'lines':
      case 'box':
      case 'checkboxes':
      case 'table':
        return b.label ?? '';
      case 'note':
        return b.title ?? b.text;
      case 'svg':
        return b.alt;
      default:
        return '';
    }
  })();
  const plain = plainText(text);
  return [...plain].length > 40 ? `${[...plain].slice(0, 40).join('')}…` : plain;
}

export function blockChunks(block: PrintBlock, ctx: BlockContext, path = 'blocks'): Chunk[] {
  const source = { path, kind: block.kind, label: blockLabel(block) };
  return kindChunks(block, ctx, path).map((c) => (c.source ? c : { ...c, source }));
}

function kindChunks(block: PrintBlock, ctx: BlockContext, path: string): Chunk[] {
  switch (block.kind) {
    case 'heading':
      return heading(block, ctx);
    case 'paragraph': {
      const lines = paragraph(block.text, ctx, block.bold ?? false, block.muted ? 0.3 : 0);
      return block.keepWithNext ? lines.map((c, i) => (i === lines.length - 1 ? { ...c, keepWithNext: true } : c)) : lines;
    }
    case 'field':
      return field(block, ctx);
    case 'lines':
      return writingLines(block, ctx);
    case 'box':
      return box(block, ctx);
    case 'checkboxes':
      return checkboxes(block, ctx);
    case 'table':
      return table(block, ctx);
    case 'signature':
      return signature(block, ctx);
    case 'note':
      return note(block, ctx);
    case 'code':
      return code(block, ctx);
    case 'qr':
      return qrChunks(block, ctx);
    case 'svg':
      return svgChunks(block, ctx);
    case 'spacer':
      return [{ height: block.height * ctx.t.scale, draw: () => [] }];
    case 'pageBreak':
      // A soft break that does not break leaves a wider gap before what follows.
      return block.soft
        ? [{ height: 4 * ctx.t.scale, pageBreakBefore: 'soft', draw: () => [] }]
        : [{ height: 0, pageBreakBefore: true, draw: () => [] }];
    case 'group': {
      const inner = block.blocks.map((b, i) => withGap(blockChunks(b, ctx, `${path}.blocks[${i}]`), ctx));
      const glue = (cs: Chunk[]): Chunk[] => cs.map((c, i) => (i < cs.length - 1 ? { ...c, keepWithNext: true } : c));
      if (!block.split) return glue(inner.flat());
      // Broken across pages, a group that starts with a heading repeats it, marked 続き.
      const head = block.blocks[0];
      const chunks = inner.flatMap(glue);
      if (head?.kind !== 'heading') return chunks;
      const more = ctx.lang === 'en' ? ' (continued)' : '（続き）';
      const [again] = heading({ ...head, text: typeof head.text === 'string' ? head.text + more : [...head.text, more] }, ctx);
      if (!again) return chunks;
      const source = inner[0]?.[0]?.source;
      const repeat: Chunk = { ...again, spaceBefore: 0, keepWithNext: false, ...(source ? { source } : {}) };
      const after = inner[0]?.length ?? 0;
      return chunks.map((c, i) => (i >= after && !c.repeatOnNewPage ? { ...c, repeatOnNewPage: repeat } : c));
    }
  }
}

/** Adds the block gap above a block's first chunk. */
export function withGap(chunks: Chunk[], ctx: BlockContext): Chunk[] {
  const [first, ...rest] = chunks;
  return first ? [{ ...first, spaceBefore: (first.spaceBefore ?? 0) + ctx.t.blockGap }, ...rest] : [];
}

function heading(b: Extract<PrintBlock, { kind: 'heading' }>, ctx: BlockContext): Chunk[] {
  const size = ctx.t.heading[b.level - 1] ?? ctx.t.body;
  const indent = b.level === 2 ? 3 * ctx.t.scale : 0;
  const lines = wrap(ctx, b.text, ctx.width - indent, size, true);
  const lh = lineHeight(size, 1.35);
  const rule = b.level === 1 ? 1.5 : 0;
  const textH = linesHeight(lines, lh, size);
  const height = textH + rule;
  return [
    {
      height,
      spaceBefore: b.level === 1 ? 3 * ctx.t.scale : 1.5 * ctx.t.scale,
      keepWithNext: true,
      draw: (top) => {
        const ops: DrawOp[] = drawRichLines(ctx.m, lines, ctx.left + indent, top, lh, { size, bold: true });
        if (b.level === 1)
          ops.push({ op: 'line', x1: ctx.left, y1: top + height - 0.6, x2: ctx.left + ctx.width, y2: top + height - 0.6, width: 0.6 });
        if (b.level === 2) {
          // The bar runs beside the bases, not the readings above them.
          const rise = lines[0] ? lineBox(lines[0], lh, size) - lh : 0;
          ops.push({
            op: 'rect',
            x: ctx.left,
            y: top + rise + lh * 0.18,
            w: 1.2 * ctx.t.scale,
            h: textH - rise - lh * 0.3,
            width: 0,
            fill: 0.25,
            stroke: false,
          });
        }
        return ops;
      },
    },
  ];
}

/** One chunk per line (the pager keeps at least two on each side of a page break). */
export function paragraph(text: RichText, ctx: BlockContext, bold = false, gray = 0, size = ctx.t.body): Chunk[] {
  const lines = wrap(ctx, text, ctx.width, size, bold);
  const lh = lineHeight(size, ctx.t.leading);
  return lines.map((line) => ({
    height: lineBox(line, lh, size),
    line: true,
    draw: (top: number): DrawOp[] => drawRichLine(ctx.m, line, ctx.left, top, lh, { size, bold, gray }),
  }));
}

function labelColumn(ctx: BlockContext): number {
  return Math.min(48 * ctx.t.scale, ctx.width * 0.36);
}

function field(b: Extract<PrintBlock, { kind: 'field' }>, ctx: BlockContext): Chunk[] {
  const { t, m } = ctx;
  const labelW = labelColumn(ctx);
  const gap = 3;
  const valueX = ctx.left + labelW + gap;
  const valueW = ctx.width - labelW - gap;
  const labelLines = wrap(ctx, b.label, labelW, t.body, true);
  const hintLines = b.hint ? wrap(ctx, b.hint, labelW, t.small) : [];
  const lh = lineHeight(t.body, t.leading);
  const hintLh = lineHeight(t.small, 1.35);
  const filled = b.value !== undefined && b.value.trim() !== '';
  const valueLines = filled ? m.wrap(b.value ?? '', valueW, t.body) : [];
  const pitch = filled ? lh : t.writingPitch;
  const rows = filled ? valueLines.length : Math.max(1, b.lines ?? 1);
  const labelTextH = linesHeight(labelLines, lh, t.body);
  const labelH = labelTextH + linesHeight(hintLines, hintLh, t.small);
  // A reading above the label's first line.
  const rise = labelLines[0] ? lineBox(labelLines[0], lh, t.body) - lh : 0;
  // The label sits on the first writing line's baseline, like a form's printed caption (its
  // reading in the room the writing line leaves above it); a filled value is level with it.
  const labelOffset = filled ? 0 : Math.max(0, pitch - lh - rise);
  const valueTop = filled ? rise : 0;
  const height = Math.max(valueTop + rows * pitch, labelH) + (filled ? 1.5 : 0);
  return [
    {
      height,
      line: true,
      draw: (top) => {
        const labelTop = top + labelOffset;
        const ops: DrawOp[] = drawRichLines(m, labelLines, ctx.left, labelTop, lh, { size: t.body, bold: true });
        ops.push(...drawRichLines(m, hintLines, ctx.left, labelTop + labelTextH, hintLh, { size: t.small, bold: false, gray: 0.35 }));
        if (filled) {
          ops.push(...drawTextLines(valueLines, valueX, top + valueTop, t.body, lh, false));
          ops.push({
            op: 'line',
            x1: valueX,
            y1: top + height - 0.5,
            x2: ctx.left + ctx.width,
            y2: top + height - 0.5,
            width: 0.15,
            gray: LIGHT,
          });
        } else {
          for (let r = 1; r <= rows; r++)
            ops.push({ op: 'line', x1: valueX, y1: top + r * pitch, x2: ctx.left + ctx.width, y2: top + r * pitch, width: RULE });
        }
        return ops;
      },
    },
  ];
}

/** A block's label in bold, and its hint small and grey under it; both stay with what follows. */
function caption(label: RichText | undefined, ctx: BlockContext, hint?: RichText): Chunk[] {
  const bold = label && plainText(label) !== '' ? paragraph(label, ctx, true) : [];
  const small = hint && plainText(hint) !== '' ? paragraph(hint, ctx, false, 0.35, ctx.t.small) : [];
  return [...bold, ...small].map((c) => ({ ...c, keepWithNext: true, line: false }));
}

function writingLines(b: Extract<PrintBlock, { kind: 'lines' }>, ctx: BlockContext): Chunk[] {
  const { t } = ctx;
  const pitch = t.writingPitch;
  const written = b.text ? ctx.m.wrap(b.text, ctx.width - 2, t.body) : [];
  const count = Math.max(b.count, written.length);
  const lines: Chunk[] = [];
  for (let i = 0; i < count; i++) {
    const text = written[i];
    lines.push({
      height: pitch,
      line: true,
      draw: (top) => {
        const ops: DrawOp[] = [
          { op: 'line', x1: ctx.left, y1: top + pitch, x2: ctx.left + ctx.width, y2: top + pitch, width: RULE, dash: false },
        ];
        if (text) ops.push({ op: 'text', x: ctx.left + 1, y: top + pitch - 1.6 * t.scale, size: t.body, bold: false, text });
        return ops;
      },
    });
  }
  return [...caption(b.label, ctx, b.hint), ...lines];
}

function box(b: Extract<PrintBlock, { kind: 'box' }>, ctx: BlockContext): Chunk[] {
  const { t } = ctx;
  const pad = 2.5;
  const lh = lineHeight(t.body, t.leading);
  const lines = b.text ? ctx.m.wrap(b.text, ctx.width - 2 * pad, t.body) : [];
  const height = Math.max(b.height * t.scale, lines.length * lh + 2 * pad);
  return [
    ...caption(b.label, ctx, b.hint),
    {
      height: height + 1,
      draw: (top) => [
        { op: 'rect', x: ctx.left, y: top + 0.5, w: ctx.width, h: height, width: RULE },
        ...drawTextLines(lines, ctx.left + pad, top + 0.5 + pad, t.body, lh, false),
      ],
    },
  ];
}

/** Rich text as one line (not wrapped). */
function oneLine(t: RichText): RichLine {
  const runs = typeof t === 'string' ? [t] : t;
  return { runs, ruby: runs.some((r) => typeof r !== 'string') };
}

function checkboxes(b: Extract<PrintBlock, { kind: 'checkboxes' }>, ctx: BlockContext): Chunk[] {
  const { t, m } = ctx;
  const size = t.checkbox;
  const lh = Math.max(lineHeight(t.body, t.leading), size + 3);
  const options: RichText[] = [...b.options];
  if (b.other) options.push(ctx.lang === 'en' ? 'Other (                    )' : 'その他（　　　　　　　　）');
  const checked = new Set(b.checked ?? []);
  type Placed = { x: number; row: number; line: RichLine; on: boolean };
  const placed: Placed[] = [];
  let x = 0;
  let row = 0;
  const gapAfter = 7 * t.scale;
  for (const option of options) {
    const w = size + 1.8 + richWidth(m, option, t.body);
    if (x > 0 && x + w > ctx.width) {
      row++;
      x = 0;
    }
    placed.push({ x, row, line: oneLine(option), on: checked.has(plainText(option)) });
    x += w + gapAfter;
  }
  // Each row is as tall as its tallest option: a row with a reading grows by the rise.
  const rowTops: number[] = [];
  let h = 0;
  for (let r = 0; r <= row; r++) {
    rowTops.push(h);
    h += placed.some((p) => p.row === r && p.line.ruby) ? lineBox({ runs: [], ruby: true }, lh, t.body) : lh;
  }
  return [
    ...caption(b.label, ctx, b.hint),
    {
      height: h,
      draw: (top) =>
        placed.flatMap((p): DrawOp[] => {
          const rowTop = top + (rowTops[p.row] ?? 0);
          const rowRuby = placed.some((q) => q.row === p.row && q.line.ruby);
          const lineTop = rowTop + (rowRuby ? lineBox({ runs: [], ruby: true }, lh, t.body) - lh : 0);
          const base = textBaseline(lineTop, lh, t.body);
          const boxTop = base - size * 0.9;
          const ops: DrawOp[] = [
            { op: 'rect', x: ctx.left + p.x, y: boxTop, w: size, h: size, width: 0.3 },
            ...drawRichLine(m, { runs: p.line.runs, ruby: rowRuby }, ctx.left + p.x + size + 1.8, rowTop, lh, {
              size: t.body,
              bold: false,
            }),
          ];
          if (p.on) ops.push(...drawCheck(ctx.left + p.x, boxTop, size));
          return ops;
        }),
    },
  ];
}

function table(b: Extract<PrintBlock, { kind: 'table' }>, ctx: BlockContext): Chunk[] {
  const { t, m } = ctx;
  const total = b.columns.reduce((s, c) => s + (c.width ?? 1), 0);
  const widths = b.columns.map((c) => ((c.width ?? 1) / total) * ctx.width);
  const xs = widths.map((_, i) => ctx.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const pad = 1.5;
  const lh = lineHeight(t.body, 1.45);
  const row = (cells: readonly RichText[], bold: boolean, minHeight: number, fill?: number): Chunk => {
    const wrapped = widths.map((w, i) => (cells[i] ? wrap(ctx, cells[i], w - 2 * pad, t.body, bold) : []));
    const height = Math.max(minHeight, Math.max(...wrapped.map((l) => linesHeight(l, lh, t.body))) + 2 * pad);
    return {
      height,
      draw: (top) =>
        widths.flatMap((w, i): DrawOp[] => {
          const x = xs[i] ?? ctx.left;
          return [
            { op: 'rect', x, y: top, w, h: height, width: RULE, ...(fill !== undefined ? { fill } : {}) },
            ...drawRichLines(m, wrapped[i] ?? [], x + pad, top + pad, lh, { size: t.body, bold }),
          ];
        }),
    };
  };
  const header = {
    ...row(
      b.columns.map((c) => c.header),
      true,
      lh + 2 * pad,
      0.9,
    ),
    keepWithNext: true,
  };
  const body = [
    ...(b.rows ?? []).map((cells) => row(cells, false, lh + 2 * pad)),
    ...Array.from({ length: b.blankRows ?? 0 }, () => row([], false, t.writingPitch + 1)),
  ].map((c) => ({ ...c, repeatOnNewPage: header, line: true }));
  return [...caption(b.label, ctx, b.hint), header, ...body];
}

function signature(b: Extract<PrintBlock, { kind: 'signature' }>, ctx: BlockContext): Chunk[] {
  const { t, m } = ctx;
  const en = ctx.lang === 'en';
  const labels = b.labels ?? [en ? 'Name' : '氏名'];
  const pitch = t.writingPitch + 2;
  const lineW = Math.min(ctx.width, 110 * t.scale);
  const x0 = ctx.left + ctx.width - lineW;
  const rows: { label: string; date: boolean }[] = labels.map((label) => ({ label, date: false }));
  if (b.date) rows.push({ label: en ? 'Date' : '日付', date: true });
  return rows.map((r, i) => ({
    height: pitch,
    keepWithNext: i < rows.length - 1,
    draw: (top) => {
      const base = top + pitch - 1.5;
      const ops: DrawOp[] = [
        { op: 'text', x: x0, y: base, size: t.body, bold: true, text: r.label },
        { op: 'line', x1: x0, y1: top + pitch, x2: x0 + lineW, y2: top + pitch, width: RULE },
      ];
      if (r.date) {
        const ymd = en ? 'Year          Month        Day' : '年　　　月　　　日';
        ops.push({ op: 'text', x: x0 + lineW - m.width(ymd, t.body) - 2, y: base, size: t.body, bold: false, text: ymd });
      }
      return ops;
    },
  }));
}

function note(b: Extract<PrintBlock, { kind: 'note' }>, ctx: BlockContext): Chunk[] {
  const { t, m } = ctx;
  const pad = 3 * t.scale;
  const lh = lineHeight(t.body, t.leading);
  const title = b.title ? wrap(ctx, b.title, ctx.width - 2 * pad, t.body, true) : [];
  const body = wrap(ctx, b.text, ctx.width - 2 * pad, t.body);
  const titleH = linesHeight(title, lh, t.body);
  const height = titleH + linesHeight(body, lh, t.body) + 2 * pad;
  return [
    {
      height,
      draw: (top) => [
        { op: 'rect', x: ctx.left, y: top, w: ctx.width, h: height, width: 0.5, fill: 0.93 },
        ...drawRichLines(m, title, ctx.left + pad, top + pad, lh, { size: t.body, bold: true }),
        ...drawRichLines(m, body, ctx.left + pad, top + pad + titleH, lh, { size: t.body, bold: false }),
      ],
    },
  ];
}

function code(b: Extract<PrintBlock, { kind: 'code' }>, ctx: BlockContext): Chunk[] {
  const size = (b.size ?? 22) * ctx.t.scale;
  const pad = 4 * ctx.t.scale;
  const lh = lineHeight(size, 1.5);
  const lines = ctx.m.wrap(b.text, ctx.width - 2 * pad, size, true);
  const height = lines.length * lh + 2 * pad;
  return [
    {
      height,
      draw: (top) => [
        { op: 'rect', x: ctx.left, y: top, w: ctx.width, h: height, width: 0.8 },
        ...lines.flatMap((line, i) =>
          drawTextLines([line], ctx.left + (ctx.width - ctx.m.width(line, size, true)) / 2, top + pad + i * lh, size, lh, true),
        ),
      ],
    },
  ];
}
