import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../records/context';
import { logEvent, verifyAuditChain, type AuditProblem, type ChainReport } from '../../audit/auditLog';
import type { AuditRow } from '../../db/database';
import { now } from '../../platform/clock';
import { errorMessage } from '../../i18n';
import { ErrorBox } from '../../ui/fields';
import { CorruptNotice } from '../../ui/CorruptNotice';
import { useDates } from '../../i18n/dates';
import { UserText } from '../../ui/UserText';

const PAGE = 200;

export function AuditPage() {
  const { t } = useTranslation();
  const dates = useDates();
  const { session, persons } = useOpenVault();
  const rows = useLiveQuery(() => session.db.audit.orderBy('seq').reverse().limit(PAGE).toArray(), [session]);
  const total = useLiveQuery(() => session.db.audit.count(), [session]);
  const names = useActorNames(rows);
  const [check, setCheck] = useState<ChainReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const verify = async () => {
    setError(null);
    try {
      const report = await verifyAuditChain(session);
      setCheck(report);
      await logEvent(session, { action: 'audit.verify', table: 'audit', recordId: report.ok ? 'ok' : 'broken' }, now());
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const actorLabel = (r: AuditRow): ReactNode => {
    const who = names.get(r.seq);
    const role = who?.role || r.actorRole;
    const roleLabel = role ? t(`roles.${role}`, { defaultValue: role }) : '';
    if (who?.name)
      return (
        <>
          <UserText>{who.name}</UserText>
          {roleLabel ? t('punct.aside', { x: roleLabel }) : ''}
        </>
      );
    // Before the profile exists (creating the vault), the actor is the setup itself.
    if (r.actorId === 'setup') return t('audit.setupActor');
    return roleLabel || t('common.none');
  };

  return (
    <section aria-labelledby="audit-title">
      <div className="page-head">
        <h1 id="audit-title">{t('audit.title')}</h1>
        <button type="button" onClick={() => void verify()}>
          {t('audit.verify')}
        </button>
      </div>
      <p>{t('audit.lead')}</p>
      <ErrorBox message={error} />
      {check ? (
        check.ok ? (
          <p className="notice ok" role="status" data-testid="audit-check">
            {t('audit.ok', { n: check.count })}
          </p>
        ) : (
          <div className="error-box" role="alert" data-testid="audit-check">
            <p>{t('audit.brokenTitle', { n: check.count })}</p>
            <ul>
              {check.problems.map((p, i) => (
                <li key={i}>{problemText(t, p)}</li>
              ))}
            </ul>
            <p>{t('audit.verifyHelp')}</p>
          </div>
        )
      ) : null}
      {check ? <CorruptNotice ids={persons.corrupt} /> : null}
      {rows && rows.length > 0 ? (
        <table className="audit">
          <caption className="visually-hidden">
            {t('audit.title')}
            {t('punct.aside', { x: total ?? 0 })}
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.record')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.seq}>
                <td>{r.seq}</td>
                <td>{dates.instant(r.at)}</td>
                <td>{actorLabel(r)}</td>
                <td>{t(`audit.actions.${r.action}`, { defaultValue: r.action })}</td>
                <td className="mono">
                  {r.table}:{r.recordId.slice(0, 8)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">{t('audit.empty')}</p>
      )}
    </section>
  );
}

function problemText(t: (key: string, opts?: Record<string, unknown>) => string, p: AuditProblem): string {
  if (p.kind === 'gap' && p.from === p.to) return t('audit.problems.gapOne', { from: p.from });
  return t(`audit.problems.${p.kind}`, p);
}

/** The actor's name and role as they were at each entry (sealed in the entry), by entry number. */
function useActorNames(rows: readonly AuditRow[] | undefined): Map<number, { name: string; role: string }> {
  const { session } = useOpenVault();
  const [names, setNames] = useState(new Map<number, { name: string; role: string }>());
  useEffect(() => {
    if (!rows) return;
    let alive = true;
    void (async () => {
      // Entries of one session share one sealed stamp: open each distinct one once.
      const byStamp = new Map<string, Promise<{ name: string; role: string }>>();
      const out = new Map<number, { name: string; role: string }>();
      for (const r of rows) {
        if (!r.who) continue;
        const key = Array.from(r.who.iv).join(',');
        let p = byStamp.get(key);
        if (!p) {
          p = session.openWho(r.who).catch(() => ({ name: '', role: '' }));
          byStamp.set(key, p);
        }
        out.set(r.seq, await p);
      }
      if (alive) setNames(out);
    })();
    return () => {
      alive = false;
    };
  }, [rows, session]);
  return names;
}
