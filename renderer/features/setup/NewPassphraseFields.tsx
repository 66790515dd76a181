// A new passphrase typed twice, with the strength guide (strength.ts) and why it is weak, as at
// first run and after a recovery. The fields' errors follow what is typed: once a save has been
// tried (`tried`), 「10文字以上」 shows while the passphrase is too short and goes as soon as it
// is long enough; a confirmation that differs says so once it is typed, and stops as soon as
// the two agree.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/fields';
import { passphraseProblem } from '../../vault/keystore';
import { passphraseReport } from './strength';

export type NewPassphraseProblem = 'PassphraseTooShort' | 'mismatch' | null;

/** What stops these two from being saved, first the passphrase itself, then the confirmation. */
export function newPassphraseProblem(pass: string, confirm: string): NewPassphraseProblem {
  return passphraseProblem(pass) ?? (pass !== confirm ? 'mismatch' : null);
}

export function NewPassphraseFields({
  pass,
  confirm,
  onPass,
  onConfirm,
  tried,
  label,
  autoFocus = false,
  passRef,
  confirmRef,
}: {
  pass: string;
  confirm: string;
  onPass(v: string): void;
  onConfirm(v: string): void;
  /** A save was tried: from now on a too-short passphrase is marked (until it is long enough). */
  tried: boolean;
  label: string;
  autoFocus?: boolean;
  passRef?: Ref<HTMLInputElement>;
  confirmRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const { strength, reasons } = passphraseReport(pass);
  const strengthText = t('setup.strength', { label: t(`setup.strengthLabels.${strength}`) });
  const tooShort = tried && passphraseProblem(pass) !== null;
  const mismatch = (tried || confirm.length > 0) && !tooShort && confirm !== pass;
  return (
    <>
      <TextField
        label={label}
        type="password"
        value={pass}
        onChange={onPass}
        autoFocus={autoFocus}
        required
        inputRef={passRef}
        error={tooShort ? t('errors.PassphraseTooShort') : undefined}
        // Nothing typed is not yet 弱い: the guide starts with the first character.
        help={
          pass === '' ? undefined : (
            <>
              <span className="strength-label" data-testid="strength">
                {strengthText}
              </span>
              <StrengthBar strength={strength} />
              {reasons.length > 0 ? (
                <span className="strength-reasons" data-testid="strength-reasons">
                  {reasons.map((r) => (
                    <span key={r} className="strength-reason">
                      {t(`setup.strengthReasons.${r}`)}
                    </span>
                  ))}
                  {strength === 'weak' ? <span className="strength-advice">{t('setup.strengthAdvice')}</span> : null}
                </span>
              ) : null}
            </>
          )
        }
      />
      <TextField
        label={t('setup.passphraseConfirm')}
        type="password"
        value={confirm}
        onChange={onConfirm}
        required
        inputRef={confirmRef}
        error={mismatch ? t('setup.mismatch') : undefined}
      />
    </>
  );
}

const RATINGS = ['weak', 'fair', 'good', 'strong'] as const;

/**
 * The rating as a bar of four parts, as many filled as the rating is high (弱い one, short and
 * red; とても強い all four), so its length says it without its colour. The word above says it
 * to everyone (and to a screen reader): the bar itself is hidden from the accessibility tree.
 */
function StrengthBar({ strength }: { strength: (typeof RATINGS)[number] }) {
  const filled = RATINGS.indexOf(strength) + 1;
  return (
    <span className="strength-bar" data-strength={strength} data-testid="strength-bar" aria-hidden="true">
      {RATINGS.map((r, i) => (
        <span key={r} className={i < filled ? 'on' : undefined} />
      ))}
    </span>
  );
}
