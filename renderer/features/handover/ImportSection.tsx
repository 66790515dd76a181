// 「引き継ぎファイルを取り込む」: the backup page's file and preview steps, with this vault's
// receiving key used by itself for a file made to it, and a choice of district for each district
// name this vault does not have.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupError, isBackupError } from '../../../shared/backup';
import {
  commitHandover,
  handoverView,
  packageKey,
  packageLock,
  previewHandover,
  stageHandover,
  type HandoverPreview,
} from '../../backup/handover';
import type { Choice } from '../../backup/merge';
import { dropStaging } from '../../backup/restore';
import { now } from '../../platform/clock';
import { useOpenVault } from '../../records/context';
import { SelectField } from '../../ui/fields';
import { FileStep, MergeStep } from '../backup';
import { handoverErrorMessage } from './errors';

export function ImportSection() {
  const { t } = useTranslation();
  const { session, persons, districts, notify } = useOpenVault();
  const [preview, setPreview] = useState<HandoverPreview | null>(null);
  const [chosenDistricts, setChosenDistricts] = useState<Map<string, string>>(() => new Map());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const view = useMemo(() => (preview ? handoverView(preview, chosenDistricts) : null), [preview, chosenDistricts]);
  const offered = districts.filter((d) => !d.archived);

  const read = async (file: Parameters<typeof stageHandover>[1], passphrase: string, progress: (n: number) => void) => {
    const lock = await packageLock(file);
    try {
      const key = await packageKey(session, lock, passphrase);
      const staged = await stageHandover(session, file, key, districts, progress);
      setChosenDistricts(new Map());
      setPreview(await previewHandover(session, staged));
    } catch (e) {
      // Say whose key did not fit: this vault's receiving key, or the passphrase typed.
      if (isBackupError(e) && e.problem === 'wrongKey') throw new BackupError('wrongKey', { lock });
      throw e;
    }
  };

  const apply = async (choices: Map<string, Choice>) => {
    if (!preview) return;
    setBusy(true);
    setError(null);
    try {
      const n = await commitHandover(session, preview, chosenDistricts, choices, now());
      // The person list is held in memory (decrypted once at unlock): read it again.
      await persons.load();
      setPreview(null);
      setFileKey((k) => k + 1);
      notify(t('handover.imported', { count: n }));
    } catch (e) {
      setError(handoverErrorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    if (preview) void dropStaging(session.db, preview.staged.batch).catch(() => undefined);
    setPreview(null);
    setFileKey((k) => k + 1);
  };

  return (
    <section className="card stack" aria-labelledby="handover-import-title">
      <h2 id="handover-import-title">{t('handover.importTitle')}</h2>
      <p className="help">{t('handover.importHelp')}</p>
      {preview && view ? (
        <MergeStep
          preview={{ staged: preview.staged, counts: view.counts, conflicts: view.conflicts }}
          kinds={['new', 'conflict', 'unchanged', 'damaged']}
          blocked={view.undecidedDistricts > 0}
          formatValue={(field, value) => {
            if (field !== 'districtId' || typeof value !== 'string') return undefined;
            const unknown = preview.staged.unknownDistricts.find((u) => u.placeholder === value);
            if (unknown) return t('handover.districtUnchosen', { name: unknown.name || t('handover.districtNone') });
            return districts.find((d) => d.id === value)?.name ?? value;
          }}
          busy={busy}
          error={error}
          onApply={(c) => void apply(c)}
          onCancel={cancel}
        >
          {preview.staged.unknownDistricts.length > 0 ? (
            <section className="stack" aria-labelledby="handover-districts">
              <h3 id="handover-districts">{t('handover.districtsTitle')}</h3>
              <p>{t('handover.districtsHelp')}</p>
              {preview.staged.unknownDistricts.map((u) => (
                <SelectField
                  key={u.placeholder}
                  label={t('handover.districtFrom', { name: u.name || t('handover.districtNone'), count: u.records })}
                  value={chosenDistricts.get(u.placeholder) ?? ''}
                  options={[
                    { value: '', label: t('handover.districtPick') },
                    ...offered.map((d) => ({ value: d.id, label: d.name, user: true })),
                  ]}
                  onChange={(id) =>
                    setChosenDistricts((m) => {
                      const next = new Map(m);
                      if (id) next.set(u.placeholder, id);
                      else next.delete(u.placeholder);
                      return next;
                    })
                  }
                />
              ))}
              {view.undecidedDistricts > 0 ? (
                <p role="status">{t('handover.districtsUndecided', { count: view.undecidedDistricts })}</p>
              ) : null}
            </section>
          ) : null}
        </MergeStep>
      ) : (
        <FileStep
          key={fileKey}
          fileKind={t('handover.fileKind')}
          passphraseLabel={t('handover.importPassphrase')}
          keyNote={t('handover.importKeyNote')}
          asks={async (file) => (await packageLock(file)) !== 'recipients'}
          errorText={(e) => handoverErrorMessage(t, e)}
          onRead={read}
        />
      )}
    </section>
  );
}
