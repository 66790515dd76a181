// Choosing the persons of a package: the chosen ones listed with a button each to take them out,
// and a search over everyone (the same folded search as the person list) with a checkbox each.
import { useDeferredValue, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { buildSearchIndex, filterPersons } from '../persons';
import { useOpenVault } from '../../records/context';
import { TextField } from '../../ui/fields';

const SHOWN = 30;

export function PersonChecklist(props: { value: ReadonlySet<string>; onChange(ids: Set<string>): void; error?: string | undefined }) {
  const { t } = useTranslation();
  const { persons, districts } = useOpenVault();
  const all = useSyncExternalStore(persons.subscribe, persons.getSnapshot);
  const index = useMemo(() => buildSearchIndex(all), [all]);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const matches = useMemo(() => filterPersons(index, { query: deferred, districtId: '', status: '', trashed: false }), [index, deferred]);
  const district = (id: string) => districts.find((d) => d.id === id)?.name ?? '';
  const chosen = [...props.value].map((id) => persons.get(id)).filter((p) => p !== undefined);
  const set = (id: string, on: boolean) => {
    const next = new Set(props.value);
    if (on) next.add(id);
    else next.delete(id);
    props.onChange(next);
  };

  return (
    <fieldset className="stack">
      <legend>{t('handover.choosePersons')}</legend>
      <p role="status">{chosen.length === 0 ? t('handover.noneChosen') : t('handover.chosenCount', { count: chosen.length })}</p>
      {chosen.length > 0 ? (
        <ul className="handover-persons" aria-label={t('handover.chosenCount', { count: chosen.length })}>
          {chosen.map((p) => (
            <li key={p.id} className="chosen">
              <span className="person-name" data-user="">
                {p.name}
              </span>
              <span className="meta" data-user="">
                {district(p.districtId)}
              </span>
              <button type="button" className="small" onClick={() => set(p.id, false)}>
                {t('handover.unchoose')}
                <span className="visually-hidden" data-user="">
                  {t('punct.colon')}
                  {p.name}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <TextField
        label={t('handover.search')}
        type="search"
        value={query}
        onChange={setQuery}
        help={t('handover.searchHelp')}
        error={props.error}
      />
      {matches.length === 0 ? <p className="help">{t('handover.noMatch')}</p> : null}
      <ul className="handover-persons">
        {matches.slice(0, SHOWN).map((p) => (
          <li key={p.id}>
            <label className="check">
              <input type="checkbox" checked={props.value.has(p.id)} onChange={(e) => set(p.id, e.target.checked)} />
              <span>
                <span className="person-name" data-user="">
                  {p.name}
                </span>
                <span className="meta" data-user="">
                  {p.furigana}
                  {p.districtId ? `　${district(p.districtId)}` : ''}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {matches.length > SHOWN ? <p className="help">{t('handover.moreMatches', { count: matches.length - SHOWN })}</p> : null}
    </fieldset>
  );
}
