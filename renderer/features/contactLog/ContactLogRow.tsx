// One entry in the log: date (with 和暦), kind, person, the first line of what happened, and
// badges for the follow-up and the referral.
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../ui/router';
import { formatWareki } from '../../../shared/text/dates';
import type { PersonRecord } from '../../records/personStore';
import type { Contact } from './contactRepo';
import { dayLabel, firstLine, shortDate, type FollowUpBadge } from './contactLog';

export function ContactLogRow({ c, person, followUp }: { c: Contact; person: PersonRecord | undefined; followUp: FollowUpBadge }) {
  const { t } = useTranslation();
  const summary = firstLine(c.summary);
  const personName = c.personId ? (person && person.deletedAt === 0 ? person.name : t('contacts.unknownPerson')) : t('contacts.noPerson');
  return (
    <li className="log-row">
      <div className="log-date">
        <span className="day">{dayLabel(c.date)}</span>
        <span className="wareki">{formatWareki(c.date)}</span>
      </div>
      <div className="log-body">
        <div className="log-head">
          <span className="kind-badge">{t(`contacts.kinds.${c.kind}`)}</span>
          {person && person.deletedAt === 0 ? (
            <a className="log-person" href={routeHref({ name: 'person', id: person.id })}>
              {person.name}
            </a>
          ) : (
            <span className="log-person none">{personName}</span>
          )}
        </div>
        <p className={`log-summary${summary ? '' : ' none'}`}>{summary || t('contacts.noSummary')}</p>
        <div className="badges">
          {c.field && c.content ? (
            <span className="badge plain">
              {c.field}・{c.content}
            </span>
          ) : null}
          {c.otherActivity ? <span className="badge plain">{c.otherActivity}</span> : null}
          {followUp.kind === 'open' ? (
            <span className="badge follow">{t('contacts.followUpOpen', { due: shortDate(followUp.due) })}</span>
          ) : null}
          {followUp.kind === 'overdue' ? (
            <span className="badge overdue">{t('contacts.followUpOverdue', { due: shortDate(followUp.due) })}</span>
          ) : null}
          {followUp.kind === 'done' ? <span className="badge done">{t('contacts.followUpDone')}</span> : null}
          {c.referredTo ? <span className="badge referral">{t('contacts.referredBadge', { to: c.referredTo })}</span> : null}
        </div>
      </div>
      <a className="button open" href={routeHref({ name: 'contact', id: c.id })}>
        {t('contacts.open')}
        <span className="visually-hidden">
          ：{dayLabel(c.date)} {personName}
        </span>
      </a>
    </li>
  );
}
