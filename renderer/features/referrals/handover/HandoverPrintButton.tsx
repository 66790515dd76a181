// 「つなぎ票を印刷」 for one hand-over: the receiving desk's sheet (who, why, what was done, what
// the person wants, contact, consent), from shared/referrals/handoverPrint.ts, sent from the
// profile's organisation and name.
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../../records/context';
import { now } from '../../../platform/clock';
import { tokyoDate } from '../../../../shared/text/dates';
import { handoverDocument } from '../../../../shared/referrals/handoverPrint';
import type { PersonRecord } from '../../../records/personStore';
import type { Referral } from '../referralRepo';
import { inputOf } from '../referralForm';
import { fileNames } from '../referralPrint';
import { PrintButton } from '../PrintButton';
import { useTerm } from '../../../i18n/terms';

export function HandoverPrintButton({ referral, index, person }: { referral: Referral; index: number; person: PersonRecord | undefined }) {
  const { t } = useTranslation();
  const term = useTerm();
  const { profile, districts } = useOpenVault();
  const h = referral.handovers[index];
  if (!h) return null;
  const districtName = (id: string) => districts.find((d) => d.id === id)?.name ?? '';
  const ownDistrict = districtName(profile.districtId);
  const build = () =>
    handoverDocument(inputOf(referral), index, {
      personName: person?.name ?? '',
      personBirthDate: person?.birthDate ?? '',
      personAddress: person?.address ?? '',
      personPhone: person?.phone ?? '',
      districtName: districtName(referral.districtId),
      fromOrg: `${t(`roles.${profile.role}`)}${ownDistrict ? `（${ownDistrict}）` : ''}`,
      fromName: profile.name,
      fromContact: '',
      size: 'standard',
      printedOn: tokyoDate(now()),
    });
  return (
    <PrintButton
      job={{ build, fileName: fileNames.handover(h.date, index), table: 'referrals', recordId: `${referral.id}:handover:${index}` }}
    >
      {t('referrals.handovers.print')}
      <span className="visually-hidden">
        {t('punct.colon')}
        {term(h.to)}
      </span>
    </PrintButton>
  );
}
