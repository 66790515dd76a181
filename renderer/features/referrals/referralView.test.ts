import { describe, expect, it } from 'vitest';
import { emptyReferral } from '../../../shared/referrals/referral';
import type { HistoryEntry } from '../../../shared/referrals/status';
import { DEFAULT_FILTER, countSummaries, filterSummaries, historyLines, shortDate, stepperStates, summarise } from './referralView';

const h = (status: HistoryEntry['status'], date: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  status,
  date,
  by: 'A',
  note: '',
  skipped: [],
  correction: false,
  ...extra,
});

describe('the history as shown', () => {
  it('names skipped steps and marks corrections and endings', () => {
    const lines = historyLines([
      h('intake', '2026-10-01'),
      h('planning', '2026-10-05', { skipped: ['gathering'] }),
      h('petitioned', '2026-10-20', { skipped: ['preparing'] }),
      h('gathering', '2026-10-21', { correction: true, note: '親族が見つかった' }),
      h('declined', '2026-10-30', { note: '本人が希望しない' }),
    ]);
    expect(lines.map((l) => `${l.step}${l.skipped}${l.correction ? '[訂正]' : ''}${l.ended ? '[end]' : ''}`)).toEqual([
      '相談受付',
      '支援方針検討（省略：情報収集）',
      '申立済（省略：申立準備）',
      '情報収集[訂正]',
      '見送り[end]',
    ]);
    expect(shortDate('2026-04-01')).toBe('2026年4月1日');
  });
});

describe('the row of main steps', () => {
  const states = (hist: HistoryEntry[]) =>
    stepperStates(hist)
      .map((s) => `${s.label}:${s.state}`)
      .join(' ');
  it('shows passed, skipped and current steps', () => {
    expect(states([h('intake', '2026-10-01'), h('planning', '2026-10-05', { skipped: ['gathering'] })])).toBe(
      '相談受付:done 情報収集:skipped 支援方針検討:current 申立準備:todo 申立済:todo 審判:todo 後見人等選任:todo 終結:todo',
    );
  });
  it('a correction back over a skipped step makes it current again', () => {
    const hist = [
      h('intake', '2026-10-01'),
      h('preparing', '2026-10-05', { skipped: ['gathering', 'planning'] }),
      h('gathering', '2026-10-06', { correction: true, note: 'x' }),
    ];
    expect(states(hist)).toBe(
      '相談受付:done 情報収集:current 支援方針検討:todo 申立準備:todo 申立済:todo 審判:todo 後見人等選任:todo 終結:todo',
    );
  });
  it('an ended case shows where it stopped, with nothing current; a closed one is done', () => {
    expect(states([h('intake', '2026-10-01'), h('gathering', '2026-10-02'), h('withdrawn', '2026-10-03', { note: 'x' })])).toBe(
      '相談受付:done 情報収集:done 支援方針検討:todo 申立準備:todo 申立済:todo 審判:todo 後見人等選任:todo 終結:todo',
    );
    expect(
      stepperStates([
        h('intake', '2026-10-01'),
        h('closed', '2026-10-02', { skipped: ['gathering', 'planning', 'preparing', 'petitioned', 'ruling', 'appointed'] }),
      ]).at(-1)?.state,
    ).toBe('done');
  });
});

describe('the referral list', () => {
  const today = '2026-11-27';
  const make = (id: string, districtId: string, history: HistoryEntry[], urgency: '高' | '中' | '低' = '中') => ({
    ...emptyReferral(`p-${id}`, districtId, history[0]?.date ?? today, 'A'),
    id,
    history,
    urgency,
  });
  const list = [
    make('quiet', 'd01', [h('intake', '2026-11-20')]),
    make('stalled', 'd01', [h('intake', '2026-10-01'), h('gathering', '2026-10-10')]),
    make('urgent', 'd02', [h('intake', '2026-11-25')], '高'),
    make('ended', 'd01', [h('intake', '2026-10-01'), h('declined', '2026-10-10', { note: 'x' })]),
    make('closed', 'd02', [h('intake', '2026-09-01'), h('closed', '2026-11-01')]),
  ].map((r) => summarise(r, today, { gathering: 30 }));

  it('works out days in the step against its limit', () => {
    const stalled = list.find((r) => r.id === 'stalled');
    expect(stalled?.stall).toEqual({ status: 'gathering', daysInStatus: 48, limit: 30, stalled: true });
    expect(list.find((r) => r.id === 'ended')?.open).toBe(false);
  });
  it('open first: stalled, then the longest in the step, then the most urgent; ended after, latest first', () => {
    expect(filterSummaries(list, { ...DEFAULT_FILTER, state: 'all' }).map((r) => r.id)).toEqual([
      'stalled',
      'quiet',
      'urgent',
      'closed',
      'ended',
    ]);
    const sameDays = [make('a', 'd01', [h('intake', '2026-11-20')], '低'), make('b', 'd01', [h('intake', '2026-11-20')], '高')].map((r) =>
      summarise(r, today, {}),
    );
    expect(filterSummaries(sameDays, DEFAULT_FILTER).map((r) => r.id)).toEqual(['b', 'a']);
  });
  it('filters by state, district and 停滞のみ, and counts per district', () => {
    expect(filterSummaries(list, DEFAULT_FILTER).map((r) => r.id)).toEqual(['stalled', 'quiet', 'urgent']);
    expect(filterSummaries(list, { ...DEFAULT_FILTER, state: 'ended' }).map((r) => r.id)).toEqual(['closed', 'ended']);
    expect(filterSummaries(list, { ...DEFAULT_FILTER, districtId: 'd02' }).map((r) => r.id)).toEqual(['urgent']);
    expect(filterSummaries(list, { ...DEFAULT_FILTER, stalledOnly: true }).map((r) => r.id)).toEqual(['stalled']);
    expect(countSummaries(list, '')).toEqual({ open: 3, stalled: 1, ended: 2 });
    expect(countSummaries(list, 'd02')).toEqual({ open: 1, stalled: 0, ended: 1 });
  });
});
