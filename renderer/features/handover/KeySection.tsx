// 「受け取り用の鍵」: this vault's recipient, made on first need, shown large in groups of four
// for reading aloud, copyable as one unbroken string, and printable as a sheet with a QR code.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handoverKeySheet, recipientLines } from '../../../shared/print/handoverKeySheet';
import { tokyoDate } from '../../../shared/text/dates';
import { handoverIdentity, readHandoverIdentity, HANDOVER_IDENTITY_KEY, type HandoverIdentity } from '../../backup/handover';
import { errorMessage } from '../../i18n';
import { now } from '../../platform/clock';
import { usePrint } from '../../print/usePrint';
import { useOpenVault } from '../../records/context';
import { ErrorBox } from '../../ui/fields';
import { copyText } from './copyText';
import { useDates } from '../../i18n/dates';

export function KeyLines({ text, label, testId }: { text: string[]; label: string; testId: string }) {
  return (
    <div className="handover-key" role="group" aria-label={label} data-testid={testId}>
      {text.map((line, i) => (
        <span key={i}>{line}</span>
      ))}
    </div>
  );
}

export function KeySection() {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  const { session, notify } = useOpenVault();
  const [identity, setIdentity] = useState<HandoverIdentity | null | undefined>(undefined);
  const [making, setMaking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { print, busy: printing, problem } = usePrint();

  useEffect(() => {
    let live = true;
    void readHandoverIdentity(session).then((id) => live && setIdentity(id));
    return () => {
      live = false;
    };
  }, [session]);

  const make = async () => {
    setMaking(true);
    setError(null);
    try {
      setIdentity(await handoverIdentity(session, now()));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setMaking(false);
    }
  };

  const copy = async (recipient: string) => {
    setError(null);
    if (await copyText(recipient)) notify(t('handover.keyCopied'));
    else setError(t('handover.keyCopyFailed'));
  };

  const printSheet = (recipient: string, size: 'standard' | 'large') =>
    print(
      () =>
        handoverKeySheet(recipient, {
          size,
          lang: i18n.language === 'en' ? 'en' : 'ja',
          createdOn: identity ? dates.date(tokyoDate(identity.createdAt)) : undefined,
        }),
      { fileName: 'ainet-handover-key.pdf', table: 'secrets', recordId: HANDOVER_IDENTITY_KEY },
    );

  return (
    <section className="card stack" aria-labelledby="handover-key-title">
      <h2 id="handover-key-title">{t('handover.keyTitle')}</h2>
      <p className="help">{t('handover.keyHelp')}</p>
      {identity === undefined ? null : identity === null ? (
        <div>
          <button type="button" className="primary big" disabled={making} onClick={() => void make()}>
            {making ? t('handover.keyMaking') : t('handover.keyShow')}
          </button>
        </div>
      ) : (
        <>
          <KeyLines text={recipientLines(identity.recipient)} label={t('handover.keyLabel')} testId="handover-key" />
          <p className="help">{t('handover.keyReadAloud')}</p>
          <p>{t('handover.keyNoPersonal')}</p>
          <div className="row">
            <button type="button" className="big" onClick={() => void copy(identity.recipient)}>
              {t('handover.keyCopy')}
            </button>
            <button type="button" className="big" disabled={printing} onClick={() => void printSheet(identity.recipient, 'standard')}>
              {t('handover.keyPrint')}
            </button>
            <button type="button" className="big" disabled={printing} onClick={() => void printSheet(identity.recipient, 'large')}>
              {t('handover.keyPrintLarge')}
            </button>
          </div>
        </>
      )}
      <ErrorBox message={error ?? problem} />
    </section>
  );
}
