// 事例と本人同意: 0..n persons (one at least for a case conference), each with 基本情報 /
// 家族構成 / 経過 / 本人・家族の意向; 事例提供者; and the person's consent.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../../persons';
import { Checkbox, DateField, TextField } from '../../../ui/fields';
import { MAX_MEETING_TEXT, type MeetingCase } from '../../../../shared/meetings/meeting';
import { removeAt, replaceAt } from '../formState';
import { InputField } from './controls';
import type { SectionProps } from './types';

const emptyCase = (): MeetingCase => ({ personId: '', basicInfo: '', family: '', history: '', wishes: '' });

export function CasesSection({ m, patch, problem }: SectionProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLFieldSetElement>(null);
  const [focusCase, setFocusCase] = useState<number | null>(null);
  useEffect(() => {
    if (focusCase === null) return;
    ref.current?.querySelector<HTMLElement>(`[data-case="${focusCase}"] input`)?.focus();
    setFocusCase(null);
  }, [focusCase]);

  const setCase = (i: number, c: MeetingCase) => patch({ cases: replaceAt(m.cases, i, c) });
  const casesProblem = problem('cases');
  const consentWarning = problem('consent.obtained');

  return (
    <fieldset className="meeting-section" ref={ref}>
      <legend>{t('meetings.form.sections.cases')}</legend>
      {m.type === 'area' ? <p className="notice">{t('meetings.form.noCasesArea')}</p> : null}
      {casesProblem ? (
        <p className="error" role="alert" id="cases-problem">
          {casesProblem}
        </p>
      ) : null}
      {m.cases.length === 0 ? <p className="empty">{t('meetings.form.casesNone')}</p> : null}
      {m.cases.map((c, i) => {
        const n = i + 1;
        const others = m.cases
          .filter((_, j) => j !== i)
          .map((x) => x.personId)
          .filter(Boolean);
        return (
          <div key={i} className="case-card" role="group" aria-labelledby={`case-${i}-title`} data-case={i}>
            <div className="row spread">
              <h3 id={`case-${i}-title`}>{t('meetings.form.caseN', { n })}</h3>
              <button
                type="button"
                className="danger small"
                onClick={() =>
                  (c.personId === '' && !c.basicInfo && !c.family && !c.history && !c.wishes) ||
                  window.confirm(t('meetings.form.removeCaseConfirm', { n }))
                    ? patch({ cases: removeAt(m.cases, i) })
                    : undefined
                }
              >
                {t('meetings.form.removeCase')}
                <span className="visually-hidden">
                  {t('punct.colon')}
                  {t('meetings.form.caseN', { n })}
                </span>
              </button>
            </div>
            <PersonPicker
              label={t('meetings.form.casePerson')}
              value={c.personId}
              onChange={(personId) => setCase(i, { ...c, personId })}
              exclude={others}
              error={problem(`cases.${i}.personId`)}
              help={c.personId ? undefined : t('meetings.form.casePersonHelp')}
            />
            <div className="grid two">
              <TextField
                label={t('meetings.form.basicInfo')}
                value={c.basicInfo}
                onChange={(basicInfo) => setCase(i, { ...c, basicInfo })}
                multiline={4}
                maxLength={MAX_MEETING_TEXT}
                error={problem(`cases.${i}.basicInfo`)}
              />
              <TextField
                label={t('meetings.form.family')}
                value={c.family}
                onChange={(family) => setCase(i, { ...c, family })}
                multiline={4}
                maxLength={MAX_MEETING_TEXT}
                error={problem(`cases.${i}.family`)}
              />
              <TextField
                label={t('meetings.form.history')}
                value={c.history}
                onChange={(history) => setCase(i, { ...c, history })}
                multiline={4}
                maxLength={MAX_MEETING_TEXT}
                error={problem(`cases.${i}.history`)}
              />
              <TextField
                label={t('meetings.form.wishes')}
                value={c.wishes}
                onChange={(wishes) => setCase(i, { ...c, wishes })}
                multiline={4}
                maxLength={MAX_MEETING_TEXT}
                error={problem(`cases.${i}.wishes`)}
              />
            </div>
          </div>
        );
      })}
      {m.type !== 'area' ? (
        <>
          <button
            type="button"
            onClick={() => {
              patch({ cases: [...m.cases, emptyCase()] });
              setFocusCase(m.cases.length);
            }}
          >
            {t('meetings.form.addCase')}
          </button>
          <div className="grid">
            <InputField
              label={t('meetings.form.presenter')}
              value={m.presenter}
              onChange={(presenter) => patch({ presenter })}
              maxLength={100}
              suggestions={m.attendees.map((a) => a.name)}
              error={problem('presenter')}
            />
          </div>
          <div className="consent-block" role="group" aria-labelledby="consent-title">
            <h3 id="consent-title">{t('meetings.form.consent')}</h3>
            <Checkbox
              label={t('meetings.form.consentObtained')}
              checked={m.consent.obtained}
              onChange={(obtained) => patch({ consent: { ...m.consent, obtained } })}
            />
            {consentWarning ? (
              <p className="warning-text" role="alert">
                {consentWarning}
              </p>
            ) : null}
            {m.consent.obtained ? (
              <div className="grid">
                <DateField
                  label={t('meetings.form.consentDate')}
                  value={m.consent.date}
                  onChange={(date) => patch({ consent: { ...m.consent, date } })}
                  error={problem('consent.date')}
                  required
                />
                <TextField
                  label={t('meetings.form.consentHow')}
                  value={m.consent.how}
                  onChange={(how) => patch({ consent: { ...m.consent, how } })}
                  maxLength={300}
                  error={problem('consent.how')}
                />
              </div>
            ) : null}
          </div>
        </>
      ) : null}
    </fieldset>
  );
}
