// Where the toast (「記録しました。」…) may stand: at the bottom centre as always when nothing the
// user can press or type into (or a message to be read: ui/Toast says which) is under it; else at the top centre; else at the lowest height
// between them where it covers no action (over text, a gap between fields); else nowhere yet (it
// waits, still read out, until the page changes and a place is free). A toast never covers an
// action: at 特大 the bottom place covered 「やめて選び直す」 of the skip question for its 6 s.
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
export type ToastPlace = { at: 'bottom' | 'top' | 'between'; top: number } | { at: 'waiting' };

/** The heights tried between the top and the bottom place, this far apart (CSS pixels). */
export const TOAST_STEP = 8;
/** The gap kept around an action. */
const GAP = 4;

function overlaps(a: Box, b: Box): boolean {
  return (
    a.left < b.left + b.width + GAP && b.left < a.left + a.width + GAP && a.top < b.top + b.height + GAP && b.top < a.top + a.height + GAP
  );
}

/**
 * The first place whose box covers none of the actions (boxes in window coordinates); `edge`
 * is the gap to the window's edge (the CSS's 1em).
 */
export function chooseToastPlace(
  size: { width: number; height: number },
  view: { width: number; height: number },
  actions: readonly Box[],
  edge: number,
): ToastPlace {
  const left = (view.width - size.width) / 2;
  const free = (top: number) => !actions.some((a) => overlaps({ left, top, width: size.width, height: size.height }, a));
  const bottom = view.height - edge - size.height;
  if (free(bottom)) return { at: 'bottom', top: bottom };
  if (free(edge)) return { at: 'top', top: edge };
  for (let top = bottom - TOAST_STEP; top > edge; top -= TOAST_STEP) if (free(top)) return { at: 'between', top };
  return { at: 'waiting' };
}
