// The way to the 本人情報シート. A professional profile (区役所・地域ケアプラザ・区社協) gets a link;
// anyone else sees the button disabled and, right under it, why and what to do instead.
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../../records/context';
import { routeHref } from '../../../ui/router';
import { isProfessionalRole } from '../../../../shared/domain/plan';
import type { Referral } from '../referralRepo';
import { useDates } from '../../../i18n/dates';
import { tWithUser } from '../../../ui/UserText';

export function SheetLink({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const dates = useDates();
  const { profile } = useOpenVault();
  const allowed = isProfessionalRole(profile.role);
  const label = referral.sheet ? t('referrals.page.sheetOpen') : t('referrals.page.sheetCreate');
  return (
    <section className="ref-section card ref-sheet-link" aria-labelledby="ref-sheet-title">
      <h2 id="ref-sheet-title">{t('referrals.sheet.title')}</h2>
      {referral.sheet ? (
        <p>
          {tWithUser(
            t,
            'referrals.page.sheetWritten',
            { author: referral.sheet.header.author },
            { date: dates.short(referral.sheet.header.writtenOn) },
          )}
        </p>
      ) : null}
      {allowed ? (
        <a className="button primary" href={routeHref({ name: 'referral-sheet', id: referral.id })}>
          {label}
        </a>
      ) : (
        <>
          <button type="button" disabled aria-describedby="ref-sheet-why">
            {label}
          </button>
          <p id="ref-sheet-why" className="notice ref-why">
            {t('referrals.page.sheetNotPermitted')}
          </p>
        </>
      )}
    </section>
  );
}
