// What the log remembers between screens while the app runs (never stored): the month being
// looked at, so coming back from an entry shows the same month, and the entry just saved, so the
// screen the user lands on can offer 続けて記録する. Ids and dates only, nothing personal.
export interface JustSaved {
  id: string;
  date: string;
  kind: string;
  personId: string;
}

let viewedMonth: string | null = null;
let justSaved: JustSaved | null = null;

export function rememberMonth(month: string): void {
  viewedMonth = month;
}

export function rememberedMonth(): string | null {
  return viewedMonth;
}

export function markSaved(entry: JustSaved): void {
  justSaved = entry;
}

/** The entry saved just before this screen opened (the screen calls forgetSaved when it closes). */
export function lastSaved(): JustSaved | null {
  return justSaved;
}

export function forgetSaved(): void {
  justSaved = null;
}
