import { StrictMode, useCallback, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { ControllerContext } from '../records/context';
import { applyPreferences, loadPreferences, PreferencesContext, savePreferences, type Preferences } from '../platform/preferences';
import { VaultController } from './vaultController';
import { errorMessage, initI18n } from '../i18n';
import { appMessages } from './messages';
import '../styles.css';

const { prefs: initial, reset: prefsReset } = loadPreferences();
applyPreferences(initial);
const i18n = initI18n(initial.language, appMessages);
// The window's title follows the language too.
const showTitle = () => {
  document.title = i18n.t('app.name');
};
showTitle();
i18n.on('languageChanged', showTitle);
const controller = new VaultController(initial.vault, {
  // Erased: start again as on a fresh machine, with nothing of the old session in memory and
  // no screen left in the address.
  onErased: () => {
    history.replaceState(null, '', location.pathname + location.search);
    location.reload();
  },
});

function Root() {
  const [prefs, setPrefs] = useState<Preferences>(initial);
  const [wasReset, setWasReset] = useState(prefsReset);
  const dismissReset = useCallback(() => setWasReset(false), []);
  const update = useCallback((p: Partial<Preferences>) => {
    setPrefs((cur) => {
      const next = { ...cur, ...p };
      savePreferences(next);
      applyPreferences(next);
      if (p.language) void i18n.changeLanguage(p.language);
      return next;
    });
  }, []);
  const prefState = useMemo(() => ({ prefs, update, wasReset, dismissReset }), [prefs, update, wasReset, dismissReset]);
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <PreferencesContext.Provider value={prefState}>
          <ControllerContext.Provider value={controller}>
            <App controller={controller} />
          </ControllerContext.Provider>
        </PreferencesContext.Provider>
      </I18nextProvider>
    </StrictMode>
  );
}

const rootEl = document.getElementById('root');
if (rootEl) {
  createRoot(rootEl).render(<Root />);
  controller.start().catch((e: unknown) => {
    rootEl.textContent = errorMessage(e);
  });
}
