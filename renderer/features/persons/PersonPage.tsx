import { now } from '../../platform/clock';
import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { navigate, routeHref } from '../../ui/router';
import { errorMessage } from '../../i18n';
import { ErrorBox } from '../../ui/fields';
import { PersonNotesSection } from '../endingNotes';
import { PersonTimeline } from '../timeline';
import { PersonReferralsSection } from '../referrals';
import { CaseRecordPrint } from './CaseRecordPrint';
import { ageOn, tokyoDate } from '../../../shared/text/dates';
import { useDates } from '../../i18n/dates';
import { useTerm } from '../../i18n/terms';
import { UserText } from '../../ui/UserText';

export function PersonPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { persons, districts, notify } = useOpenVault();
  const dates = useDates();
  const term = useTerm();
  useSyncExternalStore(persons.subscribe, persons.getSnapshot);
  const p = persons.get(id);
  if (!p || p.deletedAt > 0) return <ErrorBox message={t('errors.NotFound')} />;

  const districtName = districts.find((d) => d.id === p.districtId)?.name;
  const district = districtName ? <UserText>{districtName}</UserText> : t('person.notSet');
  const none = t('common.none');
  const list = t('punct.list');
  /** What was typed, as typed; empty shows 「なし」. */
  const typed = (v: string): ReactNode => (v ? <UserText>{v}</UserText> : none);
  const cert = [
    p.certification.careLevel && term(p.certification.careLevel),
    p.certification.disabilitySupportLevel && t('persons.cert.disability', { level: term(p.certification.disabilitySupportLevel) }),
    p.certification.ryoikuGrade && t('persons.cert.ryoiku', { grade: p.certification.ryoikuGrade }),
    p.certification.mentalHandbookGrade && t('persons.cert.mental', { grade: term(p.certification.mentalHandbookGrade) }),
  ]
    .filter(Boolean)
    .join(list);
  const gap = t('punct.gap');
  const rows: [string, ReactNode][] = [
    [t('person.furigana'), typed(p.furigana)],
    [
      t('person.birthDate'),
      p.birthDate ? `${dates.date(p.birthDate)}${gap}${t('persons.age', { age: ageOn(p.birthDate, tokyoDate()) })}` : none,
    ],
    [t('person.sex'), p.sex ? term(p.sex) : none],
    [t('person.district'), district],
    [t('person.address'), typed(p.address)],
    [t('person.phone'), typed(p.phone)],
    [
      t('person.household'),
      p.household || p.householdNote ? (
        <>
          {p.household ? term(p.household) : ''}
          {p.household && p.householdNote ? t('punct.colon') : ''}
          {p.householdNote ? <UserText>{p.householdNote}</UserText> : null}
        </>
      ) : (
        none
      ),
    ],
    ...(p.dischargedOn ? ([[t('person.dischargedOn'), dates.date(p.dischargedOn)]] as [string, ReactNode][]) : []),
    [
      t('person.emergencyName'),
      typed([p.emergencyContact.name, p.emergencyContact.relation, p.emergencyContact.phone].filter(Boolean).join(gap)),
    ],
    [t('person.doctor'), typed(p.doctor)],
    [t('person.sections.care'), cert || none],
    [t('person.commissioner'), typed(p.commissioner)],
    [
      t('person.sections.consent'),
      p.consent.given ? (
        <>
          {[p.consent.date ? dates.date(p.consent.date) : '', p.consent.scopes.map(term).join(list)].filter(Boolean).join(gap)}
          {p.consent.obtainedBy ? (
            <>
              {gap}
              <UserText>{p.consent.obtainedBy}</UserText>
            </>
          ) : null}
        </>
      ) : (
        t('persons.noConsent')
      ),
    ],
    [t('person.sections.flags'), p.careFlags.map(term).join(list) || none],
    [t('person.status'), term(p.status)],
  ];

  const trash = async () => {
    if (!window.confirm(t('persons.trashConfirm', { name: p.name }))) return;
    try {
      await persons.trash(p.id, now());
      notify(t('persons.trashed'));
      navigate({ name: 'persons' });
    } catch (e) {
      notify(errorMessage(e));
    }
  };

  return (
    <article aria-labelledby="person-title">
      <p>
        <a href={routeHref({ name: 'persons' })}>← {t('persons.back')}</a>
      </p>
      <div className="page-head">
        <h1 id="person-title" className="person-name" data-user="">
          {p.name}
        </h1>
        <div className="row">
          <a className="button primary" href={routeHref({ name: 'contact-new', personId: p.id })}>
            {t('timeline.addContact')}
          </a>
          <a className="button" href={routeHref({ name: 'person-edit', id: p.id })}>
            {t('persons.edit')}
          </a>
          <button type="button" onClick={() => void trash()}>
            {t('persons.trash')}
          </button>
        </div>
      </div>
      <dl className="details">
        {rows.map(([k, val]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{val}</dd>
          </div>
        ))}
      </dl>
      {p.note ? (
        <section>
          <h2>{t('person.note')}</h2>
          <p className="note-text" data-user="">
            {p.note}
          </p>
        </section>
      ) : null}
      <CaseRecordPrint person={p} districtName={districts.find((d) => d.id === p.districtId)?.name ?? ''} />
      <PersonTimeline personId={p.id} />
      <PersonReferralsSection person={p} />
      <PersonNotesSection person={p} />
    </article>
  );
}
