// Search as you type over the decrypted in-memory index: keys are folded once per change of
// the list, so a keystroke costs one substring scan over 10,000 short strings.
import { foldForSearch } from '../../../shared/text/normalize';
import type { PersonRecord } from '../../records/personStore';

export interface SearchEntry {
  person: PersonRecord;
  key: string;
}

export function buildSearchIndex(persons: readonly PersonRecord[]): SearchEntry[] {
  return persons.map((person) => ({ person, key: `${foldForSearch(person.name)}\u0000${foldForSearch(person.furigana)}` }));
}

// The store publishes a new snapshot array on every change, so the snapshot itself is the cache
// key: the list page and every person picker on a screen (a meeting with several cases) share one
// index instead of folding 10,000 names each.
const indexes = new WeakMap<readonly PersonRecord[], SearchEntry[]>();

/** The search index of a store snapshot, built once per snapshot. */
export function searchIndexOf(snapshot: readonly PersonRecord[]): SearchEntry[] {
  let index = indexes.get(snapshot);
  if (!index) {
    index = buildSearchIndex(snapshot);
    indexes.set(snapshot, index);
  }
  return index;
}

export interface PersonFilter {
  query: string;
  districtId: string;
  status: string;
  trashed: boolean;
}

export function filterPersons(index: readonly SearchEntry[], f: PersonFilter): PersonRecord[] {
  const pieces = f.query
    .split(/[\s\u3000]+/u)
    .map(foldForSearch)
    .filter(Boolean);
  const out: PersonRecord[] = [];
  for (const { person, key } of index) {
    if (person.deletedAt > 0 !== f.trashed) continue;
    if (f.districtId && person.districtId !== f.districtId) continue;
    if (f.status && person.status !== f.status) continue;
    if (pieces.every((p) => key.includes(p))) out.push(person);
  }
  return out;
}
