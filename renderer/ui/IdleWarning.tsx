// The idle lock, announced: in the last seconds before it (vaultController IDLE_WARNING_MS) a
// banner says so with a countdown. Any key, click or pointer movement takes it back (the shell's
// activity listeners); the button is the obvious thing to press. The sentence is announced once
// (role="alert"); the countdown is a timer, not read out every second.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { now } from '../platform/clock';

const secondsLeft = (deadline: number) => Math.max(0, Math.ceil((deadline - now()) / 1000));

export function IdleWarning({ deadline, onStay }: { deadline: number; onStay(): void }) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(() => secondsLeft(deadline));
  useEffect(() => {
    const timer = setInterval(() => setLeft(secondsLeft(deadline)), 250);
    return () => clearInterval(timer);
  }, [deadline]);
  return (
    <div className="idle-warning" data-testid="idle-warning">
      <p role="alert">{t('app.idleWarning')}</p>
      <p className="idle-count" role="timer">
        {t('app.idleCountdown', { n: left })}
      </p>
      <p>{t('app.idleHowto')}</p>
      <button type="button" className="primary big" onClick={onStay}>
        {t('app.idleStay')}
      </button>
    </div>
  );
}
