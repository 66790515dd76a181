// 会議: minutes newest first with their open 役割分担, filters by type and district, and the
// buttons that start a new meeting of each type.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { routeHref } from '../../ui/router';
import { errorMessage } from '../../i18n';
import { ErrorBox, SelectField } from '../../ui/fields';
import { MEETING_TYPES, meetingType, type MeetingTypeId } from '../../../shared/meetings/meeting';
import { listMeetings, type Meeting } from './meetingRepo';
import { listActions } from '../actions';
import { useDates } from '../../i18n/dates';
import { useTerm } from '../../i18n/terms';
import { UserText } from '../../ui/UserText';

const ALL = '*';

export function MeetingListPage() {
  const { t } = useTranslation();
  const term = useTerm();
  const dates = useDates();
  const { session, districts } = useOpenVault();
  const [data, setData] = useState<{ items: Meeting[]; open: Map<string, number>; corrupt: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [type, setType] = useState<MeetingTypeId | typeof ALL>(ALL);
  const typeOptions: { value: MeetingTypeId | typeof ALL; label: string }[] = [
    { value: ALL, label: t('meetings.allTypes') },
    ...MEETING_TYPES.map((mt) => ({ value: mt.id, label: term(mt.label) })),
  ];
  const [districtId, setDistrictId] = useState<string>(ALL);

  useEffect(() => {
    let alive = true;
    Promise.all([listMeetings(session), listActions(session)])
      .then(([meetings, actions]) => {
        if (!alive) return;
        const open = new Map<string, number>();
        for (const a of actions.items) if (a.status === 'open') open.set(a.sourceId, (open.get(a.sourceId) ?? 0) + 1);
        setData({ items: meetings.items, open, corrupt: meetings.corrupt.length });
      })
      .catch((e: unknown) => alive && setError(errorMessage(e)));
    return () => {
      alive = false;
    };
  }, [session]);

  const shown = useMemo(
    () => (data?.items ?? []).filter((m) => (type === ALL || m.type === type) && (districtId === ALL || m.districtId === districtId)),
    [data, type, districtId],
  );
  const districtName = (id: string) => (id ? (districts.find((d) => d.id === id)?.name ?? id) : t('meetings.noDistrict'));

  return (
    <section aria-labelledby="meetings-title" className="meetings-page">
      <div className="page-head">
        <h1 id="meetings-title">{t('meetings.title')}</h1>
        <div className="row">
          <a className="button" href={routeHref({ name: 'directory' })}>
            {t('meetings.directoryLink')}
          </a>
          <a className="button" href={routeHref({ name: 'actions' })}>
            {t('meetings.actionsLink')}
          </a>
        </div>
      </div>
      <p className="lead">{t('meetings.lead')}</p>
      <ul className="new-meeting-buttons">
        {MEETING_TYPES.map((mt) => (
          <li key={mt.id}>
            <a className="button primary" href={routeHref({ name: 'meeting-new', type: mt.id })}>
              {t('meetings.newOf', { type: term(mt.label) })}
            </a>
          </li>
        ))}
      </ul>
      <ErrorBox message={error} />
      {data ? (
        <>
          <div className="filter-bar">
            <SelectField<MeetingTypeId | typeof ALL>
              label={t('meetings.typeFilter')}
              value={type}
              onChange={setType}
              options={typeOptions}
            />
            <SelectField
              label={t('meetings.districtFilter')}
              value={districtId}
              onChange={setDistrictId}
              options={[
                { value: ALL, label: t('meetings.allDistricts') },
                { value: '', label: t('meetings.noDistrict') },
                ...districts.map((d) => ({ value: d.id, label: d.name, user: true })),
              ]}
            />
          </div>
          <p className="count" role="status" data-testid="meeting-count">
            {t('meetings.count', { shown: shown.length, total: data.items.length })}
          </p>
          {data.corrupt > 0 ? <p className="error-box">{t('meetings.corrupt', { n: data.corrupt })}</p> : null}
          {data.items.length === 0 ? (
            <p className="empty">{t('meetings.empty')}</p>
          ) : shown.length === 0 ? (
            <p className="empty">{t('meetings.noMatch')}</p>
          ) : (
            <ul className="meeting-list" aria-label={t('meetings.listLabel')}>
              {shown.map((m) => {
                const open = data.open.get(m.id) ?? 0;
                return (
                  <li key={m.id}>
                    <a className="meeting-row" href={routeHref({ name: 'meeting', id: m.id })}>
                      <span className="meeting-date">{dates.date(m.date)}</span>
                      <span className="meeting-type">
                        {term(meetingType(m.type).label)}
                        {t('punct.gap')}
                        {t('meetings.numberN', { n: m.number })}
                      </span>
                      <span className="meeting-meta">
                        {m.districtId ? <UserText>{districtName(m.districtId)}</UserText> : districtName(m.districtId)}
                        {m.title ? (
                          <>
                            {t('punct.gap')}
                            <UserText>{m.title}</UserText>
                          </>
                        ) : null}
                      </span>
                      <span className={open > 0 ? 'open-count has-open' : 'open-count'}>
                        {open > 0 ? t('meetings.openActions', { n: open }) : t('meetings.noOpenActions')}
                      </span>
                    </a>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      ) : !error ? (
        <p>{t('app.loading')}</p>
      ) : null}
    </section>
  );
}
