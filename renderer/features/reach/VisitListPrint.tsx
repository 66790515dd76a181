// 訪問予定リスト: printed (or saved) from the reach view through printService, so it is logged;
// 取扱注意 on every page. Names and addresses only.
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { usePrint } from '../../print/usePrint';
import { PrintPair } from '../../print/SavePdf';
import { ErrorBox } from '../../ui/fields';
import type { PrintSize } from '../../../shared/print/model';
import type { ReachInput } from '../../../shared/reach/reach';
import { visitLines, visitListDocument } from '../../../shared/reach/visitList';

export function VisitListPrint({ input, today }: { input: ReachInput; today: string }) {
  const { t } = useTranslation();
  const { persons, districts, profile } = useOpenVault();
  const { print, savePdf, saveWarning, busy, problem } = usePrint();

  const build = (size: PrintSize) => () =>
    visitListDocument(visitLines(input), {
      today,
      size,
      districts,
      printedBy: profile.name,
      person: (id) => {
        const p = persons.get(id);
        return p ? { name: p.name, address: p.address } : undefined;
      },
    });
  const job = (size: PrintSize, how: typeof print | typeof savePdf) =>
    how(build(size), {
      fileName: `訪問予定リスト_${today}${size === 'large' ? '_大きな文字' : ''}.pdf`,
      table: 'persons',
      recordId: `visit-list:${today}:${size}`,
    });

  return (
    <div className="reach-print" role="group" aria-labelledby="reach-print-help">
      <div className="row">
        <PrintPair
          label={t('reach.visitList')}
          disabled={busy}
          onPrint={() => void job('standard', print)}
          onSave={() => void job('standard', savePdf)}
        />
        <PrintPair
          label={t('reach.visitListLarge')}
          disabled={busy}
          onPrint={() => void job('large', print)}
          onSave={() => void job('large', savePdf)}
        />
        {busy ? <span role="status">{t('reach.working')}</span> : null}
      </div>
      <p className="help" id="reach-print-help">
        {t('reach.visitListHelp')}
      </p>
      {saveWarning}
      <ErrorBox message={problem} />
    </div>
  );
}
