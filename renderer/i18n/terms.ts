// The fixed Japanese words records store (a status, a category, a referral step), shown in the
// screen's language: Japanese shows the word itself, English its entry in terms.en.ts. A word
// with no entry (a district name, anything typed) is shown as it is.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { TERMS_EN } from './terms.en';

const EN: Readonly<Record<string, string>> = TERMS_EN;

/** `word` in `language` ('ja' or 'en'). */
export function termIn(language: string, word: string): string {
  if (language !== 'en') return word;
  return Object.hasOwn(EN, word) ? (EN[word] as string) : word;
}

/** Whether `word` is one of the fixed words (so it is not user data). */
export function isTerm(word: string): boolean {
  return Object.hasOwn(EN, word);
}

/** term(word): the fixed word in the current screen language (re-rendered when it changes). */
export function useTerm(): (word: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((word: string) => termIn(language, word), [language]);
}
