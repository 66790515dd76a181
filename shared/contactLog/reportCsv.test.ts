import { describe, expect, it } from 'vitest';
import { ACTIVITY_CONTENTS, ACTIVITY_FIELDS, OTHER_ACTIVITIES } from './activity';
import { emptyContact } from './contact';
import { fiscalYearReport, monthlyReport, NO_FIELD } from './report';
import { CSV_BOM, CSV_SECTIONS, reportCsv } from './reportCsv';
import { sampleContactLog } from './sampleLog';

/** A small RFC 4180 reader, to check the writer by reading its output back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  expect(cell).toBe('');
  return rows;
}

const log = sampleContactLog({ seed: 3, from: '2026-03-01', months: 14, count: 600, commissioners: [{ id: 'c1', name: 'x' }] });
const month = monthlyReport(log, { recordedBy: 'c1', month: '2026-10' });
const year = fiscalYearReport(log, { recordedBy: 'c1', fiscalYear: 2026 });
const NAME = '山田, "ハル"';

describe('reportCsv', () => {
  it('starts with the BOM, ends every line with CRLF, and has no bare CR or LF', () => {
    const text = reportCsv(month, { commissionerName: '架空 一郎', districtName: '鶴見中央地区' });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('quotes a name with a comma and a quote (RFC 4180) and reads back unchanged', () => {
    const text = reportCsv(month, { commissionerName: NAME, districtName: '第1地区\n（改行）' });
    expect(text).toContain('"山田, ""ハル"""');
    const rows = parseCsv(text.slice(1));
    expect(rows.every((r) => r.length === 6)).toBe(true);
    expect(rows.slice(1).every((r) => r[1] === NAME && r[2] === '第1地区\n（改行）')).toBe(true);
  });

  it('keeps a name that looks like a formula as text', () => {
    const rows = parseCsv(reportCsv(month, { commissionerName: '=HYPERLINK("x")' }).slice(1));
    expect(rows[1]?.[1]).toBe(`'=HYPERLINK("x")`);
  });

  it('month: Japanese headers and one row per category, each with its count', () => {
    const rows = parseCsv(reportCsv(month, { commissionerName: '架空 一郎' }).slice(1));
    expect(rows[0]).toEqual(['対象月', '委員名', '地区', '区分', '項目', '件数']);
    const body = rows.slice(1);
    expect(body.every((r) => r[0] === '2026年10月')).toBe(true);
    const items = (section: string) => body.filter((r) => r[3] === section).map((r) => r[4]);
    const formFields = ['高齢者に関すること', '障害者に関すること', '子どもに関すること', 'その他'];
    expect(ACTIVITY_FIELDS).toHaveLength(formFields.length);
    expect(items(CSV_SECTIONS.byField)).toEqual(formFields);
    expect(items(CSV_SECTIONS.cross)[0]).toBe('高齢者に関すること／在宅福祉');
    expect(items(CSV_SECTIONS.byContent)).toEqual([...ACTIVITY_CONTENTS]);
    expect(items(CSV_SECTIONS.cross)).toHaveLength(4 * 14);
    expect(items(CSV_SECTIONS.other)).toEqual([...OTHER_ACTIVITIES]);
    expect(items(CSV_SECTIONS.visitsByField)).toEqual([...formFields, NO_FIELD]);
    expect(CSV_SECTIONS.visitsByField).toContain('参考');
    expect(CSV_SECTIONS.other).toBe('その他の活動件数');
    expect(items(CSV_SECTIONS.totals)).toEqual(['相談・支援件数', '訪問回数', '連絡調整回数', '活動日数', '記録件数（参考）']);
    const total = (section: string) => body.filter((r) => r[3] === section).reduce((s, r) => s + Number(r[5]), 0);
    const c = month.counts;
    expect(total(CSV_SECTIONS.byField)).toBe(c.consultations);
    expect(total(CSV_SECTIONS.byContent)).toBe(c.consultations);
    expect(total(CSV_SECTIONS.cross)).toBe(c.consultations);
    expect(total(CSV_SECTIONS.visitsByField)).toBe(c.visits);
    expect(body.find((r) => r[4] === '活動日数')?.[5]).toBe(String(c.activeDays));
    expect(c.consultations).toBeGreaterThan(0);
  });

  it('fiscal year: 4月..3月 and 合計 columns; the months add up to 合計 on every row', () => {
    const rows = parseCsv(reportCsv(year, { commissionerName: '架空 一郎' }).slice(1));
    expect(rows[0]).toEqual([
      '対象年度',
      '委員名',
      '地区',
      '区分',
      '項目',
      '4月',
      '5月',
      '6月',
      '7月',
      '8月',
      '9月',
      '10月',
      '11月',
      '12月',
      '1月',
      '2月',
      '3月',
      '合計',
    ]);
    expect(rows).toHaveLength(1 + 4 + 14 + 56 + 6 + 5 + 5);
    for (const r of rows.slice(1)) {
      expect(r[0]).toBe('2026年度');
      const cells = r.slice(5).map(Number);
      expect(
        cells.slice(0, 12).reduce((s, n) => s + n, 0),
        r[4],
      ).toBe(cells[12]);
    }
    const visits = rows.find((r) => r[3] === CSV_SECTIONS.totals && r[4] === '訪問回数');
    expect(visits?.[17]).toBe(String(year.counts.visits));
    expect(visits?.[11]).toBe(String(year.months[6]?.counts.visits)); // 10月
  });
});

it('an empty month still lists every category at 0', () => {
  const empty = monthlyReport([emptyContact('2026-09-30', 'c1', 'x')], { recordedBy: 'c1', month: '2026-10' });
  const rows = parseCsv(reportCsv(empty, { commissionerName: 'x' }).slice(1)).slice(1);
  expect(rows).toHaveLength(4 + 14 + 56 + 6 + 5 + 5);
  expect(rows.every((r) => r[5] === '0')).toBe(true);
});
