import { describe, expect, it } from 'vitest';
import { FontSet } from '../print/fonts';
import { countPages, renderPdf } from '../print/render';
import { nodeFonts, pdfText } from '../print/testing/nodeFonts';
import { fiscalYearReport, monthlyReport, type Count } from './report';
import { activityReportDocument, reportPeriodLabel, warekiFiscalYear } from './reportPrint';
import { reportSamples, SAMPLE_COMMISSIONERS, sampleReportLog } from './reportSamples';

const fonts = new FontSet(nodeFonts());
const log = sampleReportLog();
const me = SAMPLE_COMMISSIONERS[0];
const sample = (fileName: string) => {
  const s = reportSamples.find((x) => x.fileName === fileName);
  if (!s) throw new Error(fileName);
  return s.build();
};
/** A table row as pdftotext -layout prints it: cells separated by spaces. */
const rowOf = (...cells: (string | number)[]) => new RegExp(cells.map(String).join('\\s+'));
const nums = (list: readonly Count<string>[]) => list.map((r) => r.count);
const total = (list: readonly Count<string>[]) => list.reduce((s, r) => s + r.count, 0);

describe('activity report print', () => {
  it('month: one A4 page with the header, the totals and no one else’s data', () => {
    const pdf = renderPdf(sample('activity-report-month.pdf'), fonts);
    const pages = pdfText(pdf, true);
    expect(pages).toHaveLength(1);
    const text = pages[0] ?? '';
    const c = monthlyReport(log, { recordedBy: me.id, month: '2026-10' }).counts;
    expect(text).toContain('民生委員・児童委員 活動記録（令和8年10月分）');
    expect(text).toContain('取扱注意');
    for (const s of [me.name, '鶴見中央地区（架空）', '令和8年10月1日〜令和8年10月31日', '令和8年11月5日']) expect(text).toContain(s);
    expect(text).toMatch(rowOf('相談・支援件数', ...nums(c.byField), c.consultations));
    expect(text).toMatch(rowOf('計', total(c.byContent)));
    expect(text).toMatch(rowOf('在宅福祉', c.byContent[0]?.count ?? -1, '年金・保険', c.byContent[7]?.count ?? -1));
    expect(text).toMatch(rowOf('調査・実態把握', c.otherActivities[0]?.count ?? -1, '民児協運営・研修', c.otherActivities[3]?.count ?? -1));
    expect(text).toMatch(rowOf(c.visits, c.referrals, c.activeDays, c.entries));
    expect(text).toMatch(rowOf('訪問回数', ...nums(c.visitsByField), c.visits));
    expect(c.consultations).toBe(total(c.byContent));
    // Only counts: no person ids, no entry text, not the other commissioner.
    expect(text).not.toMatch(/p\d{3}/);
    expect(text).not.toContain(SAMPLE_COMMISSIONERS[1].name);
    expect(text).not.toContain('お変わりなし');
  });

  it('fiscal year: the year on page 1, then the months April..March on one line, 3 pages', () => {
    const doc = sample('activity-report-fiscal-year.pdf');
    const pages = pdfText(renderPdf(doc, fonts), true);
    expect(pages).toHaveLength(3);
    const r = fiscalYearReport(log, { recordedBy: me.id, fiscalYear: 2026 });
    expect(pages[0]).toContain('民生委員・児童委員 活動記録（令和8年度）');
    expect(pages[0]).toContain('令和8年4月1日〜令和9年3月31日');
    expect(pages[0]).toMatch(rowOf('相談・支援件数', ...nums(r.counts.byField), r.counts.consultations));
    const monthly = pages.slice(1).join('\n');
    expect(pages[1]).toContain('月別内訳（令和8年度）');
    expect(monthly).toMatch(rowOf('項目', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月', '合計'));
    expect(monthly).toMatch(rowOf('記録件数（参考）', ...r.months.map((m) => m.counts.entries), r.counts.entries));
    expect(monthly).toMatch(rowOf('活動日数', ...r.months.map((m) => m.counts.activeDays), r.counts.activeDays));
    expect(monthly).toMatch(rowOf('高齢者', ...r.months.map((m) => m.counts.byField[0]?.count ?? -1), r.counts.byField[0]?.count ?? -1));
    expect(pages.every((p) => p.includes('取扱注意'))).toBe(true);
  });

  it('大きな文字 splits the months into two halves and still prints every month', () => {
    const r = fiscalYearReport(log, { recordedBy: me.id, fiscalYear: 2026 });
    const doc = activityReportDocument(r, {
      commissionerName: me.name,
      districtName: '鶴見中央地区（架空）',
      printedOn: '2027-04-10',
      size: 'large',
    });
    const text = pdfText(renderPdf(doc, fonts), true).join('\n');
    expect(text).toContain('相談・支援件数（内容別）（4月〜9月）');
    expect(text).toContain('相談・支援件数（内容別）（10月〜3月）');
    expect(text).toMatch(rowOf('項目', '10月', '11月', '12月', '1月', '2月', '3月', '合計'));
    const month = monthlyReport(log, { recordedBy: me.id, month: '2026-10' });
    expect(
      countPages(
        activityReportDocument(month, { commissionerName: me.name, districtName: '', printedOn: '2026-11-05', size: 'large' }),
        fonts,
      ),
    ).toBeLessThanOrEqual(2);
  });

  it('names periods in 和暦, including the 2019 era change', () => {
    expect(warekiFiscalYear(2026)).toBe('令和8年度');
    expect(warekiFiscalYear(2019)).toBe('令和元年度');
    expect(warekiFiscalYear(2018)).toBe('平成30年度');
    expect(reportPeriodLabel(monthlyReport([], { recordedBy: 'x', month: '2019-04' }))).toBe('平成31年4月分');
    expect(reportPeriodLabel(monthlyReport([], { recordedBy: 'x', month: '2019-05' }))).toBe('令和元年5月分');
  });
});
