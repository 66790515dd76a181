// 「引き継ぎファイルを作る」: the persons, the receiver (their receiving key, or a one-time
// passphrase shown here to pass on by phone), then the file through the save dialog.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isRecipient } from '../../../shared/backup';
import { normalizeRecipient, oneTimePassphrase } from '../../../shared/backup/handover';
import { createHandover, handoverFileName, readHandoverIdentity } from '../../backup/handover';
import { platform } from '../../platform';
import { now } from '../../platform/clock';
import { useOpenVault } from '../../records/context';
import { ErrorBox, TextField } from '../../ui/fields';
import { handoverErrorMessage } from './errors';
import { KeyLines } from './KeySection';
import { PersonChecklist } from './PersonChecklist';

type Mode = 'key' | 'passphrase';

/** "12345-67890-…" as two lines of three groups, the way it is read out. */
const passphraseLines = (p: string) => {
  const groups = p.split('-');
  return [groups.slice(0, 3).join(' - '), groups.slice(3).join(' - ')];
};

export function MakeSection() {
  const { t } = useTranslation();
  const { session, districts, notify } = useOpenVault();
  const [chosen, setChosen] = useState<Set<string>>(() => new Set());
  const [mode, setMode] = useState<Mode>('key');
  const [key, setKey] = useState('');
  const [passphrase, setPassphrase] = useState(() => oneTimePassphrase());
  // What a refused save found, with the key as it was then: each message stays only while it
  // still applies (someone chosen; the key not changed since).
  const [refused, setRefused] = useState<{ persons?: string; key?: string; keyThen?: string }>({});
  const problem = {
    persons: chosen.size === 0 ? refused.persons : undefined,
    key: mode === 'key' && refused.keyThen === key ? refused.key : undefined,
  };
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void (async () => {
      setError(null);
      setWarning(null);
      const recipient = normalizeRecipient(key);
      const own = mode === 'key' ? await readHandoverIdentity(session) : null;
      const p = {
        persons: chosen.size === 0 ? t('handover.pickSomeone') : undefined,
        key:
          mode !== 'key'
            ? undefined
            : !isRecipient(recipient)
              ? t('handover.badKey')
              : own?.recipient === recipient
                ? t('handover.ownKey')
                : undefined,
      };
      setRefused({ ...p, keyThen: key });
      if (p.persons || p.key) return;
      setBusy(true);
      // Let the "making" line paint before scrypt takes the thread for a second.
      await new Promise((r) => setTimeout(r, 30));
      try {
        const lock = mode === 'key' ? { recipients: [recipient] } : { passphrase };
        const result = await createHandover(session, [...chosen], districts, lock, await platform.appVersion(), now());
        const saved = await platform.saveFile(handoverFileName(new Date(now())), result.bytes, {
          name: t('handover.fileKind'),
          extensions: ['age'],
        });
        if (!saved) {
          setError(t('handover.saveCanceled'));
          return;
        }
        if (result.unreadable > 0) setWarning(t('handover.madeUnreadable', { count: result.unreadable }));
        notify(t('handover.made', { persons: result.counts.persons, count: result.total }));
      } catch (err) {
        setError(handoverErrorMessage(t, err));
      } finally {
        setBusy(false);
      }
    })();
  };

  return (
    <section className="card stack" aria-labelledby="handover-make-title">
      <h2 id="handover-make-title">{t('handover.makeTitle')}</h2>
      <p className="help">{t('handover.makeHelp')}</p>
      <p className="notice">{t('handover.noMeetings')}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <PersonChecklist value={chosen} onChange={setChosen} error={problem.persons} />
        <fieldset className="handover-receiver stack">
          <legend>{t('handover.receiverTitle')}</legend>
          <label className="choice">
            <input type="radio" name="handover-mode" checked={mode === 'key'} onChange={() => setMode('key')} />
            {t('handover.byKey')}
          </label>
          <label className="choice">
            <input type="radio" name="handover-mode" checked={mode === 'passphrase'} onChange={() => setMode('passphrase')} />
            {t('handover.byPassphrase')}
          </label>
          {mode === 'key' ? (
            <TextField
              label={t('handover.receiverKey')}
              value={key}
              onChange={setKey}
              multiline={2}
              help={t('handover.receiverKeyHelp')}
              error={problem.key}
            />
          ) : (
            <div className="stack">
              <KeyLines text={passphraseLines(passphrase)} label={t('handover.passphraseLabel')} testId="handover-passphrase" />
              <p className="notice">{t('handover.passphraseShown')}</p>
              <div>
                <button type="button" onClick={() => setPassphrase(oneTimePassphrase())}>
                  {t('handover.passphraseAgain')}
                </button>
              </div>
            </div>
          )}
        </fieldset>
        <ErrorBox message={error} />
        {warning ? <p className="warning">{warning}</p> : null}
        <button type="submit" className="primary big" disabled={busy}>
          {busy ? t('handover.making') : t('handover.make')}
        </button>
      </form>
    </section>
  );
}
