// Records that could not be opened (damaged or moved ciphertext, or a schema they no longer fit)
// are named by id on the screen that lists them: never silently left out of the list.
import { useTranslation } from 'react-i18next';

export function CorruptNotice({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  return (
    <div className="error-box corrupt-notice" role="alert" data-testid="corrupt-notice">
      <p>{t('corrupt.some', { n: ids.length })}</p>
      <p className="help">{t('corrupt.ids')}</p>
      <ul className="corrupt-ids">
        {ids.map((id) => (
          <li key={id}>
            <code>{id}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
