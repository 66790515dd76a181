// 書き出し・取り込み: the CSV exports (対象者一覧, 見守り・相談記録 for a month or a fiscal year,
// やること; the 活動記録 counts are saved on their own screen) and the roster import. Every
// export says first that the file is not encrypted.
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenVault } from '../../records/context';
import { now } from '../../platform/clock';
import { routeHref } from '../../ui/router';
import { CsvSave } from '../../ui/CsvSave';
import { fiscalYear as fiscalYearOf, tokyoDate } from '../../../shared/text/dates';
import { actionsExport, contactLogExport, periodLabel, personsExport, type LogPeriod } from './exchangeData';
import { ImportPersons } from './ImportPersons';
import { PeriodPicker } from '../contactLog';

export function ExchangePage() {
  const { t } = useTranslation();
  const { session, persons, districts } = useOpenVault();
  const snapshot = useSyncExternalStore(persons.subscribe, persons.getSnapshot);
  const [today] = useState(() => tokyoDate(now()));
  const [periodKind, setPeriodKind] = useState<LogPeriod['kind']>('month');
  const [month, setMonth] = useState(today.slice(0, 7));
  const [fiscalYear, setFiscalYear] = useState(fiscalYearOf(today));
  const period: LogPeriod = periodKind === 'month' ? { kind: 'month', month } : { kind: 'fiscalYear', fiscalYear };
  const live = snapshot.filter((p) => p.deletedAt === 0).length;
  const years = Array.from({ length: 10 }, (_, i) => fiscalYearOf(today) - i);

  return (
    <section aria-labelledby="exchange-title" className="exchange">
      <h1 id="exchange-title">{t('exchange.title')}</h1>
      <p className="lead">{t('exchange.lead')}</p>
      <p className="warning" role="note">
        {t('exchange.unencrypted')}
      </p>

      <h2>{t('exchange.exportTitle')}</h2>
      <div className="card exchange-card" role="group" aria-labelledby="exchange-persons">
        <h3 id="exchange-persons">{t('exchange.persons.title')}</h3>
        <p>{t('exchange.persons.help', { n: live })}</p>
        <CsvSave
          label={t('exchange.persons.save')}
          fileName={`taishosha-${today}.csv`}
          audit={{ table: 'persons', recordId: 'persons:csv' }}
          content={async () => personsExport(persons, districts)}
        />
      </div>

      <div className="card exchange-card" role="group" aria-labelledby="exchange-contacts">
        <h3 id="exchange-contacts">{t('exchange.contacts.title')}</h3>
        <p>{t('exchange.contacts.help')}</p>
        <PeriodPicker
          kind={periodKind}
          month={month}
          fiscalYear={fiscalYear}
          years={years}
          onKind={setPeriodKind}
          onMonth={setMonth}
          onFiscalYear={setFiscalYear}
        />
        <CsvSave
          label={t('exchange.contacts.save')}
          fileName={`mimamori-${periodLabel(period)}.csv`}
          audit={{ table: 'contacts', recordId: `contacts:${periodLabel(period)}:csv` }}
          content={() => contactLogExport(session, persons, period)}
        />
      </div>

      <div className="card exchange-card" role="group" aria-labelledby="exchange-actions">
        <h3 id="exchange-actions">{t('exchange.actions.title')}</h3>
        <p>{t('exchange.actions.help')}</p>
        <CsvSave
          label={t('exchange.actions.save')}
          fileName={`yarukoto-${today}.csv`}
          audit={{ table: 'actions', recordId: 'actions:csv' }}
          content={() => actionsExport(session, persons, districts)}
        />
      </div>

      <div className="card exchange-card" role="group" aria-labelledby="exchange-report">
        <h3 id="exchange-report">{t('exchange.report.title')}</h3>
        <p>{t('exchange.report.help')}</p>
        <a href={routeHref({ name: 'report' })}>{t('exchange.report.link')}</a>
      </div>

      <h2>{t('exchange.importTitle')}</h2>
      <div className="card exchange-card">
        <ImportPersons />
      </div>
    </section>
  );
}
