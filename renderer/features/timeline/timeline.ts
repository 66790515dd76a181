// One person's history: contacts, meetings where they were a case, ending notes, action items
// about them (and, later, guardianship referrals), merged into one list, newest first.
import { tokyoDate } from '../../../shared/text/dates';
import { meetingType } from '../../../shared/meetings/meeting';
import { actionState, type ActionState } from '../../../shared/actions/actionItem';
import type { Contact } from '../contactLog';
import type { Meeting } from '../meetings';
import type { ActionItem } from '../actions';
import type { EndingNote } from '../endingNotes';
import type { Referral } from '../referrals';
import { statusLabel } from '../../../shared/referrals/status';

export const TIMELINE_KINDS = ['contact', 'meeting', 'referral', 'action', 'endingNote'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineItem {
  kind: TimelineKind;
  id: string;
  /** Calendar date the item is placed at ('YYYY-MM-DD'). */
  date: string;
  /** Tie-break within a day: later first. */
  at: number;
  title: string;
  detail: string;
  /** Route target, as a hash. */
  href: string;
  state?: ActionState;
}

export interface TimelineSources {
  contacts: readonly Contact[];
  meetings: readonly Meeting[];
  actions: readonly ActionItem[];
  notes: readonly EndingNote[];
  referrals: readonly Referral[];
}

const firstLine = (s: string, max = 80) => {
  const line =
    s
      .split(/\r?\n/u)
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  return [...line].length > max ? `${[...line].slice(0, max).join('')}…` : line;
};

export function buildTimeline(personId: string, src: TimelineSources, today: string, noteName: (n: EndingNote) => string): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const c of src.contacts) {
    items.push({
      kind: 'contact',
      id: c.id,
      date: c.date,
      at: c.createdAt,
      title: c.kind,
      detail: firstLine(c.summary) || firstLine(c.insight),
      href: `#/contacts/${c.id}`,
    });
  }
  for (const m of src.meetings) {
    const own = m.cases.find((x) => x.personId === personId);
    items.push({
      kind: 'meeting',
      id: m.id,
      date: m.date,
      at: m.createdAt,
      title: meetingType(m.type).label,
      detail: firstLine(m.conclusion) || firstLine(own?.wishes ?? ''),
      href: `#/meetings/${m.id}`,
    });
  }
  for (const a of src.actions) {
    const state = actionState(a, today);
    items.push({
      kind: 'action',
      id: a.id,
      date: a.status === 'done' && a.doneDate ? a.doneDate : a.due,
      at: a.updatedAt,
      title: a.owner,
      detail: firstLine(a.task),
      href: '#/actions',
      state,
    });
  }
  for (const r of src.referrals) {
    // Each step of a referral is its own line: the history shows when things moved (or did not).
    r.history.forEach((h, i) => {
      items.push({
        kind: 'referral',
        id: `${r.id}#${i}`,
        date: h.date,
        at: r.createdAt + i,
        title: statusLabel(h.status),
        detail: firstLine(h.note),
        href: `#/referrals/${r.id}`,
      });
    });
  }
  for (const n of src.notes) {
    items.push({
      kind: 'endingNote',
      id: n.id,
      date: tokyoDate(n.updatedAt),
      at: n.updatedAt,
      title: noteName(n),
      detail: '',
      href: `#/notes/${n.id}`,
    });
  }
  return items.sort((x, y) => y.date.localeCompare(x.date) || y.at - x.at);
}

export function countByKind(items: readonly TimelineItem[]): Record<TimelineKind, number> {
  const out = Object.fromEntries(TIMELINE_KINDS.map((k) => [k, 0])) as Record<TimelineKind, number>;
  for (const i of items) out[i.kind] += 1;
  return out;
}
