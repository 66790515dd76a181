import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Resources } from './messages';
import { toAppError } from '../../shared/errors/codes';
import type { Language } from '../platform/preferences';

export { problemMessage, type ProblemContext } from './problems';

/** `messages`: every feature's strings, merged by the app (app/messages.ts). */
export function initI18n(language: Language, messages: { ja: Resources; en: Resources }): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { ja: { translation: messages.ja }, en: { translation: messages.en } },
    lng: language,
    fallbackLng: 'ja',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i18next;
}

const EVERYDAY = new Set([
  'NotPermitted',
  'WrongPassphrase',
  'WrongRecoveryKey',
  'TooManyAttempts',
  'PassphraseTooShort',
  'ValidationFailed',
  'NotFound',
  'VaultLocked',
  'TeamAddressInvalid',
  'TeamServerUnreachable',
  'TeamAuthFailed',
  'TeamDatabaseMissing',
  'TeamAlreadyExists',
  'TeamNoTeamHere',
  'TeamNotMember',
  'TeamAlreadyMember',
  'TeamBadKey',
  'TeamDemoKey',
]);

/** Every error reaches the user as one sentence in their language, with its code. */
export function errorMessage(e: unknown): string {
  const err = toAppError(e);
  const detail = err.detail ?? {};
  const seconds = typeof detail.retryAfterMs === 'number' ? Math.ceil(detail.retryAfterMs / 1000) : 0;
  // Numbers in the detail (a row, a limit) may be named by the wording; text never is (it may be content).
  const numbers = Object.fromEntries(Object.entries(detail).filter(([, v]) => typeof v === 'number'));
  let msg = i18next.t(`errors.${err.code}`, { ...numbers, seconds });
  if (err.code === 'WrongPassphrase' && seconds > 0) msg += ' ' + i18next.t('errors.TooManyAttempts', { seconds });
  // Codes help support staff with unexpected failures; for everyday answers they are noise.
  return EVERYDAY.has(err.code) ? msg : `${msg} ${i18next.t('errorCode', { code: err.code })}`;
}
