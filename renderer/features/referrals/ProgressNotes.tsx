// 経過: dated progress notes (who wrote them is the profile's name), oldest first, and the form
// that adds one.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../app/context';
import { now } from '../../app/clock';
import { errorMessage } from '../../i18n';
import { DateField, ErrorBox, TextField } from '../../ui/fields';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid';
import type { Problem } from '../../../shared/domain/problems';
import { saveReferral, type Referral } from './referralRepo';
import { noteFormProblems, type NoteForm } from './referralForm';
import { problemLookup } from './controls';
import { shortDate } from './referralView';

export function ProgressNotes(props: { referral: Referral; today: string; value: NoteForm; onChange(v: NoteForm): void; onAdded(saved: Referral): Promise<void> }) {
  const { t } = useTranslation();
  const { session, profile, notify } = useOpenVault();
  const { referral, value: v } = props;
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { formRef, focusAfterRender } = useFocusFirstInvalid(problems);
  const lookup = problemLookup(t, problems);
  // Oldest first, by date; notes of one day keep the order they were written in.
  const notes = referral.notes.map((n, i) => ({ ...n, i })).sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = noteFormProblems(v, props.today);
    setProblems(found);
    setError(null);
    if (found.length > 0) {
      focusAfterRender();
      return;
    }
    setBusy(true);
    try {
      const saved = await saveReferral(session, { ...referral, notes: [...referral.notes, { date: v.date, by: profile.name, text: v.text }] }, now());
      await props.onAdded(saved);
      notify(t('referrals.notes.added'));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ref-section card" aria-labelledby="ref-notes-title">
      <h2 id="ref-notes-title">{t('referrals.notes.title')}</h2>
      {notes.length === 0 ? (
        <p className="empty">{t('referrals.notes.none')}</p>
      ) : (
        <ol className="ref-cards" aria-labelledby="ref-notes-title">
          {notes.map((n) => (
            <li key={n.i} className="ref-card">
              <p className="ref-card-title">
                {shortDate(n.date)}
                {n.by ? <span className="meta">{t('referrals.notes.by', { by: n.by })}</span> : null}
              </p>
              <p className="ref-note">{n.text}</p>
            </li>
          ))}
        </ol>
      )}
      <form ref={formRef} className="ref-subform" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="ref-note-form-title">
        <h3 id="ref-note-form-title">{t('referrals.notes.addTitle')}</h3>
        <div className="ref-grid">
          <DateField label={t('referrals.notes.date')} value={v.date} onChange={(date) => props.onChange({ ...v, date })} required error={lookup.error('date')} />
        </div>
        <TextField label={t('referrals.notes.text')} value={v.text} onChange={(text) => props.onChange({ ...v, text })} multiline={4} maxLength={20_000} required error={lookup.error('text')} />
        <ErrorBox message={error} />
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>{t('referrals.notes.add')}</button>
        </div>
      </form>
    </section>
  );
}
