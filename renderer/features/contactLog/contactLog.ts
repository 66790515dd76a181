// The log screen's rules that are not React: months, filters, the first line of a summary and
// the follow-up badge. Calendar dates are 'YYYY-MM-DD' strings, months 'YYYY-MM'.
import type { ActivityField, ContactKind } from '../../../shared/contactLog/activity';
import type { ContactInput } from '../../../shared/contactLog/contact';
import { addMonths } from '../../../shared/text/monthInput';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** A month or a fiscal year (April to March), as the 活動記録 and the contact-log CSV choose them. */
export type Period = { kind: 'month'; month: string } | { kind: 'fiscalYear'; fiscalYear: number };

/** The days a period covers, 'YYYY-MM-DD' both ends included. */
export function periodRange(period: Period): { from: string; to: string } {
  return period.kind === 'month' ? monthRange(period.month) : { from: `${period.fiscalYear}-04-01`, to: `${period.fiscalYear + 1}-03-31` };
}

/** First and last calendar day of a month. */
export function monthRange(month: string): { from: string; to: string } {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`not a month: ${month}`);
  const days = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(days).padStart(2, '0')}` };
}

export function shiftMonth(month: string, delta: number): string {
  if (!MONTH.test(month)) throw new RangeError(`not a month: ${month}`);
  return addMonths(month, delta);
}

/** 2026年11月 */
export function monthLabel(month: string): string {
  return `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;
}

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/** 11月27日（金） */
export function dayLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay()] ?? '';
  return `${m}月${d}日（${weekday}）`;
}

/** '' means every kind / every field; 'none' is entries without a 分野 (routine visits). */
export interface LogFilter {
  kind: ContactKind | '';
  field: ActivityField | '' | 'none';
}

export function filterLog<T extends Pick<ContactInput, 'kind' | 'field'>>(items: readonly T[], f: LogFilter): T[] {
  return items.filter(
    (c) => (f.kind === '' || c.kind === f.kind) && (f.field === '' || (f.field === 'none' ? c.field === '' : c.field === f.field)),
  );
}

/** The first non-empty line, cut to `max` characters (whole code points, so 𠮷 is never split). */
export function firstLine(text: string, max = 60): string {
  const line =
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  const chars = [...line];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : line;
}

export type FollowUpBadge = { kind: 'none' } | { kind: 'open' | 'overdue'; due: string } | { kind: 'done' };

/** The follow-up of an entry as the list shows it; `actionStatus` comes from its action item. */
export function followUpBadge(c: Pick<ContactInput, 'followUp'>, actionStatus: 'open' | 'done' | undefined, today: string): FollowUpBadge {
  if (!c.followUp.needed) return { kind: 'none' };
  if (actionStatus === 'done') return { kind: 'done' };
  return { kind: c.followUp.due !== '' && c.followUp.due < today ? 'overdue' : 'open', due: c.followUp.due };
}

/** 12/3 (a short date for badges). */
export function shortDate(date: string): string {
  return `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;
}
