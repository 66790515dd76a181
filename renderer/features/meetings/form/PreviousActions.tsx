// 「前回の会議の未完了の役割分担」: when a new meeting starts, the open action items of the same
// team's previous meeting, each closable right here, so the team reviews them first.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../../records/context';
import { routeHref } from '../../../ui/router';
import { isValidIsoDate } from '../../../../shared/text/dates';
import type { MeetingInput } from '../../../../shared/meetings/meeting';
import { previousMeetingOfTeam, type Meeting } from '../meetingRepo';
import { actionsOfSource, type ActionItem, ActionCard } from '../../actions';
import { useDates } from '../../../i18n/dates';

export interface PreviousMeeting {
  meeting: Meeting;
  /** Its items that were open when the form looked (closing one here keeps it listed, as done). */
  items: ActionItem[];
}

/** The team's previous meeting: undefined while looking, null when there is none. */
export function usePreviousMeeting(enabled: boolean, m: Pick<MeetingInput, 'type' | 'districtId' | 'date'>) {
  const { session } = useOpenVault();
  const [found, setFound] = useState<PreviousMeeting | null | undefined>(undefined);
  const { type, districtId, date } = m;
  useEffect(() => {
    if (!enabled || !isValidIsoDate(date)) {
      setFound(null);
      return;
    }
    let alive = true;
    void (async () => {
      const meeting = await previousMeetingOfTeam(session, { type, districtId, date });
      const items = meeting ? (await actionsOfSource(session, meeting.id)).filter((a) => a.status === 'open') : [];
      if (alive) setFound(meeting ? { meeting, items } : null);
    })().catch(() => alive && setFound(null));
    return () => {
      alive = false;
    };
  }, [enabled, session, type, districtId, date]);
  const replace = (a: ActionItem) => setFound((f) => (f ? { ...f, items: f.items.map((x) => (x.id === a.id ? a : x)) } : f));
  return { previous: found, replace };
}

export function PreviousActions({
  previous,
  today,
  onChanged,
}: {
  previous: PreviousMeeting;
  today: string;
  onChanged(a: ActionItem): void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const { persons } = useOpenVault();
  const { meeting, items } = previous;
  const vars = { n: meeting.number, date: dates.date(meeting.date) };
  return (
    <section className="previous-actions" aria-labelledby="previous-actions-title">
      <h2 id="previous-actions-title">{t('meetings.form.previous.title')}</h2>
      {items.length === 0 ? (
        <p>{t('meetings.form.previous.allDone', vars)}</p>
      ) : (
        <>
          <p>{t('meetings.form.previous.lead', vars)}</p>
          <ul className="action-list" aria-label={t('meetings.form.previous.title')}>
            {items.map((a) => (
              <li key={a.id}>
                <ActionCard
                  item={a}
                  today={today}
                  personName={a.personId ? persons.get(a.personId)?.name : undefined}
                  onChanged={onChanged}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={routeHref({ name: 'meeting', id: meeting.id })}>{t('meetings.form.previous.open')}</a>
      </p>
    </section>
  );
}
