// The one way to draw a long list as a window of rows (TanStack Virtual): every row is measured
// as drawn (its `ref` is `rows.measureElement`, with `data-index`), never given a fixed height.
// A row's height depends on the text size (標準 18 px … 特大 24 px), on names that wrap and on
// the last-contact column, so a fixed height either cuts through a row or leaves gaps.
// The estimate, in rem, only places rows not yet drawn; eslint allows @tanstack/react-virtual
// nowhere else (docs/design-notes.md, "Lists measure their rows").
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';

export interface MeasuredRowsOptions {
  count: number;
  getScrollElement: () => HTMLElement | null;
  /** A stable key per row (a record id), so a measured height follows its row through filtering. */
  getItemKey: (index: number) => string;
  /** Expected row height in rem (root font sizes); used until a row has been drawn once. */
  estimateRem: number;
  overscan?: number;
}

/** The root font size in px: 18, 21 or 24 by the text-size preference. */
function remPx(): number {
  const px = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px : 18;
}

export function useMeasuredRows(opts: MeasuredRowsOptions): Virtualizer<HTMLElement, HTMLElement> {
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the documented way; its values are read during render only.
  return useVirtualizer<HTMLElement, HTMLElement>({
    count: opts.count,
    getScrollElement: opts.getScrollElement,
    getItemKey: opts.getItemKey,
    estimateSize: () => Math.ceil(opts.estimateRem * remPx()),
    overscan: opts.overscan ?? 8,
  });
}
