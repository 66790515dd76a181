// The contact log of a month or a fiscal year as CSV rows: who, when, how, and the 活動記録
// categories, so a spreadsheet can sort and count them. What was said (ようす・話したこと, 気づき,
// the follow-up task and the つなぎ先 note) stays in the vault: a CSV is readable by anyone who
// gets the file.
import type { CsvRows } from '../csv/format';
import type { ContactInput } from './contact';

export const LOG_CSV_HEADER = [
  '日付',
  '種別',
  '対象者',
  '分野',
  '内容',
  'その他の活動',
  'つなぎ先',
  'フォローアップ',
  'フォローアップ期限',
  '記録した人',
];

/** Oldest first; `personName` gives '' for an entry with no person (a meeting, a survey). */
export function contactLogRows(entries: readonly ContactInput[], personName: (id: string) => string): CsvRows {
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date));
  return [
    LOG_CSV_HEADER,
    ...sorted.map((c) => [
      c.date,
      c.kind,
      c.personId ? personName(c.personId) : '',
      c.field,
      c.content,
      c.otherActivity,
      c.referredTo,
      c.followUp.needed ? 'あり' : '',
      c.followUp.needed ? c.followUp.due : '',
      c.recordedByName,
    ]),
  ];
}
