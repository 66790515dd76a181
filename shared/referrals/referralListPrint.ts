// 成年後見 つなぎ状況一覧: the open referrals of a district on one sheet, for the 地区別支援チーム
// meeting to see which cases have stalled (docs/domain.md §4.6, §5).
// The list deliberately carries no names, addresses or health details: a case is a short label,
// and the team opens it in the app to talk about it. It is still `personal: true` (取扱注意 on
// every page): it is case material handed round a meeting, a label plus district, step, urgency
// and expected type can still point to someone in a small district, and the attendees' duty of
// confidentiality applies to it as to the minutes.
import type { PrintBlock, PrintDocument, PrintSize } from '../print/model';
import { formatDateJa, formatWareki, isValidIsoDate } from '../text/dates';
import { isOpen, statusLabel, type ReferralStatus } from './status';

export interface ReferralListRow {
  /** A short label chosen by the caller (see referralListLabel) — never the person's name. */
  readonly label: string;
  readonly districtName: string;
  readonly status: ReferralStatus;
  readonly daysInStatus: number;
  /** The stall limit for the step in days (0 for an ended case). */
  readonly limit: number;
  readonly stalled: boolean;
  readonly urgency: string;
  readonly expectedType: string;
  /** The next step agreed, as short free text. It is printed as given: callers must keep names out of it. */
  readonly nextAction?: string;
}

export interface ReferralListOptions {
  readonly districtName: string;
  /** 'YYYY-MM-DD': the day the days in each step are counted to. */
  readonly asOf: string;
  readonly size: PrintSize;
}

export const REFERRAL_LIST_TITLE = '成年後見 つなぎ状況一覧';

/**
 * The short label for row `index` of the list: ケース1, ケース2, … The name is taken so callers
 * pass what they have, but it is deliberately not used. Initials are not derived from it:
 * romanising a Japanese name is unreliable (readings are ambiguous, and ふりがな may be missing),
 * and initials still identify someone in a district of a few hundred households.
 */
export function referralListLabel(_name: string, index: number): string {
  return `ケース${index + 1}`;
}

/** Stalled cases first, then the longest time in the current step; stable otherwise. */
export function sortReferralRows<T extends Pick<ReferralListRow, 'stalled' | 'daysInStatus'>>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => Number(b.stalled) - Number(a.stalled) || b.daysInStatus - a.daysInStatus);
}

function days(r: ReferralListRow): string {
  return isOpen(r.status) && r.limit > 0 ? `${r.daysInStatus}日\n基準${r.limit}日` : `${r.daysInStatus}日`;
}

export function referralListDocument(rows: readonly ReferralListRow[], opts: ReferralListOptions): PrintDocument {
  const sorted = sortReferralRows(rows);
  const open = rows.filter((r) => isOpen(r.status));
  const stalled = open.filter((r) => r.stalled).length;
  const ended = rows.length - open.length;
  const withNext = rows.some((r) => (r.nextAction ?? '').trim() !== '');
  const asOf = isValidIsoDate(opts.asOf) ? formatDateJa(opts.asOf) : opts.asOf;
  // Widths in mm (the engine scales them to the page). 標準: one line for 鶴見中央地区, 支援方針検討,
  // 任意後見 and 基準120日. 大きな文字: the short columns keep their headers on one line and 地区 and
  // 段階 wrap, so that 次の対応 keeps some room. Without 次の対応 the columns widen to the page.
  const [w, nextWidth] = opts.size === 'large' ? [[23, 18, 23, 26, 14, 18, 23], 25] : [[18, 27, 26, 22, 11, 15, 19], 32];
  const headers = ['ケース', '地区', '段階', '段階の日数', '停滞', '緊急度', '想定類型'];
  const columns = [
    ...headers.map((header, i) => ({ header, width: w[i] ?? 20 })),
    ...(withNext ? [{ header: '次の対応', width: nextWidth }] : []),
  ];
  const tableRows = sorted.map((r) => [
    r.label,
    r.districtName,
    statusLabel(r.status),
    days(r),
    r.stalled ? '●' : '',
    r.urgency,
    r.expectedType,
    ...(withNext ? [(r.nextAction ?? '').trim()] : []),
  ]);
  const summary = `継続中 ${open.length}件、うち停滞 ${stalled}件${ended > 0 ? `（ほかに終了 ${ended}件）` : ''}`;
  const blocks: PrintBlock[] = [
    { kind: 'heading', level: 1, text: REFERRAL_LIST_TITLE },
    { kind: 'field', label: '地区', value: opts.districtName },
    { kind: 'field', label: '基準日', value: asOf },
    {
      kind: 'note',
      title: 'この一覧について',
      text: 'この一覧には、氏名・住所・心身の状態など、個人が特定される情報を載せていません。個々のケースは、アプリで開いて確認してください。会議の資料として扱い、複写しないでください。',
    },
    { kind: 'paragraph', bold: true, text: summary },
    rows.length > 0 ? { kind: 'table', columns, rows: tableRows } : { kind: 'paragraph', text: '対象のケースはありません。' },
    {
      kind: 'paragraph',
      muted: true,
      text: '※ 停滞（●）：今の段階になってからの日数が、段階ごとの基準の日数を超えているもの。停滞しているものを先に、日数の長い順に並べています。',
    },
  ];
  return {
    title: REFERRAL_LIST_TITLE,
    personal: true,
    size: opts.size,
    blocks,
    footerNote: `基準日 ${isValidIsoDate(opts.asOf) ? formatWareki(opts.asOf) : opts.asOf}`,
    subject: '成年後見 つなぎ状況一覧（氏名なし）',
  };
}
