// やること (action items) as CSV rows: what, who, by when, done or not. The task is written as
// typed (the forms say not to put names in it, and it is what the list is for); the note written
// when closing an item stays in the vault.
import type { CsvRows } from '../csv/format';
import type { ActionItemInput } from './actionItem';

export const ACTIONS_CSV_HEADER = ['期限', '状態', 'やること', '担当', '所属', '対象者', '地区', 'きっかけ', '完了日'];

/** Open items first, then by due date. */
export function actionRows(
  items: readonly ActionItemInput[],
  names: { person: (id: string) => string; district: (id: string) => string },
): CsvRows {
  const sorted = [...items].sort((a, b) => (a.status === b.status ? 0 : a.status === 'open' ? -1 : 1) || a.due.localeCompare(b.due));
  return [
    ACTIONS_CSV_HEADER,
    ...sorted.map((a) => [
      a.due,
      a.status === 'open' ? '未完了' : '完了',
      a.task,
      a.owner,
      a.ownerOrg,
      a.personId ? names.person(a.personId) : '',
      a.districtId ? names.district(a.districtId) : '',
      a.source === 'meeting' ? '会議' : '見守り記録',
      a.doneDate,
    ]),
  ];
}
