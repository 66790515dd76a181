// The small forms that add to a referral (a hand-over, a progress note) share one flow: show the
// problems found, focus the first invalid field when something blocks, otherwise save the
// referral with the addition, hand it back to the page and say so.
import { useState } from 'react';
import { useOpenVault } from '../../../records/context';
import { now } from '../../../platform/clock';
import { errorMessage } from '../../../i18n';
import { useFocusFirstInvalid } from '../../../ui/useFocusFirstInvalid';
import type { Problem } from '../../../../shared/domain/problems';
import { saveReferral, type Referral } from '../referralRepo';
import { errorsOf } from '../referralForm';

export function useAddToReferral(onAdded: (saved: Referral) => Promise<void>, doneMessage: string) {
  const { session, notify } = useOpenVault();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { formRef, focusAfterRender } = useFocusFirstInvalid(problems);

  /** `next` is the referral with the addition, or null when the form cannot make one. */
  const add = async (found: Problem[], next: Referral | null) => {
    setProblems(found);
    setError(null);
    if (errorsOf(found).length > 0 || !next) {
      focusAfterRender();
      return;
    }
    setBusy(true);
    try {
      await onAdded(await saveReferral(session, next, now()));
      notify(doneMessage);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return { problems, error, busy, formRef, add };
}
