import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { FontSet } from '../print/fonts';
import { renderPdf } from '../print/render';
import { nodeFonts, pdfText } from '../print/testing/nodeFonts';
import { buildDashboard, type DashboardData } from './indicators';
import { dashboardTables, tableGrid } from './tables';
import { dashboardReportDocument } from './reportPrint';

const fonts = new FontSet(nodeFonts());

function sampleData(): DashboardData {
  const contacts = [];
  for (let i = 0; i < 40; i++)
    contacts.push({
      date: `2026-04-${String((i % 28) + 1).padStart(2, '0')}`,
      personId: `p${i % 6}`,
      districtId: i % 3 ? 'd1' : 'd2',
      goals: ['2-2'],
    });
  for (let i = 0; i < 25; i++)
    contacts.push({ date: `2026-03-${String((i % 28) + 1).padStart(2, '0')}`, personId: `p${i % 6}`, districtId: 'd1', goals: ['2-1'] });
  return {
    persons: Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, districtId: i % 2 ? 'd1' : 'd2', status: '見守り中' })),
    contacts,
    meetings: [{ date: '2026-04-10', districtId: 'd1', goals: ['2-1'] }],
    actions: [
      { due: '2026-04-05', status: 'open', doneDate: '', districtId: 'd1', goals: ['2-1'], createdAt: Date.parse('2026-04-01T03:00:00Z') },
    ],
    referrals: [
      {
        districtId: 'd2',
        goals: ['2-1', '2-3'],
        consultedOn: '2026-04-02',
        handoverDates: ['2026-04-20'],
        history: [{ status: 'intake', date: '2026-04-02' }],
      },
    ],
    endingNotes: [],
  };
}

describe('the pillar-2 report', () => {
  const dash = buildDashboard(sampleData(), {
    period: { kind: 'month', month: '2026-04' },
    district: 'all',
    goal: 'all',
    districts: ['d1', 'd2'],
    today: '2026-05-10',
  });
  const names = (id: string) => ({ d1: '鶴見中央地区（架空）', d2: '生麦地区（架空）' })[id] ?? id;
  const doc = (audience: 'internal' | 'external') =>
    dashboardReportDocument(dash, {
      audience,
      districtName: 'すべての地区',
      districtNameOf: names,
      printedOn: '2026-05-10',
      size: 'standard',
    });

  it('prints 前 ⇒ 今 lines and every table cell the screen shows; 内部用 is 取扱注意', () => {
    const pdf = renderPdf(doc('internal'), fonts);
    if (process.env.DASH_PDF_OUT) writeFileSync(`${process.env.DASH_PDF_OUT}/internal.pdf`, pdf);
    const text = pdfText(pdf).join('\n');
    expect(text).toContain('柱2の取組状況（令和8年4月・内部用）');
    expect(text).toContain('取扱注意');
    expect(text).toMatch(/・見守り・相談の記録：25件（令和8年3月）⇒40件（令和8年4月）/);
    const flat = text.replace(/\s+/g, '');
    for (const t of dashboardTables(dash, { audience: 'internal', districtName: names }))
      for (const row of tableGrid(t, 'display').rows) for (const cell of row) expect(flat).toContain(cell.replace(/\s+/g, ''));
  });

  it('外部向け: 3未満 for 1 or 2, no 取扱注意', () => {
    const d = doc('external');
    expect(d.personal).toBe(false);
    const pdf = renderPdf(d, fonts);
    if (process.env.DASH_PDF_OUT) writeFileSync(`${process.env.DASH_PDF_OUT}/external.pdf`, pdf);
    const text = pdfText(pdf).join('\n');
    expect(text).not.toContain('取扱注意');
    expect(text).toContain('3未満');
    expect(text).toMatch(/・成年後見 相談開始：0件（令和8年3月）⇒3未満（令和8年4月）/);
  });
});
