import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../records/context';
import { routeHref } from '../../ui/router';
import { tokyoDate } from '../../../shared/text/dates';
import { useDates } from '../../i18n/dates';
import { isTerm, useTerm } from '../../i18n/terms';
import { UserText } from '../../ui/UserText';
import { timelineSources } from './timelineSources';
import { buildTimeline, countByKind, TIMELINE_KINDS, type TimelineKind } from './timeline';
import { now } from '../../platform/clock';
import { CorruptNotice } from '../../ui/CorruptNotice';
import { rubyPlain } from '../../../shared/endingNotes/ruby';

export function PersonTimeline({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const term = useTerm();
  const { session } = useOpenVault();
  const [shown, setShown] = useState<readonly TimelineKind[]>(TIMELINE_KINDS);
  const loaded = useLiveQuery(async () => {
    const corrupt: string[] = [];
    const { contacts, meetings, actions, notes, templates, referrals } = await timelineSources(session, personId, corrupt);
    // Template names may carry ruby notation (｜漢字《かんじ》): the timeline shows the plain text.
    const nameOf = (n: { templateId: string; templateVersion: number }) => {
      const name = templates.find((x) => x.id === n.templateId && x.version === n.templateVersion)?.name;
      return name ? rubyPlain(name) : t('timeline.kinds.endingNote');
    };
    const items = buildTimeline(personId, { contacts, meetings, actions, notes, referrals }, tokyoDate(now()), nameOf);
    return { items, corrupt: corrupt.sort() };
  }, [session, personId]);
  if (!loaded) return null;
  const data = loaded.items;
  const counts = countByKind(data);
  const items = data.filter((i) => shown.includes(i.kind));
  const toggle = (k: TimelineKind) => setShown((cur) => (cur.includes(k) ? cur.filter((x) => x !== k) : [...cur, k]));

  return (
    <section aria-labelledby="timeline-title">
      <div className="page-head">
        <h2 id="timeline-title">{t('persons.timeline')}</h2>
        <a className="button primary" href={routeHref({ name: 'contact-new', personId })}>
          {t('timeline.addContact')}
        </a>
      </div>
      <CorruptNotice ids={loaded.corrupt} />
      <fieldset className="checks timeline-filter">
        <legend>{t('timeline.filter')}</legend>
        {TIMELINE_KINDS.map((k) => (
          <label key={k} className="check">
            <input type="checkbox" checked={shown.includes(k)} onChange={() => toggle(k)} />
            {t(`timeline.kinds.${k}`)}
            {t('punct.aside', { x: counts[k] })}
          </label>
        ))}
      </fieldset>
      {items.length === 0 ? (
        <p className="empty">{data.length === 0 ? t('persons.timelineEmpty') : t('timeline.noneShown')}</p>
      ) : (
        <ol className="timeline" aria-label={t('persons.timeline')}>
          {items.map((i) => (
            <li key={`${i.kind}-${i.id}`} className={`timeline-item kind-${i.kind}${i.state ? ` state-${i.state}` : ''}`}>
              <span className="when">{dates.date(i.date)}</span>
              <span className="kind">{t(`timeline.kinds.${i.kind}`)}</span>
              <a href={i.href} className="what">
                {/* A step, a kind or a meeting type is a fixed word; an owner or a template's name was typed. */}
                {isTerm(i.title) ? term(i.title) : <UserText>{i.title}</UserText>}
                {i.detail ? (
                  <>
                    {t('punct.colon')}
                    <UserText>{i.detail}</UserText>
                  </>
                ) : null}
              </a>
              {i.state && i.state !== 'open' ? <span className={`badge ${i.state}`}>{t(`timeline.states.${i.state}`)}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
