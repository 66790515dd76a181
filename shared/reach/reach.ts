// いま連絡が必要な人: who should be contacted now, worked out from what the screens may read
// without opening records (clear columns) and the persons already in memory. Five reasons:
//   noContact  a 見守り中 person not contacted for longer than their interval. Never contacted:
//              counted from the day the person was registered (createdAt, Tokyo).
//   followUp   an open contact-log follow-up (the action item with id `fu-<entry id>`) due within FOLLOW_UP_AHEAD days
//              or overdue.
//   action     any other open action item past its due date.
//   referral   an open referral stalled in its step (the referrals feature's own check, stallAt).
//   consent    a person without consent to share who was discussed in a meeting on or after
//              today − CONSENT_MEETING_DAYS (upcoming meetings included).
// A person's interval is the smallest of those of the situations that apply to them.
import { z } from 'zod';
import type { PersonInput } from '../persons/person';
import { isOpen, stallAt, type ReferralStatus } from '../referrals/status';
import { ageOn, isValidIsoDate, tokyoDate } from '../text/dates';

export const CONTACT_SITUATIONS = ['discharged', 'alone', 'over75', 'openReferral', 'watched'] as const;
export type ContactSituation = (typeof CONTACT_SITUATIONS)[number];
export type ContactIntervals = Record<ContactSituation, number>;

/** Days between contacts, by situation. (check) Defaults for the teams to confirm. */
export const DEFAULT_CONTACT_INTERVALS: Readonly<ContactIntervals> = {
  discharged: 7,
  alone: 14,
  over75: 14,
  openReferral: 14,
  watched: 30,
};
/** A discharge counts as recent for this many days (the discharge day is day 0). */
export const RECENT_DISCHARGE_DAYS = 30;
/** A follow-up is listed this many days before it is due. */
export const FOLLOW_UP_AHEAD = 7;
/** Meetings this many days back (and every later one) count for the consent reason. */
export const CONSENT_MEETING_DAYS = 90;
export const OVER_AGE = 75;

/** The stored setting: whole days 1–3650 per situation (partial: the rest keep their defaults). */
export const contactIntervalsSchema = z.partialRecord(z.enum(CONTACT_SITUATIONS), z.number().int().min(1).max(3650));

export type ReachKind = 'noContact' | 'followUp' | 'action' | 'referral' | 'consent';
export const REACH_KINDS: readonly ReachKind[] = ['noContact', 'followUp', 'action', 'referral', 'consent'];

export type ReachPerson = Pick<PersonInput, 'districtId' | 'status' | 'birthDate' | 'household' | 'dischargedOn'> & {
  readonly id: string;
  readonly createdAt: number;
  readonly deletedAt: number;
  readonly consent: Pick<PersonInput['consent'], 'given'>;
};
export interface ReachAction {
  /** A contact-log follow-up's id is `fu-<entry id>`. */
  readonly id: string;
  readonly status: 'open' | 'done';
  readonly due: string;
  readonly districtId: string;
  readonly personId: string;
}
export interface ReachReferral {
  readonly id: string;
  readonly personId: string;
  readonly status: ReferralStatus;
  readonly statusDate: string;
  readonly districtId: string;
}
export interface ReachMeeting {
  readonly id: string;
  readonly date: string;
  readonly personIds: readonly string[];
}

export interface ReachInput {
  /** Tokyo calendar date. */
  readonly today: string;
  readonly persons: readonly ReachPerson[];
  /** The date of each person's last live contact-log entry. */
  readonly lastContact: ReadonlyMap<string, string>;
  /** Live action items (open ones matter). */
  readonly actions: readonly ReachAction[];
  /** Live referrals. */
  readonly referrals: readonly ReachReferral[];
  /** Live meetings (those before the window are ignored). */
  readonly meetings: readonly ReachMeeting[];
  readonly intervals?: Partial<ContactIntervals>;
  readonly stallDays?: Partial<Record<ReferralStatus, number>>;
}

export interface ReachItem {
  readonly kind: ReachKind;
  /** '' when the item is about no person (an action item for the whole district, say). */
  readonly personId: string;
  readonly districtId: string;
  /** Days past the due date (negative: due in that many days; only follow-ups are listed early). */
  readonly daysLate: number;
  /** When it was (or is) due. */
  readonly dueDate: string;
  /** What the lateness is counted from: the last contact, the step's date, the meeting… */
  readonly refDate: string;
  /** The action item, referral or meeting the item is about ('' for noContact). */
  readonly recordId: string;
  /** noContact: the interval in days and the days since refDate; referral: the limit and days in the step. */
  readonly interval?: number;
  readonly days?: number;
  /** noContact: whether refDate is the registration day (never contacted). */
  readonly neverContacted?: boolean;
  readonly referralStatus?: ReferralStatus;
}

export const isFollowUp = (a: Pick<ReachAction, 'id'>): boolean => a.id.startsWith('fu-');

/** Calendar days from `from` to `to` ('YYYY-MM-DD'), whatever the machine's zone. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
function dayNumber(d: string): number {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
}
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** The situations that apply to a person today (`watched` always: the default). */
export function situationsOf(p: ReachPerson, today: string, hasOpenReferral: boolean): ContactSituation[] {
  const out: ContactSituation[] = [];
  if (isValidIsoDate(p.dischargedOn) && p.dischargedOn <= today && daysBetween(p.dischargedOn, today) <= RECENT_DISCHARGE_DAYS)
    out.push('discharged');
  if (p.household === '独居') out.push('alone');
  if (isValidIsoDate(p.birthDate) && p.birthDate <= today && ageOn(p.birthDate, today) >= OVER_AGE) out.push('over75');
  if (hasOpenReferral) out.push('openReferral');
  out.push('watched');
  return out;
}

export function intervalOf(situations: readonly ContactSituation[], intervals: Partial<ContactIntervals> = {}): number {
  return Math.min(...situations.map((s) => intervals[s] ?? DEFAULT_CONTACT_INTERVALS[s]));
}

/** When a watched person is next due for contact. */
export interface ContactDue {
  readonly personId: string;
  /** The last contact, or the registration day when there was none. */
  readonly refDate: string;
  readonly neverContacted: boolean;
  readonly interval: number;
  readonly dueDate: string;
  /** today − refDate. */
  readonly days: number;
}

/** Every live 見守り中 person with their contact due date. */
export function contactDues(input: ReachInput): ContactDue[] {
  const { today } = input;
  const withReferral = new Set(input.referrals.filter((r) => isOpen(r.status)).map((r) => r.personId));
  const out: ContactDue[] = [];
  for (const p of input.persons) {
    if (p.deletedAt !== 0 || p.status !== '見守り中') continue;
    const last = input.lastContact.get(p.id);
    const refDate = last ?? tokyoDate(p.createdAt);
    const interval = intervalOf(situationsOf(p, today, withReferral.has(p.id)), input.intervals);
    out.push({
      personId: p.id,
      refDate,
      neverContacted: last === undefined,
      interval,
      dueDate: addDays(refDate, interval),
      days: daysBetween(refDate, today),
    });
  }
  return out;
}

const KIND_RANK: Record<ReachKind, number> = { noContact: 0, followUp: 1, action: 2, referral: 3, consent: 4 };

/** Latest first; then by kind, person and record so the order never depends on input order. */
export function compareReach(a: ReachItem, b: ReachItem): number {
  return (
    b.daysLate - a.daysLate ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    a.personId.localeCompare(b.personId) ||
    a.recordId.localeCompare(b.recordId)
  );
}

/** Every reach item, latest first. */
export function reachItems(input: ReachInput): ReachItem[] {
  const { today } = input;
  const live = new Map(input.persons.filter((p) => p.deletedAt === 0).map((p) => [p.id, p]));
  // Items about a person who is in the trash or gone keep their place but name nobody.
  const who = (personId: string) => (live.has(personId) ? personId : '');
  const districtOf = (own: string, personId: string) => own || live.get(personId)?.districtId || '';
  const out: ReachItem[] = [];

  for (const d of contactDues(input)) {
    if (d.days <= d.interval) continue;
    out.push({
      kind: 'noContact',
      personId: d.personId,
      districtId: live.get(d.personId)?.districtId ?? '',
      daysLate: d.days - d.interval,
      dueDate: d.dueDate,
      refDate: d.refDate,
      recordId: '',
      interval: d.interval,
      days: d.days,
      neverContacted: d.neverContacted,
    });
  }

  const soon = addDays(today, FOLLOW_UP_AHEAD);
  for (const a of input.actions) {
    if (a.status !== 'open' || !isValidIsoDate(a.due)) continue;
    const followUp = isFollowUp(a);
    if (followUp ? a.due > soon : a.due >= today) continue;
    out.push({
      kind: followUp ? 'followUp' : 'action',
      personId: who(a.personId),
      districtId: districtOf(a.districtId, a.personId),
      daysLate: daysBetween(a.due, today),
      dueDate: a.due,
      refDate: a.due,
      recordId: a.id,
    });
  }

  for (const r of input.referrals) {
    if (!isValidIsoDate(r.statusDate)) continue;
    const stall = stallAt(r.status, r.statusDate, today, input.stallDays);
    if (!stall.stalled) continue;
    out.push({
      kind: 'referral',
      personId: who(r.personId),
      districtId: districtOf(r.districtId, r.personId),
      daysLate: stall.daysInStatus - stall.limit,
      dueDate: addDays(r.statusDate, stall.limit),
      refDate: r.statusDate,
      recordId: r.id,
      interval: stall.limit,
      days: stall.daysInStatus,
      referralStatus: r.status,
    });
  }

  const from = addDays(today, -CONSENT_MEETING_DAYS);
  const firstMeeting = new Map<string, ReachMeeting>();
  for (const m of input.meetings) {
    if (!isValidIsoDate(m.date) || m.date < from) continue;
    for (const id of m.personIds) {
      const p = live.get(id);
      if (!p || p.consent.given) continue;
      const seen = firstMeeting.get(id);
      if (!seen || m.date < seen.date || (m.date === seen.date && m.id < seen.id)) firstMeeting.set(id, m);
    }
  }
  for (const [personId, m] of firstMeeting) {
    out.push({
      kind: 'consent',
      personId,
      districtId: live.get(personId)?.districtId ?? '',
      daysLate: Math.max(0, daysBetween(m.date, today)),
      dueDate: m.date,
      refDate: m.date,
      recordId: m.id,
    });
  }

  return out.sort(compareReach);
}

export interface ReachGroup<T> {
  /** '' for items with no district (or one no longer in the list). */
  readonly districtId: string;
  readonly items: T[];
}

/** Items by district, in the order of the district list (items without one last), each group in the items' order. */
export function groupByDistrict<T extends { districtId: string }>(items: readonly T[], districtIds: readonly string[]): ReachGroup<T>[] {
  const known = new Set(districtIds);
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = known.has(item.districtId) ? item.districtId : '';
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...districtIds, '']
    .filter((id, i, all) => all.indexOf(id) === i)
    .flatMap((id) => {
      const list = groups.get(id);
      return list ? [{ districtId: id, items: list }] : [];
    });
}

export interface ReachFilter {
  readonly districtId: string;
  /** '' for every kind. */
  readonly kind: ReachKind | '';
}

export function filterReach(items: readonly ReachItem[], f: ReachFilter): ReachItem[] {
  return items.filter((i) => (!f.districtId || i.districtId === f.districtId) && (!f.kind || i.kind === f.kind));
}

/** Days since the last contact (or since registration, for a person never contacted). */
export function daysWithoutContact(
  p: Pick<ReachPerson, 'id' | 'createdAt'>,
  lastContact: ReadonlyMap<string, string>,
  today: string,
): number {
  return daysBetween(lastContact.get(p.id) ?? tokyoDate(p.createdAt), today);
}

/** The last contact date per person from the contacts index keys `[deletedAt, personId, date]`. */
export function lastContactFromKeys(keys: readonly (readonly unknown[])[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const k of keys) {
    const [deletedAt, personId, date] = k;
    if (deletedAt !== 0 || typeof personId !== 'string' || personId === '' || typeof date !== 'string') continue;
    const seen = out.get(personId);
    if (seen === undefined || date > seen) out.set(personId, date);
  }
  return out;
}
