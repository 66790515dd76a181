// Printing from a screen: builds the document only when asked and turns the outcome into words.
// `print` opens the print dialog (printService logs it; nothing is saved). `savePdf` first opens
// the warning (`saveWarning`, to render once on the screen) and saves only after 保存する (logged
// as a saved PDF). A toast says what happened, nothing is said when a dialog was cancelled, and a
// problem is shown for characters no font can draw or for an error. `busy` is true while a print
// (or another task given to `run`) runs.
import { createElement, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../records/context';
import { errorMessage } from '../i18n';
import type { PrintDocument } from '../../shared/print/model';
import type { PrintMeta } from './printService';
import { SaveWarning } from './SavePdf';

export type { PrintMeta };

type Build = () => PrintDocument | Promise<PrintDocument>;

export function usePrint() {
  const { t } = useTranslation();
  const { session, notify } = useOpenVault();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [pendingSave, setPendingSave] = useState<{ build: Build; meta: PrintMeta } | null>(null);

  /** Runs a task with `busy` set; an error it throws becomes the `problem`. */
  const run = useCallback(async (task: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await task();
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }, []);

  const output = useCallback(
    (how: 'print' | 'save', build: Build, meta: PrintMeta) =>
      run(async () => {
        const doc = await build();
        // The print engine and fonts load only when something is printed.
        const { printDocument, savePdfDocument } = await import('./printService');
        const outcome = await (how === 'print' ? printDocument : savePdfDocument)(session, doc, meta);
        if (outcome.kind === 'missing')
          setProblem(t('print.missingGlyphs', { chars: outcome.chars.join(' '), where: outcome.where.join('、') }));
        else if (outcome.kind === 'printed') notify(t('print.sent'));
        else if (outcome.kind === 'saved') notify(t('print.done'));
      }),
    [run, session, notify, t],
  );

  const print = useCallback((build: Build, meta: PrintMeta) => output('print', build, meta), [output]);

  /** Asks first; the save itself runs from the warning's 保存する. */
  const savePdf = useCallback((build: Build, meta: PrintMeta) => {
    setProblem(null);
    setPendingSave({ build, meta });
  }, []);

  const saveWarning = pendingSave
    ? createElement(SaveWarning, {
        onConfirm: () => {
          setPendingSave(null);
          void output('save', pendingSave.build, pendingSave.meta);
        },
        onCancel: () => setPendingSave(null),
      })
    : null;

  return { print, savePdf, saveWarning, run, busy, problem };
}
