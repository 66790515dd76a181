// Places measured chunks on pages: keep-together units, spacing dropped at the top of a
// page, repeated table headers after a page break.
import type { DrawOp, LaidOutPage } from './ops';

export interface Chunk {
  readonly height: number;
  /** Space above the chunk; dropped at the top of a page. */
  readonly spaceBefore?: number;
  /** This chunk and the next one go on the same page (label + field, heading + body). */
  readonly keepWithNext?: boolean;
  /** Drawn first on a new page when this chunk is pushed there (a table's header row). */
  readonly repeatOnNewPage?: Chunk;
  readonly pageBreakBefore?: boolean;
  draw(top: number): DrawOp[];
}

export interface Frame {
  readonly top: number;
  readonly bottom: number;
}

export function placeChunks(chunks: readonly Chunk[], frame: Frame): LaidOutPage[] {
  const pages: LaidOutPage[] = [{ ops: [] }];
  let y = frame.top;
  let atTop = true;
  const capacity = frame.bottom - frame.top;
  const newPage = (): void => {
    pages.push({ ops: [] });
    y = frame.top;
    atTop = true;
  };
  const put = (c: Chunk, spaced: boolean): void => {
    if (spaced && !atTop) y += c.spaceBefore ?? 0;
    pages[pages.length - 1]?.ops.push(...c.draw(y));
    y += c.height;
    atTop = false;
  };
  for (const [i, c] of chunks.entries()) {
    if (c.pageBreakBefore && !atTop) newPage();
    let unit = c.height;
    for (let j = i; chunks[j]?.keepWithNext; j++) {
      const next = chunks[j + 1];
      if (!next) break;
      const more = (next.spaceBefore ?? 0) + next.height;
      if (unit + more > capacity) break;
      unit += more;
    }
    const space = atTop ? 0 : (c.spaceBefore ?? 0);
    if (!atTop && y + space + unit > frame.bottom + 0.01) {
      newPage();
      if (c.repeatOnNewPage) put(c.repeatOnNewPage, false);
    }
    put(c, true);
  }
  return pages;
}
