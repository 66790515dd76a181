// The person's 記録票 for a hand-over meeting: a period (this fiscal year unless changed) and the
// print buttons (標準 / 大きな文字, each with PDFで保存). The person's entries are opened only
// when a button is pressed, through the contacts' person index (one person's entries, no more);
// printService logs the print, never its content.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { now } from '../../platform/clock';
import { useOpenVault } from '../../records/context';
import type { PersonRecord } from '../../records/personStore';
import { usePrint, type PrintMeta } from '../../print/usePrint';
import { PrintPair } from '../../print/SavePdf';
import { DateField } from '../../ui/fields';
import { contactsOfPerson } from '../contactLog';
import { caseRecordDocument } from '../../../shared/persons/caseRecordPrint';
import type { PrintDocument, PrintSize } from '../../../shared/print/model';
import { fiscalYear, isValidIsoDate, tokyoDate } from '../../../shared/text/dates';

export function CaseRecordPrint({ person, districtName }: { person: PersonRecord; districtName: string }) {
  const { t } = useTranslation();
  const { session } = useOpenVault();
  const { print, savePdf, saveWarning, busy, problem } = usePrint();
  const [range, setRange] = useState(() => {
    const fy = fiscalYear(tokyoDate(now()));
    return { from: `${fy}-04-01`, to: `${fy + 1}-03-31` };
  });
  const valid = isValidIsoDate(range.from) && isValidIsoDate(range.to) && range.from <= range.to;

  const build = async (size: PrintSize): Promise<PrintDocument> => {
    const corrupt: string[] = [];
    const contacts = await contactsOfPerson(session, person.id, corrupt);
    return caseRecordDocument(person, contacts, {
      districtName,
      from: range.from,
      to: range.to,
      printedOn: tokyoDate(now()),
      size,
      unreadable: corrupt.length,
    });
  };
  const meta = (size: PrintSize): PrintMeta => ({
    fileName: `記録票_${range.from}_${range.to}${size === 'large' ? '_大きな文字' : ''}.pdf`,
    table: 'persons',
    recordId: `${person.id}:case-record:${range.from}..${range.to}:${size}`,
  });
  const buttons: [PrintSize, string][] = [
    ['standard', t('persons.caseRecord.printStandard')],
    ['large', t('persons.caseRecord.printLarge')],
  ];

  return (
    <section aria-labelledby="case-record-title" className="case-record">
      <h2 id="case-record-title">{t('persons.caseRecord.title')}</h2>
      <p className="help">{t('persons.caseRecord.help')}</p>
      <div className="row">
        <DateField label={t('persons.caseRecord.from')} value={range.from} onChange={(from) => setRange((r) => ({ ...r, from }))} />
        <DateField
          label={t('persons.caseRecord.to')}
          value={range.to}
          onChange={(to) => setRange((r) => ({ ...r, to }))}
          error={valid ? undefined : t('persons.caseRecord.badPeriod')}
        />
      </div>
      <div className="row">
        {buttons.map(([size, label]) => (
          <PrintPair
            key={size}
            label={label}
            disabled={busy || !valid}
            onPrint={() => void print(() => build(size), meta(size))}
            onSave={() => savePdf(() => build(size), meta(size))}
          />
        ))}
        {busy ? <span role="status">{t('print.working')}</span> : null}
      </div>
      {saveWarning}
      {problem ? (
        <div className="error-box" role="alert">
          {problem}
        </div>
      ) : null}
    </section>
  );
}
