// The recovery key, shown this once: at first run (step 2 of setup) and when a new key is issued
// from 設定. The person prints it or copies it by hand and says so before going on; the key is
// held only in the caller's state and goes when they move on. The print is logged.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n';
import { ErrorBox } from '../../ui/fields';
import type { VaultSession } from '../../vault/session';
import { recoverySheet } from '../../../shared/print/recoverySheet';
import { tokyoDate } from '../../../shared/text/dates';
import { useDates } from '../../i18n/dates';

export function RecoveryKeyShowOnce({
  recoveryKey,
  session,
  title,
  note,
  doneLabel,
  onDone,
  focusTitle = false,
}: {
  recoveryKey: string;
  /** The session the print is logged in (at first run: the new vault's, before the profile exists). */
  session: VaultSession | null;
  title: string;
  /** Said before the key (a new key: the old one no longer works). */
  note?: ReactNode;
  doneLabel: string;
  onDone(): void;
  /** Moves focus to the title when shown in place of the form that asked for it. */
  focusTitle?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  const [copied, setCopied] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) titleRef.current?.focus();
  }, [focusTitle]);

  const printRecovery = async () => {
    setPrinting(true);
    setError(null);
    try {
      const doc = recoverySheet(recoveryKey, {
        size: 'large',
        lang: i18n.language === 'en' ? 'en' : 'ja',
        createdOn: dates.date(tokyoDate()),
      });
      // The print engine and fonts load only when something is printed.
      const { printDocument } = await import('../../print/printService');
      const outcome = await printDocument(session, doc, {
        fileName: 'ainet-recovery-key.pdf',
        table: 'vaultMeta',
        recordId: 'recovery-sheet',
      });
      if (outcome.kind === 'missing')
        setError(t('print.missingGlyphs', { chars: outcome.chars.join(' '), where: outcome.where.join('、') }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setPrinting(false);
    }
  };

  return (
    <section aria-labelledby="recovery-title">
      <h2 id="recovery-title" ref={titleRef} tabIndex={focusTitle ? -1 : undefined}>
        {title}
      </h2>
      <ErrorBox message={error} />
      {note}
      <p className="warning" role="note">
        {t('setup.recoveryWarning')}
      </p>
      <p className="recovery-key" data-testid="recovery-key" translate="no">
        {recoveryKey}
      </p>
      <p>{t('setup.recoveryHowto')}</p>
      <div className="row">
        <button type="button" disabled={printing} onClick={() => void printRecovery()}>
          {printing ? t('print.working') : t('setup.printRecovery')}
        </button>
      </div>
      <label className="check single">
        <input type="checkbox" checked={copied} onChange={(e) => setCopied(e.target.checked)} />
        {t('setup.recoveryConfirm')}
      </label>
      <button type="button" className="primary big" disabled={!copied} onClick={onDone}>
        {doneLabel}
      </button>
    </section>
  );
}
