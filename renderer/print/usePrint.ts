// Printing from a screen: builds the document only when asked, prints it through printDocument
// (which logs the print), and turns the outcome into words — a toast once the PDF is saved,
// nothing when the save dialog was cancelled, a problem to show for characters no font can
// draw or for an error. `busy` is true while a print (or another task given to `run`) runs.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../records/context';
import { errorMessage } from '../i18n';
import type { PrintDocument } from '../../shared/print/model';

/** What the print log and the save dialog need: ids and dates only, never the content. */
export interface PrintMeta {
  fileName: string;
  table: string;
  recordId: string;
}

export function usePrint() {
  const { t } = useTranslation();
  const { session, notify } = useOpenVault();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

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

  const print = useCallback(
    (build: () => PrintDocument | Promise<PrintDocument>, meta: PrintMeta) =>
      run(async () => {
        const doc = await build();
        // The print engine and fonts load only when something is printed.
        const { printDocument } = await import('./printService');
        const outcome = await printDocument(session, doc, meta);
        if (outcome.kind === 'missing')
          setProblem(t('print.missingGlyphs', { chars: outcome.chars.join(' '), where: outcome.where.join('、') }));
        else if (outcome.kind === 'saved') notify(t('print.done'));
      }),
    [run, session, notify, t],
  );

  return { print, run, busy, problem };
}
