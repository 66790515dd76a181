// 本人情報シート print buttons (標準 / 大きな文字), from shared/referrals/personSheetPrint.ts. They
// print the saved sheet, so they wait until the changes on screen are saved.
import { useTranslation } from 'react-i18next';
import { now } from '../../../platform/clock';
import { tokyoDate } from '../../../../shared/text/dates';
import type { PrintSize } from '../../../../shared/print/model';
import { personSheetDocument } from '../../../../shared/referrals/personSheetPrint';
import type { PersonRecord } from '../../../records/personStore';
import type { Referral } from '../referralRepo';
import { fileNames } from '../referralPrint';
import { PrintButton } from '../PrintButton';

export function SheetPrintButtons({ referral, person, dirty }: { referral: Referral; person: PersonRecord | undefined; dirty: boolean }) {
  const { t } = useTranslation();
  const sheet = referral.sheet;
  if (!sheet) return null;
  const job = (size: PrintSize) => ({
    build: () =>
      personSheetDocument(sheet, {
        personName: person?.name ?? '',
        personBirthDate: person?.birthDate ?? '',
        size,
        printedOn: tokyoDate(now()),
      }),
    fileName: fileNames.sheet(sheet.header.writtenOn, size),
    table: 'referrals',
    recordId: `${referral.id}:sheet:${size}`,
  });
  return (
    <div className="sheet-print">
      <PrintButton job={job('standard')} disabled={dirty} describedBy={dirty ? 'sheet-print-why' : undefined}>
        {t('referrals.sheet.printStandard')}
      </PrintButton>
      <PrintButton job={job('large')} disabled={dirty} describedBy={dirty ? 'sheet-print-why' : undefined}>
        {t('referrals.sheet.printLarge')}
      </PrintButton>
      {dirty ? (
        <p className="help" id="sheet-print-why">
          {t('referrals.sheet.printAfterSave')}
        </p>
      ) : null}
    </div>
  );
}
