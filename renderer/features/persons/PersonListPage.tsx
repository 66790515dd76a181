import { useDeferredValue, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { routeHref } from '../../ui/router';
import { PERSON_STATUSES } from '../../../shared/persons/person';
import { ageOn, tokyoDate } from '../../../shared/text/dates';
import { SelectField, TextField } from '../../ui/fields';
import { CorruptNotice } from '../../ui/CorruptNotice';
import { UserText } from '../../ui/UserText';
import { useMeasuredRows } from '../../ui/measuredRows';
import { useTerm } from '../../i18n/terms';
import { filterPersons, searchIndexOf } from './personSearch';
import { lastContactDates } from '../reach';
import { daysWithoutContact } from '../../../shared/reach/reach';

/** The choices of 「N日以上連絡なし」; 'custom' lets the user type N. */
const NO_CONTACT_CHOICES = ['7', '14', '30', '60', '90'] as const;

/** N as typed (half- or full-width digits), or undefined while it is not a whole number of days. */
function daysTyped(text: string): number | undefined {
  const raw = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /^\d{1,4}$/.test(raw) ? Number(raw) : undefined;
}

/** A row of two lines at the base size (about 76 px at 18 px); rows are measured as drawn. */
const ROW_ESTIMATE_REM = 4.2;

export function PersonListPage() {
  const { t } = useTranslation();
  const term = useTerm();
  const { session, persons, districts } = useOpenVault();
  const all = useSyncExternalStore(persons.subscribe, persons.getSnapshot);
  const index = useMemo(() => searchIndexOf(all), [all]);
  const [query, setQuery] = useState('');
  const [districtId, setDistrictId] = useState('');
  const [status, setStatus] = useState('');
  const [noContact, setNoContact] = useState('');
  const [noContactTyped, setNoContactTyped] = useState('');
  // Read once per list open, from the contacts index keys (no entry is opened).
  const [lastContact, setLastContact] = useState<ReadonlyMap<string, string> | null>(null);
  useEffect(() => {
    let alive = true;
    lastContactDates(session)
      .then((m) => alive && setLastContact(m))
      .catch(() => alive && setLastContact(new Map()));
    return () => {
      alive = false;
    };
  }, [session]);
  const deferredQuery = useDeferredValue(query);
  const minDays = noContact === 'custom' ? daysTyped(noContactTyped) : noContact ? Number(noContact) : undefined;
  const matched = useMemo(
    () => filterPersons(index, { query: deferredQuery, districtId, status, trashed: false }),
    [index, deferredQuery, districtId, status],
  );
  const total = useMemo(() => all.filter((p) => p.deletedAt === 0).length, [all]);
  const districtName = useMemo(() => new Map(districts.map((d) => [d.id, d.name])), [districts]);
  const today = useMemo(() => tokyoDate(), []);
  const shown = useMemo(
    () => (minDays === undefined || !lastContact ? matched : matched.filter((p) => daysWithoutContact(p, lastContact, today) >= minDays)),
    [matched, minDays, lastContact, today],
  );

  const lastContactText = (id: string): string => {
    if (!lastContact) return '';
    const date = lastContact.get(id);
    if (date === undefined) return t('persons.neverContacted');
    const days = daysWithoutContact({ id, createdAt: 0 }, lastContact, today);
    return t('persons.lastContact', {
      date: date.replaceAll('-', '/'),
      ago: days <= 0 ? t('persons.today') : t('persons.daysAgo', { n: days }),
    });
  };

  const sep = t('punct.sep');
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useMeasuredRows({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    getItemKey: (i) => shown[i]?.id ?? String(i),
    estimateRem: ROW_ESTIMATE_REM,
  });

  return (
    <section aria-labelledby="persons-title">
      <div className="page-head">
        <h1 id="persons-title">{t('persons.title')}</h1>
        <a className="button primary" href={routeHref({ name: 'person-new' })}>
          {t('persons.add')}
        </a>
      </div>
      <CorruptNotice ids={persons.corrupt} />
      <div className="filters" role="search">
        <TextField label={t('persons.search')} type="search" value={query} onChange={setQuery} help={t('persons.searchHelp')} autoFocus />
        <SelectField
          label={t('persons.districtFilter')}
          value={districtId}
          onChange={setDistrictId}
          options={[{ value: '', label: t('persons.allDistricts') }, ...districts.map((d) => ({ value: d.id, label: d.name, user: true }))]}
        />
        <SelectField
          label={t('persons.statusFilter')}
          value={status}
          onChange={setStatus}
          options={[{ value: '', label: t('persons.allStatuses') }, ...PERSON_STATUSES.map((s) => ({ value: s, label: term(s) }))]}
        />
        <SelectField
          label={t('persons.noContactFilter')}
          value={noContact}
          onChange={setNoContact}
          options={[
            { value: '', label: t('persons.noContactAny') },
            ...NO_CONTACT_CHOICES.map((n) => ({ value: n, label: t('persons.noContactDays', { n }) })),
            { value: 'custom', label: t('persons.noContactCustom') },
          ]}
        />
        {noContact === 'custom' ? (
          <TextField
            label={t('persons.noContactTyped')}
            value={noContactTyped}
            onChange={setNoContactTyped}
            maxLength={4}
            error={noContactTyped.trim() && daysTyped(noContactTyped) === undefined ? t('persons.noContactTypedInvalid') : undefined}
          />
        ) : null}
      </div>
      <p className="count" role="status" data-testid="person-count">
        {t('persons.count', { shown: shown.length, total })}
      </p>
      {shown.length === 0 ? (
        <p className="empty">
          {total === 0 ? t('persons.empty') : query ? t('persons.noMatch', { q: query }) : t('persons.noMatchFilter')}
        </p>
      ) : (
        <div className="person-list" ref={scrollRef} tabIndex={-1}>
          <ul aria-label={t('persons.listLabel')} style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const p = shown[item.index];
              if (!p) return null;
              return (
                <li
                  key={p.id}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  style={{ transform: `translateY(${item.start}px)` }}
                  aria-setsize={shown.length}
                  aria-posinset={item.index + 1}
                >
                  <a href={routeHref({ name: 'person', id: p.id })} className="person-row">
                    <span className="name" data-user="">
                      {p.name}
                    </span>
                    <span className="reading" data-user="">
                      {p.furigana}
                    </span>
                    <span className="meta">
                      {districtName.has(p.districtId) ? <UserText>{districtName.get(p.districtId)}</UserText> : t('person.notSet')}
                      {p.birthDate ? `${sep}${t('persons.age', { age: ageOn(p.birthDate, today) })}` : ''}
                      {`${sep}${term(p.status)}`}
                      {p.consent.given ? '' : `${sep}${t('persons.noConsent')}`}
                    </span>
                    <span className="last-contact">{lastContactText(p.id)}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
