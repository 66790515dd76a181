// Pure helpers of the やること list: the counts at the top and the owner filter's choices.
import { actionState, type ActionItemInput } from '../../../shared/actions/actionItem';

export function actionCounts(items: readonly Pick<ActionItemInput, 'status' | 'due'>[], today: string): { open: number; overdue: number } {
  const open = items.filter((a) => a.status === 'open');
  return { open: open.length, overdue: open.filter((a) => actionState(a, today) === 'overdue').length };
}

/** Every owner named on an item, once, in Japanese order. */
export function ownerOptions(items: readonly Pick<ActionItemInput, 'owner'>[]): string[] {
  return [...new Set(items.map((a) => a.owner))].sort((x, y) => x.localeCompare(y, 'ja'));
}

/** Items whose source was moved to the trash are not listed (they come back with it). */
export function withoutTrashedSources<T extends Pick<ActionItemInput, 'sourceId'>>(
  items: readonly T[],
  trashedSources: ReadonlySet<string>,
): T[] {
  return items.filter((a) => !trashedSources.has(a.sourceId));
}
