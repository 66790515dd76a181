// Records edited on two machines before they met: every version side by side, one column each,
// with who saved it and when. Fields that differ are marked and each has a choice (the newest
// version's value chosen at first); fields that are the same are counted, not repeated. The
// member keeps one whole version or saves the fields as chosen; either way it becomes the record
// on every machine (team/sync.ts resolveTeamConflict), logged as team.conflict.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamPayload } from '../../../shared/team/teamDoc';
import { errorMessage } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { now } from '../../platform/clock';
import { useOpenVault } from '../../records/context';
import type { Stored } from '../../records/sealed';
import type { TeamLink, TeamLinkState } from '../../team/link';
import { listConflicts, resolveTeamConflict, type ConflictVersions } from '../../team/sync';
import { ErrorBox } from '../../ui/fields';
import { useAction } from './useAction';

const META = new Set(['id', 'rev', 'createdAt', 'updatedAt', 'deletedAt']);

type Content = Record<string, unknown>;
const contentOf = (v: TeamPayload): Content => (v.content && typeof v.content === 'object' ? (v.content as Content) : {});
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields of the record (in the order the first version has them), without its meta. */
function fieldsOf(versions: readonly TeamPayload[]): string[] {
  const keys: string[] = [];
  for (const v of versions) for (const k of Object.keys(contentOf(v))) if (!META.has(k) && !keys.includes(k)) keys.push(k);
  return keys;
}

function useShow() {
  const { t } = useTranslation();
  const { districts } = useOpenVault();
  return (field: string, value: unknown): string => {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
      return t('team.conflicts.empty');
    if (field === 'districtId' && typeof value === 'string') return districts.find((d) => d.id === value)?.name ?? value;
    if (typeof value === 'boolean') return value ? t('team.conflicts.yes') : t('team.conflicts.no');
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (Array.isArray(value)) return value.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('、');
    if (typeof value === 'object')
      return (
        Object.entries(value as Content)
          .filter(([, v]) => v !== '' && v !== null && !(Array.isArray(v) && v.length === 0))
          .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
          .join(' / ') || t('team.conflicts.empty')
      );
    return String(value);
  };
}

function labelOf(c: ConflictVersions): string {
  const first = contentOf(c.versions[0] ?? ({} as TeamPayload));
  for (const k of ['name', 'title', 'summary', 'date']) {
    const v = first[k];
    if (typeof v === 'string' && v !== '') return v.length > 40 ? `${v.slice(0, 40)}…` : v;
  }
  return c.id.slice(0, 8);
}

export function ConflictsSection({ link, state }: { link: TeamLink; state: TeamLinkState }) {
  const { t } = useTranslation();
  const [list, setList] = useState<ConflictVersions[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const found = await listConflicts(await link.context(), link.conflictDocIds);
        if (live) setList(found);
      } catch (e) {
        if (live) setError(errorMessage(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [link, state.conflicts, state.lastSyncAt, round]);

  if (!list?.length && !error) return state.conflicts > 0 ? <p role="status">{t('team.conflicts.loading')}</p> : null;
  return (
    <section className="card stack" aria-labelledby="team-conflicts-title">
      <h2 id="team-conflicts-title">{t('team.conflicts.title')}</h2>
      <p>{t('team.conflicts.lead')}</p>
      <ErrorBox message={error} />
      {list?.map((c) => (
        <Conflict key={c.docId} link={link} conflict={c} onDone={() => setRound((n) => n + 1)} />
      ))}
    </section>
  );
}

function Conflict({ link, conflict, onDone }: { link: TeamLink; conflict: ConflictVersions; onDone: () => void }) {
  const { t } = useTranslation();
  const dates = useDates();
  const show = useShow();
  const { notify, persons } = useOpenVault();
  const versions = conflict.versions;
  const fields = useMemo(() => fieldsOf(versions), [versions]);
  const differing = fields.filter((f) => versions.some((v) => !same(contentOf(v)[f], contentOf(versions[0] as TeamPayload)[f])));
  const newest = versions.reduce((best, v, i) => (Date.parse(v.updatedAt) > Date.parse(versions[best]?.updatedAt ?? '') ? i : best), 0);
  const [choice, setChoice] = useState<Record<string, number>>(() => Object.fromEntries(differing.map((f) => [f, newest])));
  const { busy, error, run } = useAction();
  const members = link.opened.keyring.members;
  const me = link.opened.identity.recipient;
  const who = (by: string) => members.find((m) => m.recipient === by)?.name ?? t('team.conflicts.unknownMember');
  const titleId = `conflict-${conflict.docId}`;

  const save = (content: Content) =>
    run(async () => {
      await resolveTeamConflict(await link.context(), conflict, content as unknown as Stored<unknown>, now());
      // The screens show what is now stored (the person list keeps its own copy).
      if (conflict.table === 'persons') await persons.reload(conflict.id);
      notify(t('team.conflicts.saved'));
      onDone();
      void link.syncNow();
    });
  const merged = (): Content => {
    const base = { ...contentOf(versions[newest] as TeamPayload) };
    for (const f of differing) base[f] = contentOf(versions[choice[f] ?? newest] as TeamPayload)[f];
    return base;
  };

  return (
    <article className="team-conflict stack" aria-labelledby={titleId} data-testid="team-conflict">
      <h3 id={titleId}>
        {t('team.conflicts.record', { table: t(`team.tables.${conflict.table}`, { defaultValue: conflict.table }), label: '' })}
        <span data-user="">{labelOf(conflict)}</span>
      </h3>
      <p className="help">{t('team.conflicts.mergeHelp')}</p>
      <div className="team-versions-wrap">
        <table className="team-versions">
          <thead>
            <tr>
              <th scope="col">{t('team.conflicts.field')}</th>
              {versions.map((v, i) => (
                <th scope="col" key={i}>
                  {t('team.conflicts.version', { n: i + 1 })}
                  <br />
                  <span className="team-version-by">
                    {t(v.by === me ? 'team.conflicts.versionByHere' : 'team.conflicts.versionBy', {
                      who: who(v.by),
                      when: dates.instant(Date.parse(v.updatedAt)),
                    })}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {differing.map((f) => (
              <tr key={f} className="differs">
                <th scope="row">{t(`team.fields.${f}`, { defaultValue: f })}</th>
                {versions.map((v, i) => (
                  <td key={i}>
                    <label className="team-pick">
                      <input
                        type="radio"
                        name={`${conflict.docId}-${f}`}
                        checked={(choice[f] ?? newest) === i}
                        onChange={() => setChoice((c) => ({ ...c, [f]: i }))}
                      />
                      <span data-user="">{show(f, contentOf(v)[f])}</span>
                    </label>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              {versions.map((v, i) => (
                <td key={i}>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void save(contentOf(v))}
                    aria-label={`${t('team.conflicts.keepThis')}（${t('team.conflicts.version', { n: i + 1 })}）`}
                  >
                    {t('team.conflicts.keepThis')}
                  </button>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      {fields.length > differing.length ? (
        <p className="help">{t('team.conflicts.same', { count: fields.length - differing.length })}</p>
      ) : null}
      <ErrorBox message={error} />
      <div className="row">
        <button type="button" className="primary big" disabled={busy} onClick={() => void save(merged())}>
          {t('team.conflicts.merge')}
        </button>
      </div>
    </article>
  );
}
