import { describe, expect, it } from 'vitest';
import type { ActionItemInput } from './actionItem';
import { actionRows, ACTIONS_CSV_HEADER } from './actionsCsv';

const item = (over: Partial<ActionItemInput>): ActionItemInput => ({
  source: 'meeting',
  sourceId: 'm1',
  owner: '区役所 担当',
  ownerOrg: '区役所',
  task: '訪問の日程を決める',
  due: '2026-11-30',
  personId: '',
  districtId: 'd01',
  status: 'open',
  doneDate: '',
  doneNote: '',
  ...over,
});

describe('actionRows', () => {
  it('open items first by due date, names for person and district, no closing note', () => {
    const rows = actionRows(
      [
        item({ task: '済んだこと', status: 'done', doneDate: '2026-11-02', doneNote: '閉じたときのメモ', due: '2026-11-01' }),
        item({ task: 'あとの期限', due: '2026-12-10', source: 'contact', personId: 'p1' }),
        item({ task: '先の期限', due: '2026-11-15', districtId: '' }),
      ],
      { person: (id) => (id === 'p1' ? '𠮷田 ハル' : '?'), district: (id) => (id === 'd01' ? '鶴見中央' : '?') },
    );
    expect(rows).toEqual([
      ACTIONS_CSV_HEADER,
      ['2026-11-15', '未完了', '先の期限', '区役所 担当', '区役所', '', '', '会議', ''],
      ['2026-12-10', '未完了', 'あとの期限', '区役所 担当', '区役所', '𠮷田 ハル', '鶴見中央', '見守り記録', ''],
      ['2026-11-01', '完了', '済んだこと', '区役所 担当', '区役所', '', '鶴見中央', '会議', '2026-11-02'],
    ]);
    expect(JSON.stringify(rows)).not.toContain('閉じたときのメモ');
  });
});
