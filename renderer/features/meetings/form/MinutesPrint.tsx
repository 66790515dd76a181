// 議事録の印刷: the saved minutes as a PDF — full (取扱注意, 標準 / 大きな文字) or the area
// version without any personal details, each with its PDFで保存. Every print and save goes
// through usePrint, which logs it. Minutes with two or more cases print the whole meeting or one
// person's case with the shared parts (事例別); 事例別 is the default for a 個別ケース検討会議, so
// the copy filed in one person's case file carries no one else's case.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../../records/context';
import { now } from '../../../platform/clock';
import { usePrint, type PrintMeta } from '../../../print/usePrint';
import { SavePdfButton } from '../../../print/SavePdf';
import { tokyoDate } from '../../../../shared/text/dates';
import type { PrintDocument, PrintSize } from '../../../../shared/print/model';
import { minutesDocument, type MinutesVariant } from '../../../../shared/meetings/minutesPrint';
import type { Meeting } from '../meetingRepo';
import type { ActionItem } from '../../actions';
import { meetingInputOf } from '../formState';
import { ErrorBox } from '../../../ui/fields';

const WHOLE = '';

export function MinutesPrint({ meeting, actions, unsaved }: { meeting: Meeting; actions: readonly ActionItem[]; unsaved: boolean }) {
  const { t } = useTranslation();
  const { persons, districts } = useOpenVault();
  const { print: printDoc, savePdf, saveWarning, busy, problem } = usePrint();
  const radioName = useId();
  const caseIds = meeting.cases.map((c) => c.personId);
  const perCaseDefault = meeting.type === 'case' && caseIds.length > 1 ? (caseIds[0] ?? WHOLE) : WHOLE;
  const [picked, setPicked] = useState<string | null>(null);
  // What was picked, while it is still a case of the saved minutes; else the default.
  const scope = picked !== null && (picked === WHOLE || caseIds.includes(picked)) ? picked : perCaseDefault;
  const caseIndex = caseIds.indexOf(scope);
  const nameOf = (id: string) => persons.get(id)?.name ?? '';

  const output = (how: (build: () => PrintDocument, meta: PrintMeta) => unknown, variant: MinutesVariant, size: PrintSize) =>
    how(
      () => {
        const ids = new Set([...meeting.cases.map((c) => c.personId), ...actions.map((a) => a.personId)].filter(Boolean));
        const personNames = variant === 'full' ? Object.fromEntries([...ids].map((id) => [id, persons.get(id)?.name ?? ''])) : {};
        return minutesDocument(meetingInputOf(meeting), {
          variant,
          size,
          districtName: districts.find((d) => d.id === meeting.districtId)?.name ?? '',
          personNames,
          actions,
          printedOn: tokyoDate(now()),
          ...(variant === 'full' && scope !== WHOLE ? { caseOf: scope } : {}),
        });
      },
      {
        // Ids, dates and the case's number only: file names end up in lists of recent files.
        fileName: `minutes-${meeting.date}-${meeting.type}-${variant}${perCase(variant)}${variant === 'full' ? `-${size}` : ''}.pdf`,
        table: 'meetings',
        recordId: `${meeting.id}:${variant}${perCase(variant)}:${size}`,
      },
    );
  const perCase = (variant: MinutesVariant) => (variant === 'full' && caseIndex >= 0 ? `-case${caseIndex + 1}` : '');

  return (
    <section className="print-section" aria-labelledby="minutes-print-title">
      <h2 id="minutes-print-title">{t('meetings.form.print.title')}</h2>
      <p className="help">{t('meetings.form.print.help')}</p>
      {unsaved ? <p className="warning-text">{t('meetings.form.print.unsaved')}</p> : null}
      {caseIds.length > 1 ? (
        <fieldset className="checks">
          <legend>{t('meetings.form.print.scope')}</legend>
          {caseIds.map((id, i) => (
            <label key={id} className="check">
              <input type="radio" name={radioName} checked={scope === id} onChange={() => setPicked(id)} />
              {t('meetings.form.print.perCase', { n: i + 1, name: nameOf(id) || t('meetings.form.print.unnamed') })}
            </label>
          ))}
          <label className="check">
            <input type="radio" name={radioName} checked={scope === WHOLE} onChange={() => setPicked(WHOLE)} />
            {t('meetings.form.print.whole', { n: caseIds.length })}
          </label>
          <p className="help">{t('meetings.form.print.scopeHelp')}</p>
        </fieldset>
      ) : null}
      <div className="row">
        <span className="print-pair">
          <button type="button" disabled={busy} onClick={() => void output(printDoc, 'full', 'standard')}>
            {t('meetings.form.print.fullStandard')}
          </button>
          <SavePdfButton disabled={busy} name={t('meetings.form.print.fullStandard')} onClick={() => output(savePdf, 'full', 'standard')} />
        </span>
        <span className="print-pair">
          <button type="button" disabled={busy} onClick={() => void output(printDoc, 'full', 'large')}>
            {t('meetings.form.print.fullLarge')}
          </button>
          <SavePdfButton disabled={busy} name={t('meetings.form.print.fullLarge')} onClick={() => output(savePdf, 'full', 'large')} />
        </span>
        <span className="print-pair">
          <button type="button" disabled={busy} onClick={() => void output(printDoc, 'area', 'standard')}>
            {t('meetings.form.print.area')}
          </button>
          <SavePdfButton disabled={busy} name={t('meetings.form.print.area')} onClick={() => output(savePdf, 'area', 'standard')} />
        </span>
        {busy ? <span role="status">{t('print.working')}</span> : null}
      </div>
      <p className="help">{t('meetings.form.print.areaHelp')}</p>
      {saveWarning}
      <ErrorBox message={problem} />
    </section>
  );
}
