// One entry in the log: date (with 和暦), kind, person, the first line of what happened, and
// badges for the follow-up and the referral.
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../ui/router';
import type { PersonRecord } from '../../records/personStore';
import type { Contact } from './contactRepo';
import { firstLine, type FollowUpBadge } from './contactLog';
import { UserText } from '../../ui/UserText';
import { useDates } from '../../i18n/dates';
import { useTerm } from '../../i18n/terms';

export function ContactLogRow({ c, person, followUp }: { c: Contact; person: PersonRecord | undefined; followUp: FollowUpBadge }) {
  const { t } = useTranslation();
  const term = useTerm();
  const dates = useDates();
  const summary = firstLine(c.summary);
  const known = person && person.deletedAt === 0;
  const personName = c.personId ? (known ? person.name : t('contacts.unknownPerson')) : t('contacts.noPerson');
  return (
    <li className="log-row">
      <div className="log-date">
        <span className="day">{dates.day(c.date)}</span>
        <span className="wareki">{dates.wareki(c.date)}</span>
      </div>
      <div className="log-body">
        <div className="log-head">
          <span className="kind-badge">{t(`contacts.kinds.${c.kind}`)}</span>
          {person && person.deletedAt === 0 ? (
            <a className="log-person" href={routeHref({ name: 'person', id: person.id })} data-user="">
              {person.name}
            </a>
          ) : (
            <span className="log-person none">{personName}</span>
          )}
        </div>
        <p className={`log-summary${summary ? '' : ' none'}`} data-user={summary ? '' : undefined}>
          {summary || t('contacts.noSummary')}
        </p>
        <div className="badges">
          {c.field && c.content ? (
            <span className="badge plain">
              {term(c.field)}
              {t('punct.dot')}
              {term(c.content)}
            </span>
          ) : null}
          {c.otherActivity ? <span className="badge plain">{term(c.otherActivity)}</span> : null}
          {followUp.kind === 'open' ? (
            <span className="badge follow">{t('contacts.followUpOpen', { due: dates.monthDay(followUp.due) })}</span>
          ) : null}
          {followUp.kind === 'overdue' ? (
            <span className="badge overdue">{t('contacts.followUpOverdue', { due: dates.monthDay(followUp.due) })}</span>
          ) : null}
          {followUp.kind === 'done' ? <span className="badge done">{t('contacts.followUpDone')}</span> : null}
          {c.referredTo ? <span className="badge referral">{t('contacts.referredBadge', { to: term(c.referredTo) })}</span> : null}
        </div>
      </div>
      <a className="button open" href={routeHref({ name: 'contact', id: c.id })}>
        {t('contacts.open')}
        <span className="visually-hidden">
          {t('punct.colon')}
          {dates.day(c.date)} {known ? <UserText>{personName}</UserText> : personName}
        </span>
      </a>
    </li>
  );
}
