// つなぎ先: the hand-overs made so far (each with its consent or the reason there was none, and
// its つなぎ票 to print), and the form that records a new one.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Handover } from '../../../../shared/referrals/referral';
import type { Referral } from '../referralRepo';
import type { HandoverForm as HandoverFormValue } from '../referralForm';
import { HandoverForm } from './HandoverForm';
import { useDates, type DateFormats } from '../../../i18n/dates';
import { useTerm } from '../../../i18n/terms';
import { UserText } from '../../../ui/UserText';

function consentLine(t: TFunction, dates: DateFormats, term: (w: string) => string, h: Handover): string {
  const c = h.consent;
  return c.kind === 'consent'
    ? t('referrals.handovers.consented', { date: dates.short(c.date), method: term(c.method) })
    : t('referrals.handovers.overridden', { reason: term(c.reason) });
}

export function HandoversSection(props: {
  referral: Referral;
  today: string;
  value: HandoverFormValue;
  onChange(v: HandoverFormValue): void;
  onAdded(saved: Referral): Promise<void>;
  /** The つなぎ票 print button for hand-over `index`. */
  printButton(index: number): ReactNode;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const term = useTerm();
  const { referral } = props;
  return (
    <section className="ref-section card" aria-labelledby="ref-handovers-title">
      <h2 id="ref-handovers-title">{t('referrals.handovers.title')}</h2>
      {referral.handovers.length === 0 ? (
        <p className="empty">{t('referrals.handovers.none')}</p>
      ) : (
        <ul className="ref-cards" aria-labelledby="ref-handovers-title">
          {referral.handovers.map((h, i) => (
            <li key={i} className="ref-card">
              <p className="ref-card-title">{t('referrals.handovers.item', { date: dates.short(h.date), to: term(h.to) })}</p>
              {h.contact ? (
                <p>
                  {t('referrals.handovers.contact')}
                  {t('punct.colon')}
                  <UserText>{h.contact}</UserText>
                </p>
              ) : null}
              <p className={h.consent.kind === 'override' ? 'ref-override-line' : undefined}>{consentLine(t, dates, term, h)}</p>
              {h.consent.note ? (
                <p className="ref-note" data-user="">
                  {h.consent.note}
                </p>
              ) : null}
              <div className="row">{props.printButton(i)}</div>
            </li>
          ))}
        </ul>
      )}
      <HandoverForm referral={referral} today={props.today} value={props.value} onChange={props.onChange} onAdded={props.onAdded} />
    </section>
  );
}
