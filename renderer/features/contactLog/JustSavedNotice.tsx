// After saving, the screen the user lands on says what was saved and offers 続けて記録する
// (focused, so Enter opens the next blank form).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { routeHref } from '../../ui/router';
import { forgetSaved, lastSaved } from './logState';
import { useDates } from '../../i18n/dates';
import { tNodes, UserText } from '../../ui/UserText';

export function JustSavedNotice() {
  const { t } = useTranslation();
  const dates = useDates();
  const { persons } = useOpenVault();
  const [saved] = useState(lastSaved);
  const linkRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (saved) linkRef.current?.focus();
    return () => forgetSaved();
  }, [saved]);
  if (!saved) return null;
  const who = saved.personId ? persons.get(saved.personId)?.name : undefined;
  const what = [dates.day(saved.date), t(`contacts.kinds.${saved.kind}`, { defaultValue: saved.kind })].join(t('punct.gap'));
  return (
    <div className="notice ok just-saved">
      <span>
        {who
          ? tNodes(t, 'contacts.justSaved', {
              what: (
                <>
                  {what}
                  {t('punct.gap')}
                  <UserText>{who}</UserText>
                </>
              ),
            })
          : t('contacts.justSaved', { what })}
      </span>
      <a ref={linkRef} className="button primary" href={routeHref({ name: 'contact-new' })}>
        {t('contacts.continue')}
      </a>
    </div>
  );
}
