// The dashboard's numbers as text, for the screen, the CSV and the report alike. For a report
// outside the team (外部向け) a count of persons, or of records about persons, of 1 or 2 is shown
// as 「3未満」 (0 stays 0: nobody can be recognised in it). Anything that would give a hidden
// count back is hidden too: the change beside it, a share whose parts are hidden, a median of
// fewer than 3 cases.
export type Audience = 'internal' | 'external';

export const UNDER_THREE = '3未満';
/** Shown instead of a figure that cannot be given (hidden, or nothing to compute it from). */
export const NO_FIGURE = '—';

export function isSmall(n: number): boolean {
  return n === 1 || n === 2;
}

/** A count; `aboutPersons` false for counts that say nothing about a person (meetings). */
export function countText(n: number, audience: Audience, aboutPersons = true): string {
  if (audience === 'external' && aboutPersons && isSmall(n)) return UNDER_THREE;
  return n.toLocaleString('ja-JP');
}

/** The change from the previous period: +3, −2, ±0; hidden when either side is. */
export function changeText(current: number, previous: number, audience: Audience, aboutPersons = true): string {
  if (audience === 'external' && aboutPersons && (isSmall(current) || isSmall(previous))) return NO_FIGURE;
  const d = current - previous;
  return d === 0 ? '±0' : d > 0 ? `+${d.toLocaleString('ja-JP')}` : `−${(-d).toLocaleString('ja-JP')}`;
}

/** 62.5% (one decimal); '—' without a denominator or when a part would be hidden. */
export function shareText(part: number, whole: number, audience: Audience): string {
  if (whole === 0) return NO_FIGURE;
  if (audience === 'external' && (isSmall(part) || isSmall(whole) || isSmall(whole - part))) return NO_FIGURE;
  return `${(Math.round((part / whole) * 1000) / 10).toFixed(1)}%`;
}

/** Days (a median: may be a half); '—' without cases, or with fewer than 3 for 外部向け. */
export function daysText(days: number | null, cases: number, audience: Audience): string {
  if (days === null || cases === 0) return NO_FIGURE;
  if (audience === 'external' && cases < 3) return NO_FIGURE;
  return `${Number.isInteger(days) ? days : days.toFixed(1)}日`;
}

/** The value a chart may draw: hidden counts are not drawn (null), so a bar cannot give one away. */
export function chartValue(n: number, audience: Audience, aboutPersons = true): number | null {
  return audience === 'external' && aboutPersons && isSmall(n) ? null : n;
}
