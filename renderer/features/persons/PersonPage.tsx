import { now } from '../../platform/clock';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { navigate, routeHref } from '../../ui/router';
import { errorMessage } from '../../i18n';
import { ErrorBox } from '../../ui/fields';
import { PersonNotesSection } from '../endingNotes';
import { PersonTimeline } from '../timeline';
import { PersonReferralsSection } from '../referrals';
import { CaseRecordPrint } from './CaseRecordPrint';
import { ageOn, formatDateJa, tokyoDate } from '../../../shared/text/dates';

export function PersonPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { persons, districts, notify } = useOpenVault();
  useSyncExternalStore(persons.subscribe, persons.getSnapshot);
  const p = persons.get(id);
  if (!p || p.deletedAt > 0) return <ErrorBox message={t('errors.NotFound')} />;

  const district = districts.find((d) => d.id === p.districtId)?.name ?? t('person.notSet');
  const none = t('common.none');
  const cert = [
    p.certification.careLevel,
    p.certification.disabilitySupportLevel && `障害支援${p.certification.disabilitySupportLevel}`,
    p.certification.ryoikuGrade && `療育手帳${p.certification.ryoikuGrade}`,
    p.certification.mentalHandbookGrade && `精神保健福祉手帳${p.certification.mentalHandbookGrade}`,
  ]
    .filter(Boolean)
    .join('、');
  const rows: [string, string][] = [
    [t('person.furigana'), p.furigana || none],
    [
      t('person.birthDate'),
      p.birthDate ? `${formatDateJa(p.birthDate)}　${t('persons.age', { age: ageOn(p.birthDate, tokyoDate()) })}` : none,
    ],
    [t('person.sex'), p.sex || none],
    [t('person.district'), district],
    [t('person.address'), p.address || none],
    [t('person.phone'), p.phone || none],
    [t('person.household'), [p.household, p.householdNote].filter(Boolean).join('：') || none],
    ...(p.dischargedOn ? ([[t('person.dischargedOn'), formatDateJa(p.dischargedOn)]] as [string, string][]) : []),
    [
      t('person.emergencyName'),
      [p.emergencyContact.name, p.emergencyContact.relation, p.emergencyContact.phone].filter(Boolean).join('　') || none,
    ],
    [t('person.doctor'), p.doctor || none],
    [t('person.sections.care'), cert || none],
    [t('person.commissioner'), p.commissioner || none],
    [
      t('person.sections.consent'),
      p.consent.given
        ? `${p.consent.date ? formatDateJa(p.consent.date) : ''}　${p.consent.scopes.join('、')}　${p.consent.obtainedBy}`
        : t('persons.noConsent'),
    ],
    [t('person.sections.flags'), p.careFlags.join('、') || none],
    [t('person.status'), p.status],
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
        <h1 id="person-title" className="person-name">
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
          <p className="note-text">{p.note}</p>
        </section>
      ) : null}
      <CaseRecordPrint person={p} districtName={districts.find((d) => d.id === p.districtId)?.name ?? ''} />
      <PersonTimeline personId={p.id} />
      <PersonReferralsSection person={p} />
      <PersonNotesSection person={p} />
    </article>
  );
}
