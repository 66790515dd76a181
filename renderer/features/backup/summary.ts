// What the conflict screen shows of a record: the fields in which the two versions differ,
// each cut to a readable length, under the record's title.
import type { Stored } from '../../records/sealed';

const TITLE_FIELDS: Record<string, readonly string[]> = {
  persons: ['name'],
  contacts: ['date', 'summary'],
  meetings: ['date', 'title'],
  actions: ['task', 'due'],
  referrals: ['consultedOn'],
  endingNotes: ['templateId'],
  directory: ['name', 'organisation'],
};

const META = new Set(['id', 'rev', 'createdAt', 'updatedAt']);

function show(v: unknown): string {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  const chars = [...(text ?? '')];
  return chars.length > 80 ? `${chars.slice(0, 80).join('')}…` : chars.join('');
}

export function recordTitle(table: string, r: Stored<unknown>): string {
  const o = r as unknown as Record<string, unknown>;
  return (TITLE_FIELDS[table] ?? [])
    .map((k) => o[k])
    .filter((v) => typeof v === 'string' && v !== '')
    .map(show)
    .join(' ');
}

/** A field's value in words where the raw value means nothing to a person (a district id). */
export type FieldFormat = (field: string, value: unknown) => string | undefined;

/** The top-level fields whose values differ, with both values shown. */
export function differences(
  mine: Stored<unknown>,
  theirs: Stored<unknown>,
  format?: FieldFormat,
): { field: string; mine: string; theirs: string }[] {
  const a = mine as unknown as Record<string, unknown>;
  const b = theirs as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !META.has(k));
  const text = (k: string, v: unknown) => format?.(k, v) ?? show(v ?? '');
  return keys
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => ({ field: k, mine: text(k, a[k]), theirs: text(k, b[k]) }));
}
