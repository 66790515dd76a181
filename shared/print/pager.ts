// Places measured chunks on pages. Each block is a unit of chunks; the rules (docs/design-notes.md,
// "Pagination"):
// - a heading goes with what follows it (never last on a page), a caption with its first line;
// - a 'whole' unit (a question with its writing lines, a table) is kept on one page when it fits
//   on one: moved to the next page rather than split, unless splitting it saves a page (the
//   rest of the document laid out with the same rules, looking ahead once);
// - a split leaves at least `minLines` lines (writing lines, table rows, lines of text) on each
//   side, and a table's header row is drawn again at the top of the next page;
// - space above a chunk is dropped at the top of a page;
// - a soft page break starts a new page only when the page so far is at least half full.
// Every page also reports what it holds (which block, how many of its lines) for tests and tools.
import type { DrawOp, LaidOutPage, PageEntry } from './ops';

/** Where a chunk comes from, for the page report. */
export interface ChunkSource {
  /** e.g. `blocks[3]`, `blocks[7].blocks[1]` */
  readonly path: string;
  readonly kind: string;
  /** The block's label or text, plain, shortened. */
  readonly label: string;
}

export interface Chunk {
  readonly height: number;
  /** Space above the chunk; dropped at the top of a page. */
  readonly spaceBefore?: number;
  /** No page break between this chunk and the next (caption + first line, heading + body). */
  readonly keepWithNext?: boolean;
  /** Drawn first on a new page when the unit continues there (a table's header row). */
  readonly repeatOnNewPage?: Chunk;
  /** A new page before this chunk; 'soft': only when the page so far is at least half full. */
  readonly pageBreakBefore?: boolean | 'soft';
  /** Counts as a line for the split rule (a writing line, a table row, a line of text). */
  readonly line?: boolean;
  readonly source?: ChunkSource;
  draw(top: number): DrawOp[];
}

/** One block's chunks and how they may be split across pages. */
export interface Unit {
  readonly chunks: readonly Chunk[];
  /** 'whole': keep on one page when it fits on one (unless splitting saves a page); 'flow': fill the page, then split. */
  readonly keep: 'whole' | 'flow';
  /** A split leaves at least this many lines on each side. */
  readonly minLines: number;
}

export interface Frame {
  readonly top: number;
  readonly bottom: number;
}

/** A soft page break breaks only when the page is filled at least this far. */
export const SOFT_BREAK_FILL = 0.5;

const EPS = 0.01;

/** A unit with what was glued before it (its lead: a heading, a section's guidance). */
interface Joined extends Unit {
  /** Chunks at the start that came from the units before; their lines do not count for the split rule. */
  readonly lead: number;
}

/** A heading (or anything that keeps with the next chunk at its end) joins the unit after it. */
function joinGlued(units: readonly Unit[]): Joined[] {
  const out: Joined[] = [];
  let pending: Chunk[] = [];
  for (const [i, u] of units.entries()) {
    const chunks = [...pending, ...u.chunks];
    const lead = pending.length;
    pending = [];
    if (chunks[chunks.length - 1]?.keepWithNext === true && i < units.length - 1) pending = chunks;
    else out.push({ ...u, chunks, lead });
  }
  // A page break never joins: what was glued to it stands on its own.
  return out.flatMap((u): Joined[] => {
    const at = u.chunks.findIndex((c, i) => i > 0 && c.pageBreakBefore);
    if (at < 0) return [u];
    return [
      { chunks: u.chunks.slice(0, at), keep: 'whole', minLines: 1, lead: 0 },
      { ...u, chunks: u.chunks.slice(at), lead: Math.max(0, u.lead - at) },
    ];
  });
}

/** A unit with running sums, so heights and line counts of any run of chunks are O(1). */
interface Prepared extends Unit {
  /** sums[i]: height and space above of the chunks before i. */
  readonly sums: readonly number[];
  /** lineSums[i]: lines among the chunks before i, its lead not counted. */
  readonly lineSums: readonly number[];
}

function prepare(u: Joined): Prepared {
  const sums = [0];
  const lineSums = [0];
  for (const [i, c] of u.chunks.entries()) {
    sums.push((sums[sums.length - 1] ?? 0) + c.height + (c.spaceBefore ?? 0));
    lineSums.push((lineSums[lineSums.length - 1] ?? 0) + (c.line && i >= u.lead ? 1 : 0));
  }
  return { chunks: u.chunks, keep: u.keep, minLines: u.minLines, sums, lineSums };
}

/** Where a page starts: unit `i`, from its chunk `s`. */
interface Start {
  readonly i: number;
  readonly s: number;
}

/**
 * What the rest of the document costs from a page start, compared in this order: pages; sparse
 * pages (filled less than SPARSE_FILL, other than the last page, and any page that holds only
 * the tail of a split unit); units split by choice.
 */
interface Cost {
  readonly pages: number;
  readonly sparse: number;
  readonly splits: number;
}

export const SPARSE_FILL = 0.6;

const NOTHING: Cost = { pages: 0, sparse: 0, splits: 0 };
const add = (a: Cost, b: Cost): Cost => ({ pages: a.pages + b.pages, sparse: a.sparse + b.sparse, splits: a.splits + b.splits });
const better = (a: Cost, b: Cost): boolean =>
  a.pages !== b.pages ? a.pages < b.pages : a.sparse !== b.sparse ? a.sparse < b.sparse : a.splits < b.splits;

/** At a choice, the two ways the page can end: the unit moved whole, or split at its last legal point. */
interface Decision {
  readonly whole: Start;
  readonly split: Start;
  /** How full the page is if the unit moves, and if it is split. */
  readonly fillWhole: number;
  readonly fillSplit: number;
}

/** How one page ended. */
interface PageEnd {
  /** Where the next page starts; null: the document ends on this page. */
  readonly next: Start | null;
  /** How full the page is, 0…1. */
  readonly fill: number;
  /** It holds nothing but the tail of a unit split on the page before. */
  readonly tailOnly: boolean;
  /** The cost of the choice made on it, if one was. */
  readonly chosen?: Cost;
}

/**
 * Fills pages. Everything on a page follows from where it starts, up to the first 'whole' unit
 * that does not fit on the rest of it but would on a new page: there the page ends either way,
 * before the unit (moved whole) or after its last legal split. So the best layout is found by
 * trying both from each page start, once (memoised: pages start at most once per chunk); the
 * unit is split only where that saves a page or a sparse page, and kept whole on a tie.
 */
class Placer {
  readonly pages: { ops: DrawOp[]; contents: PageEntry[]; fill: number }[] = [];
  private y = 0;
  private atTop = true;
  /** Where the page's content starts (below a repeated header row). */
  private pageStart = 0;
  private emit = false;
  private readonly memo = new Map<string, Cost>();

  constructor(
    private readonly units: readonly Prepared[],
    private readonly frame: Frame,
  ) {}

  private get capacity(): number {
    return this.frame.bottom - this.frame.top;
  }

  private put(c: Chunk, spaced: boolean): void {
    if (spaced && !this.atTop) this.y += c.spaceBefore ?? 0;
    this.atTop = false;
    if (this.emit) {
      const page = this.pages[this.pages.length - 1];
      page?.ops.push(...c.draw(this.y));
      if (c.source && c.source.kind !== 'pageBreak' && page) {
        const last = page.contents[page.contents.length - 1];
        const lines = c.line ? 1 : 0;
        if (last?.path === c.source.path) last.lines += lines;
        else page.contents.push({ ...c.source, lines, totalLines: 0 });
      }
    }
    this.y += c.height;
  }

  private sparse(fill: number): Cost {
    return { pages: 0, sparse: fill < SPARSE_FILL ? 1 : 0, splits: 0 };
  }

  /** The cost of the document from a page start. */
  private cost(start: Start | null): Cost {
    if (!start) return NOTHING;
    const key = `${start.i}:${start.s}`;
    const known = this.memo.get(key);
    if (known) return known;
    const end = this.fill(start, false);
    const page = end.chosen ?? (end.next || end.tailOnly ? this.sparse(end.fill) : NOTHING);
    const cost = add(add({ pages: 1, sparse: 0, splits: 0 }, page), this.cost(end.next));
    this.memo.set(key, cost);
    return cost;
  }

  /** The cheaper way to end a page at a decision: split (true) or move the unit whole. */
  private choose(d: Decision): { split: boolean; cost: Cost } {
    const whole = this.sparse(d.fillWhole);
    const split = add(this.sparse(d.fillSplit), { pages: 0, sparse: 0, splits: 1 });
    const yes = better(add(split, this.cost(d.split)), add(whole, this.cost(d.whole)));
    return { split: yes, cost: yes ? split : whole };
  }

  run(): void {
    let start: Start | null = { i: 0, s: 0 };
    while (start) {
      this.pages.push({ ops: [], contents: [], fill: 0 });
      const end = this.fill(start, true);
      const page = this.pages[this.pages.length - 1];
      if (page) page.fill = end.fill;
      start = end.next;
    }
  }

  /** Places one page from `start` (drawing it when `emit`). */
  private fill(start: Start, emit: boolean): PageEnd {
    // Deciding looks ahead with fills of its own: the page being filled is put back after them.
    const saved = { emit: this.emit, y: this.y, atTop: this.atTop, pageStart: this.pageStart };
    this.emit = emit;
    this.y = this.frame.top;
    this.atTop = true;
    const filled = (): number => (this.y - this.frame.top) / this.capacity;
    try {
      let s = start.s;
      const head = this.units[start.i]?.chunks[s];
      if (s > 0 && head?.repeatOnNewPage) this.put(head.repeatOnNewPage, false);
      this.pageStart = this.y;
      for (let i = start.i; i < this.units.length; i++, s = 0) {
        const tailOnly = start.s > 0 && i === start.i;
        const r = this.placeUnit(i, s);
        if (r === undefined) continue;
        if ('decision' in r) {
          const c = this.choose(r.decision);
          if (!c.split) return { next: r.decision.whole, fill: filled(), tailOnly, chosen: c.cost };
          this.placeRange(i, s, r.decision.split.s);
          return { next: r.decision.split, fill: filled(), tailOnly: false, chosen: c.cost };
        }
        return { next: r.next, fill: filled(), tailOnly: tailOnly && r.next.i === i };
      }
      return { next: null, fill: filled(), tailOnly: start.s > 0 && this.units.length === start.i + 1 };
    } finally {
      this.emit = saved.emit;
      this.y = saved.y;
      this.atTop = saved.atTop;
      this.pageStart = saved.pageStart;
    }
  }

  private placeRange(i: number, a: number, b: number): void {
    const chunks = this.units[i]?.chunks ?? [];
    for (let k = a; k < b; k++) this.put(chunks[k] as Chunk, true);
  }

  /**
   * Places unit `i` from chunk `from` on this page. Returns nothing when it was placed whole,
   * the next page's start when the page ends inside or before it, or the decision to make.
   */
  private placeUnit(i: number, from: number): { next: Start } | { decision: Decision } | undefined {
    const u = this.units[i];
    if (!u) return undefined;
    const { chunks, sums, lineSums } = u;
    const n = chunks.length;
    const lines = (a: number, b: number): number => (lineSums[b] ?? 0) - (lineSums[a] ?? 0);
    /** Height of chunks a…b-1 placed from here (space above the first dropped at the top of a page). */
    const height = (a: number, b: number, top: boolean): number =>
      (sums[b] ?? 0) - (sums[a] ?? 0) - (top ? (chunks[a]?.spaceBefore ?? 0) : 0);
    const legal = (s: number, k: number): boolean =>
      k === n || (chunks[k - 1]?.keepWithNext !== true && lines(s, k) >= u.minLines && lines(k, n) >= u.minLines);

    let s = from;
    const first = chunks[0];
    if (s === 0 && first?.pageBreakBefore) {
      // A hard break, or a soft one on a page at least half full, ends the page (unless nothing
      // follows it); a soft one that does not break stands as the gap it measures.
      const soft = first.pageBreakBefore === 'soft';
      const more = n > 1 || this.units.slice(i + 1).some((v) => v.chunks.some((c) => !c.pageBreakBefore));
      if (!this.atTop && more && (!soft || this.y - this.frame.top >= SOFT_BREAK_FILL * this.capacity)) return { next: { i, s: 1 } };
      if (!this.atTop) this.put(first, true);
      s = 1;
    }
    if (s >= n) return undefined;
    const room = this.frame.bottom - this.y;
    let fit = s;
    while (fit < n && height(s, fit + 1, this.atTop) <= room + EPS) fit++;
    let best = 0;
    for (let k = fit; k > s && !best; k--) if (legal(s, k)) best = k;
    if (best === n) {
      this.placeRange(i, s, n);
      return undefined;
    }
    // Nothing on the page yet (but a repeated header): something must be placed here.
    if (this.y > this.pageStart + EPS) {
      if (!best) return { next: { i, s } };
      const repeat = chunks[s]?.repeatOnNewPage?.height ?? 0;
      if (u.keep === 'whole' && height(s, n, true) + repeat <= this.capacity + EPS) {
        const used = this.y - this.frame.top;
        return {
          decision: {
            whole: { i, s },
            split: { i, s: best },
            fillWhole: used / this.capacity,
            fillSplit: (used + height(s, best, false)) / this.capacity,
          },
        };
      }
    }
    // Split here; at the top of a page with no legal split (a part taller than a page), place
    // what fits, at least one chunk.
    const end = best || Math.max(fit, s + 1);
    this.placeRange(i, s, end);
    return end < n ? { next: { i, s: end } } : undefined;
  }
}

export function placeUnits(input: readonly Unit[], frame: Frame): LaidOutPage[] {
  const placer = new Placer(joinGlued(input).map(prepare), frame);
  placer.run();
  const pages = placer.pages;
  const totals = new Map<string, number>();
  for (const p of pages) for (const e of p.contents) totals.set(e.path, (totals.get(e.path) ?? 0) + e.lines);
  for (const p of pages) for (const e of p.contents) e.totalLines = totals.get(e.path) ?? 0;
  return pages;
}
