// A meeting's minutes, new or existing. Loads what the form starts from (the saved minutes and
// their action rows, or an empty meeting numbered after the team's previous one), then hands
// over to the editor.
import { useCallback, useEffect, useState } from 'react';
import { draftKeys } from '../../records/draftKeys';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { now } from '../../platform/clock';
import { navigate } from '../../ui/router';
import { errorMessage } from '../../i18n';
import { ErrorBox } from '../../ui/fields';
import { emptyMeeting } from '../../../shared/meetings/meeting';
import { tokyoDate } from '../../../shared/text/dates';
import { getMeeting, previousMeetingOfTeam, type Meeting } from './meetingRepo';
import { actionsOfSource, type ActionItem } from '../actions';
import { actionRowsOf, isMeetingTypeId, meetingInputOf, suggestNumber, type MeetingFormState } from './formState';
import { MeetingEditor } from './form/MeetingEditor';

interface Loaded {
  initial: MeetingFormState;
  existing?: Meeting;
  savedActions: ActionItem[];
  version: number;
}

export function MeetingFormPage({ id, type }: { id?: string; type?: string }) {
  const { t } = useTranslation();
  const { session, profile } = useOpenVault();
  const [loaded, setLoaded] = useState<Loaded | 'notFound' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (id) {
      const existing = await getMeeting(session, id);
      if (!existing || existing.deletedAt !== 0) return setLoaded('notFound');
      const savedActions = await actionsOfSource(session, id);
      setLoaded((prev) => ({
        initial: { meeting: meetingInputOf(existing), actions: actionRowsOf(savedActions) },
        existing,
        savedActions,
        version: (prev && prev !== 'notFound' ? prev.version : 0) + 1,
      }));
      return;
    }
    if (!isMeetingTypeId(type)) return setLoaded('notFound');
    const base = emptyMeeting(type, tokyoDate(now()), profile.districtId);
    const previous = await previousMeetingOfTeam(session, base);
    setLoaded({ initial: { meeting: { ...base, number: suggestNumber(previous) }, actions: [] }, savedActions: [], version: 1 });
  }, [id, type, session, profile.districtId]);

  useEffect(() => {
    load().catch((e: unknown) => setError(errorMessage(e)));
  }, [load]);

  if (error) return <ErrorBox message={error} />;
  if (loaded === 'notFound') return <ErrorBox message={t('errors.NotFound')} />;
  if (!loaded) return <p>{t('app.loading')}</p>;
  return (
    <MeetingEditor
      key={loaded.version}
      draftKey={id ? draftKeys.meetingEdit(id) : draftKeys.meetingNew(type ?? '')}
      initial={loaded.initial}
      existing={loaded.existing}
      savedActions={loaded.savedActions}
      onSaved={(saved) => (id ? void load().catch((e: unknown) => setError(errorMessage(e))) : navigate({ name: 'meeting', id: saved.id }))}
    />
  );
}
