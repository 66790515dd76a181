// Choose a person by typing part of the name or reading (ARIA 1.2 combobox with a listbox):
// ↓/↑ move, Enter picks the highlighted one (the first match by default), Escape closes.
// Used wherever a record points at a person: contact log, meeting cases, referrals.
import { useDeferredValue, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { filterPersons, searchIndexOf } from './personSearch';
import { describedBy, FieldNotes } from '../../ui/fields';

const MAX_OPTIONS = 8;

export function PersonPicker(props: {
  label: string;
  value: string;
  onChange(personId: string): void;
  help?: string;
  error?: string | undefined;
  autoFocus?: boolean;
  /** Persons not offered (already chosen elsewhere). */
  exclude?: readonly string[];
}) {
  const { t } = useTranslation();
  const { persons, districts } = useOpenVault();
  const all = useSyncExternalStore(persons.subscribe, persons.getSnapshot);
  const index = useMemo(() => searchIndexOf(all), [all]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const deferred = useDeferredValue(query);
  const id = useId();
  const listId = `${id}-list`;
  const exclude = props.exclude;
  const options = useMemo(() => {
    if (deferred.trim() === '') return [];
    return filterPersons(index, { query: deferred, districtId: '', status: '', trashed: false })
      .filter((p) => !exclude?.includes(p.id))
      .slice(0, MAX_OPTIONS);
  }, [index, deferred, exclude]);
  const district = (dId: string) => districts.find((d) => d.id === dId)?.name ?? '';
  const chosen = props.value ? persons.get(props.value) : undefined;

  const pick = (personId: string) => {
    props.onChange(personId);
    setQuery('');
    setOpen(false);
    setActive(0);
  };

  if (chosen) {
    return (
      <div className="field person-picker">
        <div className="label-row">
          <span className="label" id={`${id}-label`}>
            {props.label}
          </span>
        </div>
        <div className="row chosen" role="group" aria-labelledby={`${id}-label`}>
          <span className="chosen-name" data-user="">
            {chosen.name}
          </span>
          <span className="help" data-user="">
            {chosen.furigana}
            {chosen.districtId ? `　${district(chosen.districtId)}` : ''}
          </span>
          <button type="button" className="link" onClick={() => props.onChange('')}>
            {t('picker.change')}
            <span className="visually-hidden">
              {t('punct.colon')}
              {props.label}
            </span>
          </button>
        </div>
      </div>
    );
  }

  const showList = open && options.length > 0;
  const activeOption = showList ? options[Math.min(active, options.length - 1)] : undefined;
  return (
    <div className={`field person-picker${props.error ? ' has-error' : ''}`}>
      <div className="label-row">
        <label htmlFor={id}>{props.label}</label>
      </div>
      <input
        id={id}
        role="combobox"
        type="text"
        autoComplete="off"
        spellCheck={false}
        autoFocus={props.autoFocus}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${id}-opt-${activeOption.id}` : undefined}
        aria-describedby={describedBy(id, props)}
        aria-invalid={props.error ? true : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && activeOption) {
            e.preventDefault();
            pick(activeOption.id);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={props.label} className="picker-options" hidden={!showList}>
        {showList
          ? options.map((p) => (
              <li
                key={p.id}
                id={`${id}-opt-${p.id}`}
                role="option"
                aria-selected={p.id === activeOption?.id}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(p.id);
                }}
              >
                <span className="name" data-user="">
                  {p.name}
                </span>{' '}
                <span className="help" data-user="">
                  {p.furigana}　{district(p.districtId)}
                </span>
              </li>
            ))
          : null}
      </ul>
      {open && deferred.trim() !== '' && options.length === 0 ? (
        <p className="help" role="status">
          {t('picker.noMatch')}
        </p>
      ) : null}
      <FieldNotes id={id} help={props.help} error={props.error} />
    </div>
  );
}
