// 一覧を印刷（会議用・氏名なし）: wired to shared/referral/referralListPrint.ts once it is merged from main.
import type { ReferralSummary } from './referralView';

export function ListPrintButton(_props: { rows: readonly ReferralSummary[]; districtName: string; today: string }) {
  return null;
}
