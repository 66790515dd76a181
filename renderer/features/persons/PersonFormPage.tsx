import { now } from '../../platform/clock';
import { draftKeys } from '../../records/draftKeys';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { navigate } from '../../ui/router';
import { errorMessage, problemMessage } from '../../i18n';
import { useDraft } from '../../records/useDraft';
import { CheckboxGroup, Checkbox, DateField, ErrorBox, SelectField, TextField } from '../../ui/fields';
import { useTerm } from '../../i18n/terms';
import { useRecheckedProblems } from '../../ui/useRecheckedProblems';
import { StaleSaveNotice, useStaleSave } from '../../ui/useStaleSave';
import { personsTable } from '../../records/tables';
import {
  CARE_FLAGS,
  CARE_LEVELS,
  CONSENT_SCOPES,
  DISABILITY_SUPPORT_LEVELS,
  HOUSEHOLDS,
  MAX_NOTE,
  MENTAL_HANDBOOK_GRADES,
  PERSON_STATUSES,
  RYOIKU_GRADES,
  SEXES,
  emptyPerson,
  personProblems,
  type PersonInput,
} from '../../../shared/persons/person';
import { tokyoDate } from '../../../shared/text/dates';
import type { PersonRecord } from '../../records/personStore';

function toInput(p: PersonRecord): PersonInput {
  const { id: _id, rev: _r, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = p;
  return input;
}

export function PersonFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  const term = useTerm();
  const opts = <T extends string>(xs: readonly T[], empty: string) => xs.map((x) => ({ value: x, label: x === '' ? empty : term(x) }));
  const { persons, profile, districts, notify } = useOpenVault();
  const existing = id ? persons.get(id) : undefined;
  const initial = existing ? toInput(existing) : emptyPerson(profile.districtId || districts[0]?.id || '');
  const draft = useDraft<PersonInput>(id ? draftKeys.personEdit(id) : draftKeys.personNew(), initial, existing?.rev ?? 0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const stale = useStaleSave(personsTable, id, draft.rebase);
  const { problems, formRef, refuse, settle } = useRecheckedProblems(() => personProblems(draft.value, tokyoDate(now())));

  if (id && !existing) return <ErrorBox message={t('errors.NotFound')} />;
  if (!draft.ready) return <p>{t('app.loading')}</p>;

  const v = draft.value;
  const set = (patch: Partial<PersonInput>) => draft.update({ ...v, ...patch });
  const problemText = (path: string): string | undefined => {
    const p = problems.find((x) => x.path === path);
    return p ? problemMessage(t, p) : undefined;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await save(draft.baseRev);
  };

  const save = async (baseRev: number) => {
    if (refuse()) return setError(null);
    settle();
    setBusy(true);
    setError(null);
    stale.reset();
    try {
      const saved = existing ? await persons.update(existing.id, v, baseRev, now()) : await persons.create(v, now());
      await draft.clear();
      notify(existing ? t('persons.saved') : t('persons.created'));
      navigate({ name: 'person', id: saved.id });
    } catch (err) {
      // The draft keeps the input; nothing typed is lost.
      if (!stale.caught(err)) setError(errorMessage(err));
      setBusy(false);
    }
  };

  const takeSaved = async () => {
    await draft.clear();
    if (existing) await persons.reload(existing.id);
    navigate(existing ? { name: 'person', id: existing.id } : { name: 'persons' });
  };

  const discard = async () => {
    await draft.clear();
    navigate(existing ? { name: 'person', id: existing.id } : { name: 'persons' });
  };

  const districtOptions = districts
    .filter((d) => !d.archived || d.id === v.districtId)
    .map((d) => ({ value: d.id, label: d.name, user: true }));

  return (
    <form ref={formRef} className="person-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="person-form-title">
      <h1 id="person-form-title">{existing ? t('person.editTitle', { name: existing.name }) : t('person.newTitle')}</h1>
      {draft.restored ? (
        <p className="notice" role="status">
          {t('person.draftRestored')}
        </p>
      ) : null}
      <ErrorBox message={problems.length > 0 ? t('errors.ValidationFailed') : error} />
      <StaleSaveNotice guard={stale} busy={busy} save={save} takeSaved={takeSaved} />
      <fieldset>
        <legend>{t('person.sections.basic')}</legend>
        <div className="grid">
          <TextField
            label={t('person.name')}
            value={v.name}
            onChange={(name) => set({ name })}
            required
            maxLength={100}
            error={problemText('name')}
            autoFocus
          />
          <TextField
            label={t('person.furigana')}
            value={v.furigana}
            onChange={(furigana) => set({ furigana })}
            maxLength={100}
            error={problemText('furigana')}
          />
          <DateField
            label={t('person.birthDate')}
            value={v.birthDate}
            onChange={(birthDate) => set({ birthDate })}
            error={problemText('birthDate')}
          />
          <SelectField label={t('person.sex')} value={v.sex} onChange={(sex) => set({ sex })} options={opts(SEXES, t('person.notSet'))} />
          <SelectField
            label={t('person.district')}
            value={v.districtId}
            onChange={(districtId) => set({ districtId })}
            options={districtOptions}
            error={problemText('districtId')}
          />
          <SelectField
            label={t('person.status')}
            value={v.status}
            onChange={(status) => set({ status })}
            options={opts(PERSON_STATUSES, '')}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('person.sections.living')}</legend>
        <div className="grid">
          <TextField
            label={t('person.address')}
            value={v.address}
            onChange={(address) => set({ address })}
            maxLength={300}
            error={problemText('address')}
          />
          <TextField
            label={t('person.phone')}
            type="tel"
            value={v.phone}
            onChange={(phone) => set({ phone })}
            maxLength={40}
            error={problemText('phone')}
          />
          <SelectField
            label={t('person.household')}
            value={v.household}
            onChange={(household) => set({ household })}
            options={opts(HOUSEHOLDS, t('person.notSet'))}
          />
          <TextField
            label={t('person.householdNote')}
            value={v.householdNote}
            onChange={(householdNote) => set({ householdNote })}
            maxLength={300}
            error={problemText('householdNote')}
          />
          <DateField
            label={t('person.dischargedOn')}
            value={v.dischargedOn}
            onChange={(dischargedOn) => set({ dischargedOn })}
            help={t('person.dischargedOnHelp')}
            error={problemText('dischargedOn')}
          />
          <TextField
            label={t('person.emergencyName')}
            value={v.emergencyContact.name}
            onChange={(name) => set({ emergencyContact: { ...v.emergencyContact, name } })}
            maxLength={100}
            error={problemText('emergencyContact.name')}
          />
          <TextField
            label={t('person.emergencyRelation')}
            value={v.emergencyContact.relation}
            onChange={(relation) => set({ emergencyContact: { ...v.emergencyContact, relation } })}
            maxLength={50}
            error={problemText('emergencyContact.relation')}
          />
          <TextField
            label={t('person.emergencyPhone')}
            type="tel"
            value={v.emergencyContact.phone}
            onChange={(phone) => set({ emergencyContact: { ...v.emergencyContact, phone } })}
            maxLength={40}
            error={problemText('emergencyContact.phone')}
          />
          <TextField
            label={t('person.doctor')}
            value={v.doctor}
            onChange={(doctor) => set({ doctor })}
            maxLength={200}
            error={problemText('doctor')}
          />
          <TextField
            label={t('person.commissioner')}
            value={v.commissioner}
            onChange={(commissioner) => set({ commissioner })}
            maxLength={100}
            error={problemText('commissioner')}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('person.sections.care')}</legend>
        <div className="grid">
          <SelectField
            label={t('person.careLevel')}
            value={v.certification.careLevel}
            onChange={(careLevel) => set({ certification: { ...v.certification, careLevel } })}
            options={opts(CARE_LEVELS, t('person.notSet'))}
          />
          <SelectField
            label={t('person.disabilitySupportLevel')}
            value={v.certification.disabilitySupportLevel}
            onChange={(disabilitySupportLevel) => set({ certification: { ...v.certification, disabilitySupportLevel } })}
            options={opts(DISABILITY_SUPPORT_LEVELS, t('person.notSet'))}
          />
          <SelectField
            label={t('person.ryoikuGrade')}
            value={v.certification.ryoikuGrade}
            onChange={(ryoikuGrade) => set({ certification: { ...v.certification, ryoikuGrade } })}
            options={opts(RYOIKU_GRADES, t('person.notSet'))}
          />
          <SelectField
            label={t('person.mentalHandbookGrade')}
            value={v.certification.mentalHandbookGrade}
            onChange={(mentalHandbookGrade) => set({ certification: { ...v.certification, mentalHandbookGrade } })}
            options={opts(MENTAL_HANDBOOK_GRADES, t('person.notSet'))}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('person.sections.consent')}</legend>
        <Checkbox
          label={t('person.consentGiven')}
          checked={v.consent.given}
          onChange={(given) => set({ consent: { ...v.consent, given } })}
        />
        {v.consent.given ? (
          <div className="grid">
            <DateField
              label={t('person.consentDate')}
              value={v.consent.date}
              onChange={(date) => set({ consent: { ...v.consent, date } })}
              error={problemText('consent.date')}
            />
            <TextField
              label={t('person.consentObtainedBy')}
              value={v.consent.obtainedBy}
              onChange={(obtainedBy) => set({ consent: { ...v.consent, obtainedBy } })}
              maxLength={100}
              error={problemText('consent.obtainedBy')}
            />
            <CheckboxGroup
              legend={t('person.consentScopes')}
              options={CONSENT_SCOPES}
              value={v.consent.scopes}
              onChange={(scopes) => set({ consent: { ...v.consent, scopes } })}
            />
          </div>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>{t('person.sections.flags')}</legend>
        <CheckboxGroup
          legend={t('person.sections.flags')}
          options={CARE_FLAGS}
          value={v.careFlags}
          onChange={(careFlags) => set({ careFlags })}
        />
      </fieldset>
      <fieldset>
        <legend>{t('person.sections.note')}</legend>
        <TextField
          label={t('person.note')}
          value={v.note}
          onChange={(note) => set({ note })}
          multiline={6}
          maxLength={MAX_NOTE}
          error={problemText('note')}
          help={t('person.noteCount', { n: v.note.length, max: MAX_NOTE })}
        />
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary big" disabled={busy}>
          {t('person.save')}
        </button>
        <button type="button" onClick={() => void discard()}>
          {draft.restored ? t('person.discardDraft') : t('person.cancel')}
        </button>
      </div>
    </form>
  );
}
