import { describe, expect, it } from 'vitest';
import { emptyReferral } from '../../../shared/referrals/referral';
import { referralListDocument } from '../../../shared/referrals/referralListPrint';
import type { HistoryEntry } from '../../../shared/referrals/status';
import { fileNames, listRows } from './referralPrint';
import { DEFAULT_FILTER, filterSummaries, summarise } from './referralView';

const h = (status: HistoryEntry['status'], date: string): HistoryEntry => ({
  status,
  date,
  by: 'A',
  note: status === 'declined' ? '理由' : '',
  skipped: [],
  correction: false,
});
const today = '2026-11-27';
const make = (id: string, history: HistoryEntry[]) =>
  summarise({ ...emptyReferral(`person-${id}`, 'd01', history[0]?.date ?? today, 'A'), id, history }, today, {});

describe('the printed meeting list', () => {
  const shown = filterSummaries(
    [make('ref-x1', [h('intake', '2026-11-25')]), make('ref-x2', [h('intake', '2026-09-01')]), make('ref-x3', [h('intake', '2026-11-20')])],
    DEFAULT_FILTER,
  );

  it('numbers the cases in the order the print shows them, which is the order on screen', () => {
    const { rows, labels } = listRows(shown, () => '鶴見中央');
    expect(rows.map((r) => `${r.label}:${r.daysInStatus}:${r.stalled ? '停滞' : ''}`)).toEqual([
      'ケース1:87:停滞',
      'ケース2:7:',
      'ケース3:2:',
    ]);
    expect(shown.map((s) => labels.get(s.id))).toEqual(['ケース1', 'ケース2', 'ケース3']);
  });

  it('carries no name, person id or referral id into the document', () => {
    const { rows } = listRows(shown, () => '鶴見中央');
    const text = JSON.stringify(referralListDocument(rows, { districtName: '鶴見中央', asOf: today, size: 'standard' }));
    for (const s of shown) {
      expect(text).not.toContain(s.id);
      expect(text).not.toContain(s.personId);
    }
    expect(text).toContain('継続中 3件、うち停滞 1件');
  });

  it('file names say what and when, never who', () => {
    expect(fileNames.list(today)).toBe('成年後見つなぎ状況一覧_2026-11-27.pdf');
    expect(fileNames.handover('2026-11-02', 0)).toBe('つなぎ票_2026-11-02_1.pdf');
    expect(fileNames.sheet('2026-11-02', 'large')).toBe('本人情報シート_2026-11-02_大きな文字.pdf');
  });
});
