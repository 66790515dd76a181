// The small forms that add to a referral (a hand-over, a progress note) share one flow: show the
// problems found (checked again on every change from then on, so a fixed field's mark goes at
// once), focus the first invalid field when something blocks, otherwise save the referral with
// the addition, hand it back to the page and say so.
import { useState } from 'react';
import { useOpenVault } from '../../../records/context';
import { now } from '../../../platform/clock';
import { errorMessage } from '../../../i18n';
import { useRecheckedProblems } from '../../../ui/useRecheckedProblems';
import type { Problem } from '../../../../shared/domain/problems';
import { saveReferral, type Referral } from '../referralRepo';
import { errorsOf } from '../referralForm';

export function useAddToReferral(check: () => Problem[], onAdded: (saved: Referral) => Promise<void>, doneMessage: string) {
  const { session, notify } = useOpenVault();
  const { problems, formRef, refuse, settle } = useRecheckedProblems(check, { blocks: (found) => errorsOf(found).length > 0 });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** `next` is the referral with the addition, or null when the form cannot make one. */
  const add = async (next: Referral | null) => {
    setError(null);
    if (refuse() || !next) return;
    setBusy(true);
    try {
      await onAdded(await saveReferral(session, next, now()));
      settle();
      notify(doneMessage);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return { problems, error, busy, formRef, add };
}
