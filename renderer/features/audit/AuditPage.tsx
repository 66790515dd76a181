import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../records/context';
import { verifyAuditChain, type ChainCheck } from '../../audit/auditLog';
import { formatInstantJa } from '../../../shared/text/dates';

const PAGE = 200;

export function AuditPage() {
  const { t } = useTranslation();
  const { session, profile } = useOpenVault();
  const rows = useLiveQuery(() => session.db.audit.orderBy('seq').reverse().limit(PAGE).toArray(), [session]);
  const total = useLiveQuery(() => session.db.audit.count(), [session]);
  const [check, setCheck] = useState<ChainCheck | null>(null);

  const actorLabel = (actorId: string, role: string) =>
    actorId === profile.id ? profile.name : role ? t(`roles.${role}`, { defaultValue: role }) : t('common.none');

  return (
    <section aria-labelledby="audit-title">
      <div className="page-head">
        <h1 id="audit-title">{t('audit.title')}</h1>
        <button type="button" onClick={() => void verifyAuditChain(session.db).then(setCheck)}>
          {t('audit.verify')}
        </button>
      </div>
      <p>{t('audit.lead')}</p>
      {check ? (
        <p className={check.ok ? 'notice ok' : 'error-box'} role="status" data-testid="audit-check">
          {check.ok ? t('audit.ok', { n: check.count }) : t('audit.broken', { seq: check.brokenAtSeq })}
        </p>
      ) : null}
      {rows && rows.length > 0 ? (
        <table className="audit">
          <caption className="visually-hidden">
            {t('audit.title')}（{total ?? 0}）
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
                <td>{formatInstantJa(r.at)}</td>
                <td>{actorLabel(r.actorId, r.actorRole)}</td>
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
