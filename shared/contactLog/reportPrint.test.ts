import { describe, expect, it } from 'vitest';
import { FontSet } from '../print/fonts';
import { countPages, renderPdf } from '../print/render';
import { nodeFonts, pdfText } from '../print/testing/nodeFonts';
import { fiscalYearReport, monthlyReport, type Count } from './report';
import { ACTIVITY_CONTENTS, OTHER_ACTIVITIES } from './activity';
import { activityReportDocument, labelLines, reportPeriodLabel, warekiFiscalYear } from './reportPrint';
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
  it('month: two A4 pages with the header, the totals and no one else’s data', () => {
    const pdf = renderPdf(sample('activity-report-month.pdf'), fonts);
    const pages = pdfText(pdf, true);
    expect(pages).toHaveLength(2);
    const text = pages.join('\n');
    const c = monthlyReport(log, { recordedBy: me.id, month: '2026-10' }).counts;
    expect(text).toContain('民生委員・児童委員 活動記録（令和8年10月分）');
    expect(text).toContain('取扱注意');
    for (const s of [me.name, '鶴見中央地区（架空）', '令和8年10月1日〜令和8年10月31日', '令和8年11月5日']) expect(text).toContain(s);
    expect(text).toMatch(rowOf('計', total(c.byContent)));
    expect(text).toMatch(rowOf('訪問回数', '連絡調整回数', '活動日数'));
    expect(text).toMatch(rowOf(c.visits, c.referrals, c.activeDays));
    expect(c.consultations).toBe(total(c.byContent));
    // Only counts: no person ids, no entry text, not the other commissioner.
    expect(text).not.toMatch(/p\d{3}/);
    expect(text).not.toContain(SAMPLE_COMMISSIONERS[1].name);
    expect(text).not.toContain('お変わりなし');
  });

  it('month: each list in one column, in the official order, with the form’s labels', () => {
    const lines = pdfText(renderPdf(sample('activity-report-month.pdf'), fonts), true)
      .join('\n')
      .split('\n');
    const c = monthlyReport(log, { recordedBy: me.id, month: '2026-10' }).counts;
    const lists: [readonly string[], readonly number[]][] = [
      [['高齢者に関すること', '障害者に関すること', '子どもに関すること', 'その他'], nums(c.byField)],
      [ACTIVITY_CONTENTS, nums(c.byContent)],
      [OTHER_ACTIVITIES, nums(c.otherActivities)],
    ];
    for (const [labels, counts] of lists) {
      // Each label on a line of its own, with its own count and nothing else after it.
      const at = labels.map((label, i) => {
        const index = lines.findIndex((l, j) => j > 0 && new RegExp(`^\\s*${label}\\s+${counts[i] ?? -1}\\s*$`).test(l));
        expect(index, `${label} ${counts[i]}`).toBeGreaterThan(0);
        return index;
      });
      // One below the other, in the official order (その他 of the 分野 list is the one after 子ども).
      at.reduce((prev, index) => (expect(index).toBeGreaterThan(prev), index), 0);
    }
    const text = lines.join('\n');
    expect(text).toContain('2. その他の活動件数');
    expect(text).not.toMatch(/^\s*(高齢者|障害者|子ども)\s+\d/m);
  });

  it('month: 訪問回数 is one figure; its split by 分野 and 記録件数 are a reference marked as ours', () => {
    const text = pdfText(renderPdf(sample('activity-report-month.pdf'), fonts), true).join('\n');
    const c = monthlyReport(log, { recordedBy: me.id, month: '2026-10' }).counts;
    const reported = text.search(rowOf(c.visits, c.referrals, c.activeDays));
    const ours = text.indexOf('参考（この記録帳の集計です。活動記録の様式の欄ではありません）');
    expect(reported).toBeGreaterThan(0);
    expect(ours).toBeGreaterThan(reported);
    const labels = ['うち高齢者に関すること', 'うち障害者に関すること', 'うち子どもに関すること', 'うちその他', 'うち分野なし（見守り等）'];
    labels.forEach((label, i) => {
      const row = text.search(rowOf(label, c.visitsByField[i]?.count ?? -1));
      expect(row, label).toBeGreaterThan(ours);
    });
    expect(text.search(rowOf('記録件数（参考）', c.entries))).toBeGreaterThan(ours);
    // The reported table has three figures: 記録件数 is not among them.
    expect(text).not.toMatch(rowOf('活動日数', '記録件数'));
  });

  it('fiscal year: no label of the month-by-month tables wraps inside a word', () => {
    for (const size of ['standard', 'large'] as const) {
      const r = fiscalYearReport(log, { recordedBy: me.id, fiscalYear: 2026 });
      const doc = activityReportDocument(r, { commissionerName: me.name, districtName: '', printedOn: '2027-04-10', size });
      const monthly = pdfText(renderPdf(doc, fonts), true)
        .slice(size === 'standard' ? 2 : 3)
        .join('\n');
      expect(monthly).toContain('月別内訳');
      // Words of the form's labels, each of which must print on one line.
      for (const word of [
        '学校生活',
        '関すること',
        '通告・仲介',
        '参加協力',
        '自主活動',
        '（見守り等）',
        '母子保健',
        '地域生活',
        '記録件数',
      ]) {
        expect(monthly, `${size}: ${word}`).toContain(word);
      }
    }
  });

  it('labelLines breaks between words only, within the budget where the words allow', () => {
    expect(labelLines('子どもの教育・学校生活', 8)).toBe('子どもの教育・\n学校生活');
    expect(labelLines('要保護児童の発見の通告・仲介', 8)).toBe('要保護児童の\n発見の通告・仲介');
    expect(labelLines('高齢者に関すること', 8)).toBe('高齢者に\n関すること');
    expect(labelLines('高齢者に関すること', 10)).toBe('高齢者に関すること');
    expect(labelLines('生活費', 2)).toBe('生活費');
  });

  it('fiscal year: the year on pages 1–2, then the months April..March on one line, 4 pages', () => {
    const doc = sample('activity-report-fiscal-year.pdf');
    const pages = pdfText(renderPdf(doc, fonts), true);
    expect(pages).toHaveLength(4);
    const r = fiscalYearReport(log, { recordedBy: me.id, fiscalYear: 2026 });
    expect(pages[0]).toContain('民生委員・児童委員 活動記録（令和8年度）');
    expect(pages[0]).toContain('令和8年4月1日〜令和9年3月31日');
    expect(pages[0]).toMatch(rowOf('高齢者に関すること', r.counts.byField[0]?.count ?? -1));
    const monthly = pages.slice(2).join('\n');
    expect(pages[2]).toContain('月別内訳（令和8年度）');
    expect(monthly).toMatch(rowOf('項目', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月', '合計'));
    expect(monthly).toMatch(rowOf('記録件数（参考）', ...r.months.map((m) => m.counts.entries), r.counts.entries));
    expect(monthly).toMatch(rowOf('活動日数', ...r.months.map((m) => m.counts.activeDays), r.counts.activeDays));
    expect(monthly).toMatch(rowOf('高齢者に', ...r.months.map((m) => m.counts.byField[0]?.count ?? -1), r.counts.byField[0]?.count ?? -1));
    expect(monthly).toMatch(rowOf('訪問回数', ...r.months.map((m) => m.counts.visits), r.counts.visits));
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
    expect(text).toContain('その他の活動件数（10月〜3月）');
    expect(text).toMatch(rowOf('項目', '10月', '11月', '12月', '1月', '2月', '3月', '合計'));
    const month = monthlyReport(log, { recordedBy: me.id, month: '2026-10' });
    expect(
      countPages(
        activityReportDocument(month, { commissionerName: me.name, districtName: '', printedOn: '2026-11-05', size: 'large' }),
        fonts,
      ),
    ).toBeLessThanOrEqual(3);
  });

  it('names periods in 和暦, including the 2019 era change', () => {
    expect(warekiFiscalYear(2026)).toBe('令和8年度');
    expect(warekiFiscalYear(2019)).toBe('令和元年度');
    expect(warekiFiscalYear(2018)).toBe('平成30年度');
    expect(reportPeriodLabel(monthlyReport([], { recordedBy: 'x', month: '2019-04' }))).toBe('平成31年4月分');
    expect(reportPeriodLabel(monthlyReport([], { recordedBy: 'x', month: '2019-05' }))).toBe('令和元年5月分');
  });
});
