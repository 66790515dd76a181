// 見守り・相談記録 の一覧: one month at a time (this month first), newest first, with filters by
// 種別 and 分野, and a big 記録する button.
import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../records/context';
import { routeHref } from '../../ui/router';
import { now } from '../../platform/clock';
import { SelectField } from '../../ui/fields';
import { MonthField } from '../../ui/MonthField';
import { tokyoDate } from '../../../shared/text/dates';
import { ACTIVITY_FIELDS, CONTACT_KINDS, type ActivityField, type ContactKind } from '../../../shared/contactLog/activity';
import { actionsByIds } from '../actions';
import { contactsBetween, followUpId } from './contactRepo';
import { filterLog, followUpBadge, isMonth, monthOf, monthRange, shiftMonth } from './contactLog';
import { rememberMonth, rememberedMonth } from './logState';
import { ContactLogRow } from './ContactLogRow';
import { JustSavedNotice } from './JustSavedNotice';
import { useTerm } from '../../i18n/terms';
import { useDates } from '../../i18n/dates';

export function ContactLogPage() {
  const { t } = useTranslation();
  const dates = useDates();
  const term = useTerm();
  const { session, persons } = useOpenVault();
  useSyncExternalStore(persons.subscribe, persons.getSnapshot);
  const [today] = useState(() => tokyoDate(now()));
  const thisMonth = monthOf(today);
  const [month, setMonthState] = useState(() => rememberedMonth() ?? thisMonth);
  const [kind, setKind] = useState<ContactKind | ''>('');
  const [field, setField] = useState<ActivityField | '' | 'none'>('');
  const { from, to } = monthRange(month);
  const data = useLiveQuery(() => contactsBetween(session, from, to), [session, from, to]);
  // Only this month's follow-ups are opened, not every action item of the vault.
  const followUps = useMemo(() => (data?.items ?? []).filter((c) => c.followUp.needed).map((c) => followUpId(c.id)), [data]);
  const actions = useLiveQuery(() => actionsByIds(session, followUps), [session, followUps]);
  const status = useMemo(() => new Map((actions ?? []).map((a) => [a.id, a.status])), [actions]);
  const shown = useMemo(() => filterLog(data?.items ?? [], { kind, field }), [data, kind, field]);

  const setMonth = (m: string) => {
    if (!isMonth(m)) return;
    rememberMonth(m);
    setMonthState(m);
  };
  const label = dates.month(month);
  const total = data?.items.length ?? 0;
  const filtered = kind !== '' || field !== '';

  return (
    <section aria-labelledby="contacts-title" className="contact-log">
      <div className="page-head">
        <h1 id="contacts-title">{t('contacts.title')}</h1>
        <a className="button primary big-link" href={routeHref({ name: 'contact-new' })}>
          {t('contacts.add')}
        </a>
      </div>
      <JustSavedNotice />
      <div className="month-nav" role="group" aria-label={t('contacts.month')}>
        <button type="button" onClick={() => setMonth(shiftMonth(month, -1))}>
          ← {t('contacts.prevMonth')}
        </button>
        <MonthField id="log-month" label={t('contacts.month')} value={month} max={thisMonth} onChange={setMonth} />
        <button type="button" onClick={() => setMonth(shiftMonth(month, 1))} disabled={month >= thisMonth}>
          {t('contacts.nextMonth')} →
        </button>
        {month !== thisMonth ? (
          <button type="button" onClick={() => setMonth(thisMonth)}>
            {t('contacts.thisMonth')}
          </button>
        ) : null}
      </div>
      <div className="log-filters" role="search" aria-label={t('contacts.title')}>
        <SelectField<ContactKind | ''>
          label={t('contacts.kindFilter')}
          value={kind}
          onChange={setKind}
          options={[{ value: '', label: t('contacts.all') }, ...CONTACT_KINDS.map((k) => ({ value: k, label: t(`contacts.kinds.${k}`) }))]}
        />
        <SelectField<ActivityField | '' | 'none'>
          label={t('contacts.fieldFilter')}
          value={field}
          onChange={setField}
          options={[
            { value: '', label: t('contacts.all') },
            ...ACTIVITY_FIELDS.map((f) => ({ value: f, label: term(f) })),
            { value: 'none', label: t('contacts.noField') },
          ]}
        />
      </div>
      {data && data.corrupt.length > 0 ? (
        <p className="error-box" role="alert">
          {t('contacts.corrupt', { n: data.corrupt.length })}
        </p>
      ) : null}
      {!data ? (
        <p>{t('contacts.loading')}</p>
      ) : (
        <>
          <p className="count" role="status" data-testid="contact-count">
            {filtered
              ? t('contacts.filteredCount', { n: shown.length, total, month: label })
              : t('contacts.monthCount', { n: total, month: label })}
          </p>
          {shown.length > 0 ? (
            <ol className="log-list" aria-label={t('contacts.listLabel', { month: label })}>
              {shown.map((c) => (
                <ContactLogRow
                  key={c.id}
                  c={c}
                  person={c.personId ? persons.get(c.personId) : undefined}
                  followUp={followUpBadge(c, status.get(followUpId(c.id)), today)}
                />
              ))}
            </ol>
          ) : (
            <p className="empty">{total === 0 ? t('contacts.empty') : t('contacts.noMatch')}</p>
          )}
        </>
      )}
    </section>
  );
}
