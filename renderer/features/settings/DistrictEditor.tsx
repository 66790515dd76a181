import { now } from '../../platform/clock';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { errorMessage, problemMessage } from '../../i18n';
import { ErrorBox } from '../../ui/fields';
import type { District } from '../../../shared/domain/plan';
import { districtNameProblem, nextDistrictId, readSetting, writeSetting, type SettingState } from './vaultSettings';

export function DistrictEditor() {
  const { session } = useOpenVault();
  const [loaded, setLoaded] = useState<SettingState<District[]> | null>(null);
  useEffect(() => {
    void readSetting(session, 'districts').then(setLoaded);
  }, [session]);
  return loaded ? <DistrictForm loaded={loaded} /> : null;
}

function DistrictForm({ loaded }: { loaded: SettingState<District[]> }) {
  const { t } = useTranslation();
  const { session, notify } = useOpenVault();
  const [list, setList] = useState<District[]>(loaded.value);
  // The revision the list on screen is based on: a list saved meanwhile in another window is
  // never overwritten unseen.
  const [baseRev, setBaseRev] = useState(loaded.rev);
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const save = async (next: District[]) => {
    setError(null);
    for (const [i, d] of next.entries()) {
      const problem = districtNameProblem(d.name);
      if (problem) return setError(`${t('settings.districts')} ${i + 1}：${problemMessage(t, problem)}`);
    }
    try {
      setBaseRev(await writeSetting(session, 'districts', next, baseRev, now()));
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
