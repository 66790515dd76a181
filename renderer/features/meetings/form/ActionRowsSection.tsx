// 役割分担: who (offered from the attendees), their organisation, what, by when, and optionally
// which case it is about. Rows already closed from the やること list say so.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../../records/context';
import { DateField, SelectField, TextField } from '../../../ui/fields';
import { ACTORS } from '../../../../shared/domain/plan';
import type { AttendeeRef, MeetingCase } from '../../../../shared/meetings/meeting';
import { isValidIsoDate } from '../../../../shared/text/dates';
import { newActionRow, removeAt, replaceAt, type ActionRowState } from '../formState';
import { InputField } from './controls';
import { useDates } from '../../../i18n/dates';

export function ActionRowsSection(props: {
  rows: ActionRowState[];
  onChange(rows: ActionRowState[]): void;
  attendees: readonly AttendeeRef[];
  cases: readonly MeetingCase[];
  /** Saved rows that are done: id → 完了日. */
  doneDates: ReadonlyMap<string, string>;
  problem(path: string): string | undefined;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const { persons } = useOpenVault();
  const ref = useRef<HTMLFieldSetElement>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  useEffect(() => {
    if (focusRow === null) return;
    ref.current?.querySelector<HTMLInputElement>(`[data-row="${focusRow}"] input`)?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const { rows, attendees } = props;
  const names = attendees.map((a) => a.name);
  const orgs = [...attendees.map((a) => a.organisation).filter(Boolean), ...ACTORS];
  const caseOptions = props.cases
    .filter((c) => c.personId)
    .map((c) => ({ value: c.personId, label: persons.get(c.personId)?.name ?? c.personId, user: true }));
  const setRow = (i: number, r: ActionRowState) => props.onChange(replaceAt(rows, i, r));
  const setOwner = (i: number, r: ActionRowState, owner: string) => {
    // Choosing an attendee's name fills in their organisation when it is still empty.
    const who = attendees.find((a) => a.name === owner);
    setRow(i, { ...r, owner, ownerOrg: r.ownerOrg === '' && who ? who.organisation : r.ownerOrg });
  };

  return (
    <fieldset className="meeting-section" ref={ref}>
      <legend>{t('meetings.form.sections.actions')}</legend>
      <p className="help">{t('meetings.form.noNamesHelp')}</p>
      {rows.length === 0 ? <p className="empty">{t('meetings.form.actionsNone')}</p> : null}
      {rows.map((r, i) => {
        const n = i + 1;
        const done = r.id ? props.doneDates.get(r.id) : undefined;
        const p = (f: string) => props.problem(`actions.${i}.${f}`);
        return (
          <div key={r.key} className="action-row" role="group" aria-labelledby={`action-${r.key}-title`} data-row={i}>
            <div className="row spread">
              <h3 id={`action-${r.key}-title`}>
                {t('meetings.form.actionN', { n })}
                {done !== undefined ? (
                  <span className="badge done">
                    {t('meetings.form.actionDone', { date: isValidIsoDate(done) ? dates.date(done) : done })}
                  </span>
                ) : null}
              </h3>
              <button type="button" className="danger small" onClick={() => props.onChange(removeAt(rows, i))}>
                {t('meetings.form.removeAction')}
                <span className="visually-hidden">
                  {t('punct.colon')}
                  {t('meetings.form.actionN', { n })}
                </span>
              </button>
            </div>
            <div className="grid">
              <InputField
                label={t('meetings.form.owner')}
                value={r.owner}
                onChange={(v) => setOwner(i, r, v)}
                maxLength={100}
                suggestions={names}
                required
                error={p('owner')}
              />
              <InputField
                label={t('meetings.form.ownerOrg')}
                value={r.ownerOrg}
                onChange={(ownerOrg) => setRow(i, { ...r, ownerOrg })}
                maxLength={100}
                suggestions={orgs}
              />
              <DateField
                label={t('meetings.form.due')}
                value={r.due}
                onChange={(due) => setRow(i, { ...r, due })}
                required
                error={p('due')}
              />
              {caseOptions.length > 0 ? (
                <SelectField
                  label={t('meetings.form.actionPerson')}
                  value={caseOptions.some((o) => o.value === r.personId) ? r.personId : ''}
                  onChange={(personId) => setRow(i, { ...r, personId })}
                  options={[{ value: '', label: t('meetings.form.noPerson') }, ...caseOptions]}
                />
              ) : null}
            </div>
            <TextField
              label={t('meetings.form.task')}
              value={r.task}
              onChange={(task) => setRow(i, { ...r, task })}
              multiline={2}
              maxLength={2000}
              required
              error={p('task')}
            />
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => {
          props.onChange([...rows, newActionRow(crypto.randomUUID())]);
          setFocusRow(rows.length);
        }}
      >
        {t('meetings.form.addAction')}
      </button>
    </fieldset>
  );
}
