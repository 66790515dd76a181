// One button's work on the team screen: busy while it runs (the button is disabled), its failure
// said in words in the form's error box, nothing else changed when it fails.
import { useCallback, useState } from 'react';
import { errorMessage } from '../../i18n';

export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<void>, onError?: (e: unknown) => void | Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
      await onError?.(e);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
