// 出席者 / 欠席者: people ticked from the directory (many at once) or typed in for this meeting
// only (optionally saved to the directory too). The minutes keep a copy of each person, so
// someone removed from the directory since is still shown, with a note saying so.
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../../ui/fields';
import { ACTORS } from '../../../../shared/domain/plan';
import type { AttendeeRef } from '../../../../shared/meetings/meeting';
import { toAttendeeRef, type DirectoryEntryInput } from '../../../../shared/meetings/attendee';
import { matchesQuery } from '../../../../shared/text/normalize';
import type { DirectoryEntry } from '../directoryRepo';
import { InputField } from './controls';
import { removeAt } from '../formState';
import { UserText } from '../../../ui/UserText';

const FILTER_FROM = 8;
const affiliation = (a: Pick<AttendeeRef, 'organisation' | 'role'>) => [a.organisation, a.role].filter((s) => s.trim() !== '').join('・');

/** 架空 花子 地域ケアプラザ・社会福祉士: as typed, both user data. */
function NameAndAffiliation(props: { who: Pick<AttendeeRef, 'name' | 'organisation' | 'role'> }) {
  const aff = affiliation(props.who);
  return (
    <>
      <span className="person-name" data-user="">
        {props.who.name}
      </span>
      {aff ? (
        <span className="meta" data-user="">
          {aff}
        </span>
      ) : null}
    </>
  );
}

export function AttendeePicker(props: {
  label: string;
  value: AttendeeRef[];
  onChange(v: AttendeeRef[]): void;
  /** Live directory entries. */
  directory: readonly DirectoryEntry[];
  /** Directory ids already in the other list (present vs absent): not offered here. */
  taken: ReadonlySet<string>;
  takenNote: string;
  addToDirectory(e: DirectoryEntryInput): Promise<DirectoryEntry>;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const chosen = new Set(props.value.map((a) => a.directoryId).filter(Boolean));
  const live = new Set(props.directory.map((e) => e.id));
  const offered = props.directory.filter((e) => query.trim() === '' || matchesQuery(query, [e.name, e.organisation, e.role]));

  const toggle = (e: DirectoryEntry, on: boolean) =>
    props.onChange(on ? [...props.value, toAttendeeRef(e.id, e)] : props.value.filter((a) => a.directoryId !== e.id));

  return (
    <fieldset className="attendee-picker">
      <legend>
        {props.label}
        {t('punct.aside', { x: t('meetings.form.peopleCount', { n: props.value.length }) })}
      </legend>
      {props.value.length === 0 ? (
        <p className="empty">{t('meetings.form.noneYet')}</p>
      ) : (
        <ul className="chosen-people" aria-label={props.label}>
          {props.value.map((a, i) => (
            <li key={`${a.directoryId}-${i}`}>
              <NameAndAffiliation who={a} />
              {a.directoryId && !live.has(a.directoryId) ? (
                <span className="tag removed">{t('meetings.form.removedFromDirectory')}</span>
              ) : null}
              {!a.directoryId ? <span className="tag">{t('meetings.form.notInDirectory')}</span> : null}
              <button type="button" className="small" onClick={() => props.onChange(removeAt(props.value, i))}>
                {t('meetings.form.removePerson')}
                <span className="visually-hidden">
                  {t('punct.colon')}
                  <UserText>{a.name}</UserText>
                  {t('punct.aside', { x: props.label })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <fieldset className="directory-checks">
        <legend>{t('meetings.form.pickFromDirectory')}</legend>
        {props.directory.length === 0 ? <p className="help">{t('meetings.form.noDirectory')}</p> : null}
        {props.directory.length > FILTER_FROM ? (
          <InputField label={t('meetings.form.filterDirectory')} value={query} onChange={setQuery} />
        ) : null}
        {props.directory.length > 0 && offered.length === 0 ? <p className="help">{t('meetings.form.noDirectoryMatch')}</p> : null}
        <div className="check-grid">
          {offered.map((e) => {
            const taken = props.taken.has(e.id);
            return (
              <label key={e.id} className={`check person-check${taken ? ' taken' : ''}`}>
                <input type="checkbox" checked={chosen.has(e.id)} disabled={taken} onChange={(ev) => toggle(e, ev.target.checked)} />
                <span>
                  <NameAndAffiliation who={e} />
                  {taken ? <span className="meta">{t('punct.aside', { x: props.takenNote })}</span> : null}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <AdHocPerson
        label={props.label}
        onAdd={async (input, save) => {
          const ref = save ? toAttendeeRef((await props.addToDirectory(input)).id, input) : toAttendeeRef('', input);
          props.onChange([...props.value, ref]);
        }}
      />
    </fieldset>
  );
}

function AdHocPerson({ label, onAdd }: { label: string; onAdd(e: DirectoryEntryInput, saveToDirectory: boolean): Promise<void> }) {
  const { t } = useTranslation();
  const [v, setV] = useState({ name: '', organisation: '', role: '' });
  const [save, setSave] = useState(false);
  // After a refused 追加, the name is checked as it is typed: the message goes with the first character.
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const error = tried && v.name.trim() === '' ? t('meetings.form.adHocNameRequired') : undefined;

  const add = async () => {
    if (v.name.trim() === '') {
      setTried(true);
      return;
    }
    setBusy(true);
    try {
      await onAdd({ name: v.name.trim(), organisation: v.organisation.trim(), role: v.role.trim(), note: '' }, save);
      setV({ name: '', organisation: '', role: '' });
      setTried(false);
    } finally {
      setBusy(false);
    }
  };
  // Enter here adds the person; it must not submit the whole meeting form.
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') {
      e.preventDefault();
      void add();
    }
  };

  return (
    <details className="adhoc" onKeyDown={onKey}>
      <summary>
        {t('meetings.form.adHocTitle')}
        <span className="visually-hidden">{t('punct.aside', { x: label })}</span>
      </summary>
      <div role="group" aria-label={`${t('meetings.form.adHocTitle')}${t('punct.aside', { x: label })}`}>
        <div className="grid">
          <InputField
            label={t('meetings.form.adHocName')}
            value={v.name}
            onChange={(name) => setV({ ...v, name })}
            maxLength={100}
            error={error}
          />
          <InputField
            label={t('meetings.form.adHocOrg')}
            value={v.organisation}
            onChange={(organisation) => setV({ ...v, organisation })}
            maxLength={100}
            suggestions={ACTORS}
          />
          <InputField label={t('meetings.form.adHocRole')} value={v.role} onChange={(role) => setV({ ...v, role })} maxLength={100} />
        </div>
        <div className="row">
          <Checkbox label={t('meetings.form.saveToDirectory')} checked={save} onChange={setSave} />
          <button type="button" disabled={busy} onClick={() => void add()}>
            {t('meetings.form.addAdHoc')}
            <span className="visually-hidden">{t('punct.aside', { x: label })}</span>
          </button>
        </div>
      </div>
    </details>
  );
}
