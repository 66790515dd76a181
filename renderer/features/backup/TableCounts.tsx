// A file's contents as a short table: what kind of record, how many.
import { useTranslation } from 'react-i18next';

const ORDER = ['persons', 'contacts', 'meetings', 'actions', 'referrals', 'endingNotes', 'directory', 'templates', 'audit'];

export function TableCounts({ counts, caption }: { counts: Record<string, number>; caption: string }) {
  const { t } = useTranslation();
  const rows = ORDER.filter((name) => (counts[name] ?? 0) > 0);
  return (
    <table className="counts">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((name) => (
          <tr key={name}>
            <th scope="row">{t(`backup.tables.${name}`)}</th>
            <td>{t('backup.count', { count: counts[name] ?? 0 })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
