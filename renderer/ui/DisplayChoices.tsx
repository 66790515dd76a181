// Text size and language, first on every screen before the vault is open (welcome, setup,
// unlock, recover, restore): a person who cannot read small text, or this language, changes it
// before anything else. Saved at once in the device preferences (platform/preferences).
import { useTranslation } from 'react-i18next';
import { LANGUAGES, usePreferences, type Language, type TextSize } from '../platform/preferences';

const SIZES: readonly TextSize[] = ['normal', 'large', 'xlarge'];
/** Each language by its own name, in its own language. */
const LANGUAGE_NAMES: Record<Language, string> = { ja: '日本語', en: 'English' };
/** The word "language" in each language: the legend carries both, so a person who reads only one finds it. */
const LANGUAGE_WORD: Record<Language, string> = { ja: '言語', en: 'Language' };

export function DisplayChoices() {
  const { t } = useTranslation();
  const { prefs, update } = usePreferences();
  return (
    <div className="display-choices" role="group" aria-label={t('display.label')} data-testid="display-choices">
      <fieldset className="checks">
        <legend>{t('display.textSize')}</legend>
        <div className="choice-chips">
          {SIZES.map((s) => (
            <label key={s} className="choice-chip">
              <input
                type="radio"
                name="display-text-size"
                value={s}
                checked={prefs.textSize === s}
                onChange={() => update({ textSize: s })}
              />
              <span>{t(`display.sizes.${s}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="checks">
        <legend>
          {[prefs.language, ...LANGUAGES.filter((l) => l !== prefs.language)].map((l, i) => (
            <span key={l} lang={l}>
              {i > 0 ? ' / ' : ''}
              {LANGUAGE_WORD[l]}
            </span>
          ))}
        </legend>
        <div className="choice-chips">
          {LANGUAGES.map((l) => (
            <label key={l} className="choice-chip" lang={l}>
              <input
                type="radio"
                name="display-language"
                value={l}
                checked={prefs.language === l}
                onChange={() => update({ language: l })}
              />
              <span>{LANGUAGE_NAMES[l]}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
