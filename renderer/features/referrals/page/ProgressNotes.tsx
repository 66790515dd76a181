// 経過: dated progress notes (who wrote them is the profile's name), oldest first, and the form
// that adds one.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../../records/context';
import { DateField, ErrorBox, TextField } from '../../../ui/fields';
import type { Referral } from '../referralRepo';
import { useAddToReferral } from './useAddToReferral';
import { noteFormProblems, type NoteForm } from '../referralForm';
import { problemLookup } from '../controls';
import { useDates } from '../../../i18n/dates';

export function ProgressNotes(props: {
  referral: Referral;
  today: string;
  value: NoteForm;
  onChange(v: NoteForm): void;
  onAdded(saved: Referral): Promise<void>;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const { profile } = useOpenVault();
  const { referral, value: v } = props;
  const { problems, error, busy, formRef, add } = useAddToReferral(
    () => noteFormProblems(v, props.today),
    props.onAdded,
    t('referrals.notes.added'),
  );
  const lookup = problemLookup(t, problems);
  // Oldest first, by date; notes of one day keep the order they were written in.
  const notes = referral.notes.map((n, i) => ({ ...n, i })).sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = noteFormProblems(v, props.today).length === 0;
    await add(ok ? { ...referral, notes: [...referral.notes, { date: v.date, by: profile.name, text: v.text }] } : null);
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
                {dates.short(n.date)}
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
          <DateField
            label={t('referrals.notes.date')}
            value={v.date}
            onChange={(date) => props.onChange({ ...v, date })}
            required
            error={lookup.error('date')}
          />
        </div>
        <TextField
          label={t('referrals.notes.text')}
          value={v.text}
          onChange={(text) => props.onChange({ ...v, text })}
          multiline={4}
          maxLength={20_000}
          required
          error={lookup.error('text')}
        />
        <ErrorBox message={error} />
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {t('referrals.notes.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
