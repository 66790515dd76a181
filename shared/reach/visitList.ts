// 訪問予定リスト: who to visit in the coming week, to carry on paper when going out without the
// laptop. Names and addresses only (and the district and when the visit is due), never notes,
// health or family details: a sheet left behind says as little as possible. Still 取扱注意.
import type { PrintBlock, PrintDocument, PrintSize } from '../print/model';
import { formatWareki } from '../text/dates';
import { addDays, contactDues, daysBetween, FOLLOW_UP_AHEAD, groupByDistrict, isFollowUp, type ReachInput } from './reach';

export const VISIT_LIST_TITLE = '訪問予定リスト';
/** The list covers the overdue and those due within this many days. */
export const VISIT_LIST_DAYS = 7;

export interface VisitLine {
  readonly personId: string;
  readonly districtId: string;
  /** The earliest of the contact due date and any open follow-up's due date. */
  readonly dueDate: string;
}

/**
 * Persons to visit: live 見守り中 persons whose contact is due by today + VISIT_LIST_DAYS (the
 * overdue included), and any live person with an open follow-up due by then. Earliest first.
 */
export function visitLines(input: ReachInput): VisitLine[] {
  const until = addDays(input.today, VISIT_LIST_DAYS);
  const live = new Map(input.persons.filter((p) => p.deletedAt === 0).map((p) => [p.id, p]));
  const due = new Map<string, string>();
  const note = (personId: string, date: string) => {
    const seen = due.get(personId);
    if (date <= until && (seen === undefined || date < seen)) due.set(personId, date);
  };
  for (const d of contactDues(input)) note(d.personId, d.dueDate);
  const followUpUntil = addDays(input.today, Math.min(FOLLOW_UP_AHEAD, VISIT_LIST_DAYS));
  for (const a of input.actions)
    if (a.status === 'open' && isFollowUp(a) && live.has(a.personId) && a.due <= followUpUntil) note(a.personId, a.due);
  return [...due]
    .map(([personId, dueDate]) => ({ personId, districtId: live.get(personId)?.districtId ?? '', dueDate }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.personId.localeCompare(b.personId));
}

export interface VisitListMeta {
  readonly today: string;
  readonly size: PrintSize;
  readonly districts: readonly { id: string; name: string }[];
  /** Name and address of each person on the list. */
  readonly person: (id: string) => { name: string; address: string } | undefined;
  /** Who printed it (the header line). */
  readonly printedBy: string;
}

function dueText(dueDate: string, today: string): string {
  const d = daysBetween(today, dueDate);
  if (d < 0) return `${-d}日超過`;
  if (d === 0) return '今日';
  return `${d}日後`;
}

export function visitListDocument(lines: readonly VisitLine[], meta: VisitListMeta): PrintDocument {
  const until = addDays(meta.today, VISIT_LIST_DAYS);
  const title = `${VISIT_LIST_TITLE}（${formatWareki(meta.today)}〜${formatWareki(until)}）`;
  const names = new Map(meta.districts.map((d) => [d.id, d.name]));
  const blocks: PrintBlock[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'paragraph',
      text: `作成日 ${formatWareki(meta.today)}　作成者 ${meta.printedBy}　${lines.length}人。連絡の目安を過ぎた人と、7日以内に目安が来る人です。`,
    },
  ];
  if (lines.length === 0) blocks.push({ kind: 'paragraph', text: 'この期間に訪問が必要な人はいません。' });
  for (const g of groupByDistrict(
    lines,
    meta.districts.map((d) => d.id),
  )) {
    blocks.push({
      kind: 'table',
      label: g.districtId ? (names.get(g.districtId) ?? g.districtId) : '地区なし',
      columns: [
        { header: '氏名', width: 2.4 },
        { header: '住所', width: 5 },
        { header: '目安', width: 1.6 },
        { header: '訪問日・メモ', width: 2.6 },
      ],
      rows: g.items.map((l) => {
        const p = meta.person(l.personId);
        return [p?.name ?? '', p?.address ?? '', dueText(l.dueDate, meta.today), ''];
      }),
    });
  }
  return { title, personal: true, size: meta.size, blocks, lang: 'ja', subject: `visit-list ${meta.today}` };
}
