// 「一覧を印刷（会議用・氏名なし）」: the referrals shown, as the name-free meeting list of
// shared/referrals/referralListPrint.ts, numbered ケース1, ケース2 … as on the screen.
import { useTranslation } from 'react-i18next';
import { referralListDocument, type ReferralListRow } from '../../../../shared/referrals/referralListPrint';
import { fileNames } from '../referralPrint';
import { PrintButton } from '../PrintButton';

export function ListPrintButton({ rows, districtName, today }: { rows: readonly ReferralListRow[]; districtName: string; today: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PrintButton
        job={{
          build: () => referralListDocument(rows, { districtName, asOf: today, size: 'standard' }),
          fileName: fileNames.list(today),
          table: 'referrals',
          recordId: `list:${today}`,
        }}
        describedBy="ref-list-print-help"
      >
        {t('referrals.list.print')}
      </PrintButton>
      <p className="help" id="ref-list-print-help">
        {t('referrals.list.printHelp')}
      </p>
    </>
  );
}
