// The activity-report screen's choices, as pure functions: which commissioners the log knows,
// which fiscal years to offer, the report for a choice (counted by shared/contactLog/report.ts),
// and the file names of its PDF and CSV.
import { fiscalYear as fiscalYearOf } from '../../../shared/text/dates';
import type { ContactInput } from '../../../shared/contactLog/contact';
import { fiscalYearReport, monthlyReport, type ActivityReport } from '../../../shared/contactLog/report';
import type { PrintSize } from '../../../shared/print/model';
import type { Period } from './contactLog';

export type ReportPeriod = Period;

export interface Commissioner {
  id: string;
  name: string;
}

type LogEntry = Pick<ContactInput, 'recordedBy' | 'recordedByName' | 'date'> & { updatedAt: number };

/**
 * Everyone who recorded entries, by profile id, with the name of their latest entry. The current
 * user comes first (under their current name) even with no entries yet; the rest by name, any
 * without a name last.
 */
export function commissionersOf(entries: readonly LogEntry[], current: Commissioner): Commissioner[] {
  const latest = new Map<string, LogEntry>();
  for (const e of entries) {
    const seen = latest.get(e.recordedBy);
    if (!seen || e.date > seen.date || (e.date === seen.date && e.updatedAt > seen.updatedAt)) latest.set(e.recordedBy, e);
  }
  latest.delete(current.id);
  const others = [...latest.values()].map((e) => ({ id: e.recordedBy, name: e.recordedByName.trim() || '—' }));
  const unnamed = (c: Commissioner) => (c.name === '—' ? 1 : 0);
  others.sort((a, b) => unnamed(a) - unnamed(b) || a.name.localeCompare(b.name, 'ja') || a.id.localeCompare(b.id));
  return [current, ...others];
}

/**
 * Every fiscal year from the log's first entry to its last (or the current one, if later),
 * newest first: the screen offers them without opening the entries (the dates are indexed).
 */
export function fiscalYearRange(span: { first: string; last: string } | null, today: string): number[] {
  const now = fiscalYearOf(today);
  if (!span) return [now];
  const from = Math.min(fiscalYearOf(span.first), now);
  const to = Math.max(fiscalYearOf(span.last), now);
  return Array.from({ length: to - from + 1 }, (_, i) => to - i);
}

export function buildReport(entries: readonly ContactInput[], recordedBy: string, period: ReportPeriod): ActivityReport {
  return period.kind === 'month'
    ? monthlyReport(entries, { recordedBy, month: period.month })
    : fiscalYearReport(entries, { recordedBy, fiscalYear: period.fiscalYear });
}

/** katsudo-2026-11.csv, katsudo-2026nendo-large.pdf: no names, so the file list says nothing personal. */
export function reportFileName(report: ActivityReport, ext: 'csv' | 'pdf', size?: PrintSize): string {
  const period = report.kind === 'month' ? report.month : `${report.fiscalYear}nendo`;
  return `katsudo-${period}${size === 'large' ? '-large' : ''}.${ext}`;
}

/** The audit log's record id for an export: what and which period, never whose names. */
export function reportAuditId(report: ActivityReport, what: 'csv' | PrintSize): string {
  return `activity-report:${report.kind === 'month' ? report.month : `FY${report.fiscalYear}`}:${what}`;
}
