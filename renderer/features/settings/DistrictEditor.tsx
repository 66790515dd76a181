import { now } from '../../platform/clock';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { errorMessage } from '../../i18n';
import { ErrorBox } from '../../ui/fields';
import type { District } from '../../../shared/domain/plan';
import { nextDistrictId, writeSetting } from './vaultSettings';

export function DistrictEditor() {
  const { t } = useTranslation();
  const { session, districts, setDistricts, notify } = useOpenVault();
  const [list, setList] = useState<District[]>(districts);
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const save = async (next: District[]) => {
    setError(null);
    try {
      await writeSetting(session.db, session.actor, 'districts', next, now());
      setDistricts(next);
      setList(next);
      notify(t('settings.saved'));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="card" aria-labelledby="districts-title" role="group">
      <h2 id="districts-title">{t('settings.districts')}</h2>
      <p className="help">{t('settings.districtsHelp')}</p>
      <ErrorBox message={error} />
      <ul className="plain-list districts">
        {list.map((d, i) => (
          <li key={d.id} className="row">
            <input
              aria-label={`${t('settings.districts')} ${i + 1}`}
              value={d.name}
              maxLength={60}
              autoComplete="off"
              onChange={(e) => setList(list.map((x) => (x.id === d.id ? { ...x, name: e.target.value } : x)))}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={d.archived ?? false}
                onChange={(e) => setList(list.map((x) => (x.id === d.id ? { ...x, archived: e.target.checked } : x)))}
              />
              {t('settings.archived')}
            </label>
          </li>
        ))}
      </ul>
      <div className="row">
        <input
          aria-label={t('settings.newDistrictName')}
          placeholder={t('settings.newDistrictName')}
          value={newName}
          maxLength={60}
          autoComplete="off"
          onChange={(e) => setNewName(e.target.value)}
        />
        <button
          type="button"
          disabled={newName.trim() === ''}
          onClick={() => {
            setList([...list, { id: nextDistrictId(list), name: newName.trim() }]);
            setNewName('');
          }}
        >
          {t('settings.addDistrict')}
        </button>
      </div>
      <button type="button" className="primary" onClick={() => void save(list.map((d) => ({ ...d, name: d.name.trim() || d.id })))}>
        {t('settings.saveProfile')}
      </button>
    </div>
  );
}
