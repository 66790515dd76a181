// On a person's page: their latest contact-log entries and a 記録する button that opens the form
// with the person already chosen (saving comes back here).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../app/context';
import { routeHref } from '../../app/router';
import { now } from '../../app/clock';
import { tokyoDate } from '../../../shared/text/dates';
import type { PersonRecord } from '../persons/personRepo';
import { actionsOfPerson } from '../actions/actionRepo';
import { contactsOfPerson, followUpId } from './contactRepo';
import { followUpBadge } from './contactLog';
import { ContactLogRow } from './ContactLogRow';
import { JustSavedNotice } from './JustSavedNotice';
import './contacts.css';

const SHOWN = 5;

export function PersonContactsSection({ person }: { person: PersonRecord }) {
  const { t } = useTranslation();
  const { session } = useOpenVault();
  const [today] = useState(() => tokyoDate(now()));
  const data = useLiveQuery(async () => ({ contacts: await contactsOfPerson(session, person.id), actions: await actionsOfPerson(session, person.id) }), [session, person.id]);
  const status = new Map((data?.actions ?? []).map((a) => [a.id, a.status]));
  const contacts = data?.contacts ?? [];
  return (
    <section aria-labelledby="person-contacts-title" className="person-contacts">
      <div className="page-head">
        <h2 id="person-contacts-title">{t('contacts.personSection')}</h2>
        <a className="button primary" href={routeHref({ name: 'contact-new', personId: person.id })}>
          {t('contacts.add')}<span className="visually-hidden">：{person.name}</span>
        </a>
      </div>
      <JustSavedNotice />
      {!data ? null : contacts.length > 0 ? (
        <>
          <ol className="log-list" aria-label={t('contacts.personSection')}>
            {contacts.slice(0, SHOWN).map((c) => (
              <ContactLogRow key={c.id} c={c} person={person} followUp={followUpBadge(c, status.get(followUpId(c.id)), today)} />
            ))}
          </ol>
          {contacts.length > SHOWN ? <p className="help">{t('contacts.personMore', { n: contacts.length - SHOWN })}</p> : null}
        </>
      ) : (
        <p className="empty">{t('contacts.personEmpty')}</p>
      )}
    </section>
  );
}
