import { describe, expect, it } from 'vitest';
import { changeText, countText, daysText, shareText, UNDER_THREE } from './format';
import { buildDashboard, type DashboardData } from './indicators';
import { dashboardTables, tableGrid } from './tables';
import { activityChart, overdueChart, renderChartSvg } from './charts';

function table<T>(list: readonly T[], i: number): T {
  const t = list[i];
  if (t === undefined) throw new Error(`no table ${i}`);
  return t;
}

describe('the small-cell rule (外部向け)', () => {
  it('shows 1 and 2 as 3未満, 0 and 3 as they are, and nothing hidden for the team', () => {
    expect([0, 1, 2, 3, 1200].map((n) => countText(n, 'external'))).toEqual(['0', UNDER_THREE, UNDER_THREE, '3', '1,200']);
    expect([0, 1, 2, 3].map((n) => countText(n, 'internal'))).toEqual(['0', '1', '2', '3']);
    // Meetings say nothing about a person.
    expect(countText(2, 'external', false)).toBe('2');
  });

  it('hides what would give a hidden count back: the change, a share, a median of fewer than 3', () => {
    expect(changeText(5, 2, 'external')).toBe('—');
    expect(changeText(5, 2, 'internal')).toBe('+3');
    expect(changeText(3, 7, 'external')).toBe('−4');
    expect(changeText(4, 4, 'external')).toBe('±0');
    expect(shareText(9, 10, 'external')).toBe('—'); // 1 person not reached
    expect(shareText(9, 10, 'internal')).toBe('90.0%');
    expect(shareText(5, 8, 'external')).toBe('62.5%');
    expect(shareText(0, 0, 'internal')).toBe('—');
    expect(daysText(12, 2, 'external')).toBe('—');
    expect(daysText(12.5, 2, 'internal')).toBe('12.5日');
    expect(daysText(12, 3, 'external')).toBe('12日');
  });

  it('applies to every table and chart built for 外部向け', () => {
    const data: DashboardData = {
      persons: [
        { id: 'p1', districtId: 'd1', status: '見守り中' },
        { id: 'p2', districtId: 'd1', status: '見守り中' },
      ],
      contacts: [
        { date: '2026-04-02', personId: 'p1', districtId: 'd1', goals: ['2-2'] },
        { date: '2026-04-03', personId: 'p2', districtId: 'd1', goals: ['2-2'] },
        { date: '2026-04-04', personId: 'p2', districtId: 'd1', goals: ['2-2'] },
      ],
      meetings: [{ date: '2026-04-05', districtId: 'd1', goals: ['2-1'] }],
      actions: [],
      referrals: [],
      endingNotes: [{ personId: 'p1', goals: ['2-3'], createdAt: Date.parse('2026-04-06T03:00:00Z') }],
    };
    const dash = buildDashboard(data, {
      period: { kind: 'month', month: '2026-04' },
      district: 'all',
      goal: 'all',
      districts: ['d1'],
      today: '2026-04-30',
    });
    const tables = dashboardTables(dash, { audience: 'external', districtName: () => '第1地区' });
    const text = tables.map((t) => tableGrid(t, 'display').rows.flat().join('|')).join('\n');
    const internal = dashboardTables(dash, { audience: 'internal', districtName: () => '第1地区' });
    const selected = tableGrid(table(tables, 0), 'display');
    expect(selected.header).toEqual(['項目', '前期間（2026年3月）', '今期間（2026年4月）', '増減']);
    expect(selected.rows[0]).toEqual(['見守り・相談の記録', '0', '3', '+3']);
    expect(selected.rows[1]).toEqual(['会議', '0', '1', '+1']); // meetings: not about persons
    expect(selected.rows[5]).toEqual(['エンディングノート作成', '0', UNDER_THREE, '—']);
    // Only the meetings (not about persons) may show 1 or 2.
    expect(text.replace(/会議\|0\|1\|\+1/, '').replace(/0 ⇒ 1（\+1）/g, '')).not.toMatch(/(^|\|)[12](\||$)/m);
    expect(tableGrid(table(tables, 3), 'display').rows[0]).toEqual(['見守り中の人', UNDER_THREE, UNDER_THREE, '—']);
    expect(tableGrid(table(internal, 0), 'display').rows[5]).toEqual(['エンディングノート作成', '0', '1', '+1']);
    // The 目標別 table: one cell per comparison on screen, three columns in the CSV.
    const byGoal = table(tables, 1);
    expect(tableGrid(byGoal, 'display').rows[2]?.[1]).toBe('0 ⇒ 3（+3）');
    const csv = tableGrid(byGoal, 'csv');
    expect(csv.header.slice(0, 4)).toEqual([
      '行動目標',
      '見守り・相談の記録（前期間（2026年3月））',
      '見守り・相談の記録（今期間（2026年4月））',
      '会議（前期間（2026年3月））',
    ]);
    expect(csv.rows[0]?.slice(0, 3)).toEqual(['すべての目標', '0', '3']);
    // Charts draw no hidden count and say 3未満 in words.
    const chart = activityChart(dash, 'external');
    expect(chart.alt).toContain('エンディングノート作成：2026年3月 0件、2026年4月 3未満');
    const svg = renderChartSvg(chart);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('aria-label="棒グラフ「記録の件数」');
    expect(svg).toMatch(/<pattern/); // decals for black-and-white print
    expect(renderChartSvg(overdueChart(dash, 'internal'))).toContain('<svg');
  });
});
