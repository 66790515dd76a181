// What the 書き出し・取り込み screen reads and writes: the rows of each export (decrypted while
// the vault is open, names instead of ids) and the one write of an import.
import type { District } from '../../../shared/domain/plan';
import type { CsvRows } from '../../../shared/csv/format';
import { rosterRows, type ImportPlan } from '../../../shared/persons/roster';
import { contactLogRows } from '../../../shared/contactLog/logCsv';
import { actionRows } from '../../../shared/actions/actionsCsv';
import type { VaultSession } from '../../vault/session';
import type { PersonStore } from '../../records/personStore';
import { contactsBetween, periodRange } from '../contactLog';
import { listActions } from '../actions';

export type LogPeriod = { kind: 'month'; month: string } | { kind: 'fiscalYear'; fiscalYear: number };

/** File names and audit ids say what and which period, never whose names. */
export function periodLabel(p: LogPeriod): string {
  return p.kind === 'month' ? p.month : `${p.fiscalYear}nendo`;
}

const districtNamer = (districts: readonly District[]) => (id: string) => districts.find((d) => d.id === id)?.name ?? '';
const personNamer = (persons: PersonStore) => (id: string) => persons.get(id)?.name ?? '';

/** Every live person (the trash stays out), in the list's order. */
export function personsExport(persons: PersonStore, districts: readonly District[]): { rows: CsvRows } {
  const live = persons.getSnapshot().filter((p) => p.deletedAt === 0);
  return { rows: rosterRows(live, districtNamer(districts)) };
}

export async function contactLogExport(
  session: VaultSession,
  persons: PersonStore,
  period: LogPeriod,
): Promise<{ rows: CsvRows; skipped: number }> {
  const { from, to } = periodRange(period);
  const { items, corrupt } = await contactsBetween(session, from, to);
  return { rows: contactLogRows(items, personNamer(persons)), skipped: corrupt.length };
}

export async function actionsExport(
  session: VaultSession,
  persons: PersonStore,
  districts: readonly District[],
): Promise<{ rows: CsvRows; skipped: number }> {
  const { items, corrupt } = await listActions(session);
  return { rows: actionRows(items, { person: personNamer(persons), district: districtNamer(districts) }), skipped: corrupt.length };
}

/** The persons an import would create: valid rows, and the flagged duplicates only when chosen. */
export function rowsToImport(plan: ImportPlan, includeDuplicates: boolean) {
  return plan.rows
    .filter((r) => r.input !== null && (includeDuplicates || !r.duplicate))
    .map((r) => r.input)
    .filter((p) => p !== null);
}

/**
 * Writes the import: every person with its person.create entry and one import.csv entry (the
 * count as its id, like trash.empty), in one transaction, so a failure leaves nothing behind.
 */
export async function commitImport(persons: PersonStore, plan: ImportPlan, includeDuplicates: boolean, now: number): Promise<number> {
  const inputs = rowsToImport(plan, includeDuplicates);
  if (inputs.length === 0) return 0;
  return persons.createMany(inputs, now, [{ action: 'import.csv', table: 'persons', recordId: String(inputs.length) }]);
}
