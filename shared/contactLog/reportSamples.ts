// Demo activity reports for `npm run samples` (fictional data only): a month and a fiscal year,
// computed from a seeded 14-month log of two fictional commissioners.
import type { PrintDocument } from '../print/model';
import { fiscalYearReport, monthlyReport } from './report';
import { activityReportDocument } from './reportPrint';
import { sampleContactLog } from './sampleLog';

export const SAMPLE_COMMISSIONERS = [
  { id: 'sample-commissioner-1', name: '架空 一郎' },
  { id: 'sample-commissioner-2', name: '見本 花子' },
] as const;

/** 2026-03-01..2027-04-30, 2,000 entries (about two thirds by the first commissioner). */
export function sampleReportLog() {
  return sampleContactLog({ seed: 20260401, from: '2026-03-01', months: 14, count: 2000, commissioners: SAMPLE_COMMISSIONERS });
}

const meta = {
  commissionerName: SAMPLE_COMMISSIONERS[0].name,
  districtName: '鶴見中央地区（架空）',
  printedOn: '2026-11-05',
  size: 'standard',
} as const;

export const reportSamples: { fileName: string; build: () => PrintDocument }[] = [
  {
    fileName: 'activity-report-month.pdf',
    build: () =>
      activityReportDocument(monthlyReport(sampleReportLog(), { recordedBy: SAMPLE_COMMISSIONERS[0].id, month: '2026-10' }), meta),
  },
  {
    fileName: 'activity-report-fiscal-year.pdf',
    build: () =>
      activityReportDocument(fiscalYearReport(sampleReportLog(), { recordedBy: SAMPLE_COMMISSIONERS[0].id, fiscalYear: 2026 }), {
        ...meta,
        printedOn: '2027-04-10',
      }),
  },
];
