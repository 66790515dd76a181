// What the referral screens print, built from the shared document builders (shared/referrals/*Print.ts):
// the list rows with their ケース labels (never names), and the file names (never names either:
// file names land in Downloads folders and recent-file lists).
import { referralListLabel, sortReferralRows, type ReferralListRow } from '../../../shared/referrals/referralListPrint';
import type { PrintSize } from '../../../shared/print/model';
import type { ReferralSummary } from './referralView';

/**
 * The rows of the meeting list in the order the print shows them (stalled first, then the
 * longest in their step), labelled ケース1, ケース2 … in that order, with the label of each
 * referral so the screen can show the same label beside the name (`numbers`: its number, for
 * the screen's own language).
 */
export function listRows(
  shown: readonly ReferralSummary[],
  districtName: (id: string) => string,
): { rows: ReferralListRow[]; labels: Map<string, string>; numbers: Map<string, number> } {
  const sorted = sortReferralRows(shown.map((s) => ({ s, stalled: s.stall.stalled, daysInStatus: s.stall.daysInStatus })));
  const labels = new Map<string, string>();
  const numbers = new Map<string, number>();
  const rows = sorted.map(({ s }, i): ReferralListRow => {
    // The name is deliberately not passed on: the label is a number in this list.
    const label = referralListLabel('', i);
    labels.set(s.id, label);
    numbers.set(s.id, i + 1);
    return {
      label,
      districtName: districtName(s.districtId),
      status: s.stall.status,
      daysInStatus: s.stall.daysInStatus,
      limit: s.stall.limit,
      stalled: s.stall.stalled,
      urgency: s.urgency,
      expectedType: s.expectedType,
    };
  });
  return { rows, labels, numbers };
}

const SIZE_WORD: Record<PrintSize, string> = { standard: '標準', large: '大きな文字' };

export const fileNames = {
  list: (asOf: string) => `成年後見つなぎ状況一覧_${asOf}.pdf`,
  handover: (date: string, index: number) => `つなぎ票_${date}_${index + 1}.pdf`,
  sheet: (writtenOn: string, size: PrintSize) => `本人情報シート_${writtenOn}_${SIZE_WORD[size]}.pdf`,
};
