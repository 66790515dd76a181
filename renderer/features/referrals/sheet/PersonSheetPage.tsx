// 本人情報シート（成年後見制度用）: only for a professional profile (a commissioner who opens the
// address sees why, not the form). Starts from the saved sheet, or from a draft made from the
// referral and the person; every field editable; saved through saveSheet; printable once saved.
// Typing is kept in an encrypted draft (`referral-sheet:<id>`).
import { useState, useSyncExternalStore, type FormEvent } from 'react';
import { draftKeys } from '../../../records/draftKeys';
import { StaleSaveNotice, useStaleSave } from '../../../ui/useStaleSave';
import { referralsTable } from '../../../records/tables';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenVault } from '../../../records/context';
import { navigate, routeHref } from '../../../ui/router';
import { now } from '../../../platform/clock';
import { errorMessage } from '../../../i18n';
import { ErrorBox } from '../../../ui/fields';
import { useRecheckedProblems } from '../../../ui/useRecheckedProblems';
import { useDraft } from '../../../records/useDraft';
import { tokyoDate } from '../../../../shared/text/dates';
import { isProfessionalRole } from '../../../../shared/domain/plan';
import { emptyPerson } from '../../../../shared/persons/person';
import { schemaProblems } from '../../../../shared/domain/problems';
import { draftPersonSheet, personSheetSchema, type PersonSheet } from '../../../../shared/referrals/personSheet';
import { getReferral, saveSheet, type Referral } from '../referralRepo';
import { problemLookup } from '../controls';
import { stableJson } from '../referralForm';
import { SheetBasics } from './SheetBasics';
import { SheetDaily } from './SheetDaily';
import { SheetClosing } from './SheetClosing';
import { SheetPrintButtons } from './SheetPrintButtons';
import { useDates } from '../../../i18n/dates';
import { tWithUser } from '../../../ui/UserText';

export function PersonSheetPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { session, profile, persons } = useOpenVault();
  useSyncExternalStore(persons.subscribe, persons.getSnapshot);
  const data = useLiveQuery(async () => ({ referral: await getReferral(session, id) }), [session, id]);
  if (!data) return <p>{t('app.loading')}</p>;
  const r = data.referral;
  if (!r || r.deletedAt > 0) return <ErrorBox message={t('errors.NotFound')} />;
  const person = persons.get(r.personId);
  const name = person?.name ?? t('referrals.page.unknownPerson');

  return (
    <article className="sheet-page" aria-labelledby="sheet-title">
      <p className="ref-back">
        <a href={routeHref({ name: 'referral', id: r.id })}>{t('referrals.sheet.back')}</a>
      </p>
      <h1 id="sheet-title">{tWithUser(t, 'referrals.sheet.pageTitle', { name })}</h1>
      {isProfessionalRole(profile.role) ? (
        <SheetEditor referral={r} />
      ) : (
        <section className="card" aria-labelledby="sheet-refused-title">
          <h2 id="sheet-refused-title">{t('referrals.sheet.notPermittedTitle')}</h2>
          <p className="ref-why">{t('referrals.page.sheetNotPermitted')}</p>
          <p>
            <a href={routeHref({ name: 'settings' })}>{t('referrals.sheet.openSettings')}</a>
          </p>
        </section>
      )}
    </article>
  );
}

function SheetEditor({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const dates = useDates();
  const { session, persons, profile, notify } = useOpenVault();
  const person = persons.get(referral.personId) ?? emptyPerson(referral.districtId);
  const today = tokyoDate(now());
  const draft = useDraft<PersonSheet>(
    draftKeys.referralSheet(referral.id),
    referral.sheet ?? draftPersonSheet(person, referral, { name: profile.name, occupation: '', contact: '' }, today),
    referral.rev,
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const stale = useStaleSave(referralsTable, referral.id, draft.rebase);
  // Checked again on every change once a save was refused: a fixed field's mark goes at once.
  const { problems, formRef, refuse, settle } = useRecheckedProblems(() => {
    const parsed = personSheetSchema.safeParse(draft.value);
    return parsed.success ? [] : schemaProblems(parsed.error);
  });
  if (!draft.ready) return <p>{t('app.loading')}</p>;

  const v = draft.value;
  const saved = referral.sheet;
  const dirty = !saved || stableJson(v) !== stableJson(saved);
  const lookup = problemLookup(t, problems);
  const set = (next: PersonSheet) => draft.update(next);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await save(draft.baseRev);
  };

  const save = async (baseRev: number) => {
    setError(null);
    const parsed = personSheetSchema.safeParse(v);
    if (refuse() || !parsed.success) return;
    settle();
    setBusy(true);
    stale.reset();
    try {
      await saveSheet(session, referral.id, parsed.data, baseRev, now());
      await draft.clear();
      notify(t('referrals.sheet.saved'));
    } catch (err) {
      if (!stale.caught(err)) setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const takeSaved = async () => {
    await draft.clear();
    navigate({ name: 'referral', id: referral.id });
  };

  const discard = async () => {
    if (!saved || !window.confirm(t('referrals.sheet.discardConfirm'))) return;
    settle();
    draft.update(saved);
    await draft.clear();
  };

  return (
    <>
      <p className="help">{t('referrals.sheet.lead')}</p>
      {draft.restored && dirty && saved ? (
        <p className="notice" role="status">
          {t('referrals.sheet.draftRestored')}
        </p>
      ) : null}
      {!saved ? <p className="notice">{t('referrals.sheet.drafted')}</p> : null}
      <StaleSaveNotice guard={stale} busy={busy} save={save} takeSaved={takeSaved} />
      <SheetPrintButtons referral={referral} person={persons.get(referral.personId)} dirty={dirty} />
      <form ref={formRef} className="sheet-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="sheet-title">
        <SheetBasics value={v} set={set} lookup={lookup} />
        <SheetDaily value={v} set={set} lookup={lookup} />
        <SheetClosing value={v} set={set} lookup={lookup} />
        <div className="ref-save-bar">
          {problems.length > 0 ? <ErrorBox message={t('referrals.sheet.fixErrors')} /> : null}
          <ErrorBox message={error} />
          <p className="ref-save-state" role="status">
            {!saved
              ? t('referrals.sheet.notSavedYet')
              : dirty
                ? t('referrals.sheet.unsaved')
                : t('referrals.sheet.savedAt', { date: dates.short(saved.header.writtenOn) })}
          </p>
          <div className="row">
            <button type="submit" className="primary big" disabled={busy}>
              {busy ? t('referrals.sheet.saving') : t('referrals.sheet.save')}
            </button>
            {saved && dirty ? (
              <button type="button" onClick={() => void discard()}>
                {t('referrals.sheet.discard')}
              </button>
            ) : null}
          </div>
        </div>
      </form>
    </>
  );
}
