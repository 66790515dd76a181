// このページの中: buttons that move focus (and so the view) to each part of a long referral page.
// Buttons, not #anchors: the app's router lives in the hash.
import { useTranslation } from 'react-i18next';

export interface TocEntry {
  /** The id of the part's heading. */
  target: string;
  label: string;
}

function jump(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.setAttribute('tabindex', '-1');
  el.focus();
}

export function PageToc({ entries }: { entries: readonly TocEntry[] }) {
  const { t } = useTranslation();
  return (
    <nav className="ref-toc" aria-label={t('referrals.page.toc')}>
      <ul>
        {entries.map((e) => (
          <li key={e.target}>
            <button type="button" className="link" onClick={() => jump(e.target)}>
              {e.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
