import { describe, expect, it } from 'vitest';
import { checkStall, currentStatus, planStep, type HistoryEntry } from './status';

const h = (status: HistoryEntry['status'], date: string): HistoryEntry => ({
  status,
  date,
  by: 'A',
  note: '',
  skipped: [],
  correction: false,
});
const today = '2026-11-27';

describe('referral steps', () => {
  it('moves forward, recording the steps it skipped', () => {
    const r = planStep([h('intake', '2026-11-01')], { to: 'planning', date: '2026-11-10', by: 'B', note: '' }, today);
    expect(r).toEqual({
      ok: true,
      entry: { status: 'planning', date: '2026-11-10', by: 'B', note: '', skipped: ['gathering'], correction: false },
    });
  });
  it('never goes back silently: a move back is a correction with a note', () => {
    const hist = [h('intake', '2026-11-01'), h('preparing', '2026-11-10')];
    expect(planStep(hist, { to: 'gathering', date: '2026-11-12', by: 'B', note: ' ' }, today)).toEqual({
      ok: false,
      problem: 'backRequiresNote',
    });
    const r = planStep(hist, { to: 'gathering', date: '2026-11-12', by: 'B', note: '親族の所在が判明したため再調査' }, today);
    expect(r.ok && r.entry.correction).toBe(true);
  });
  it('ends with 取下げ / 見送り only with a reason; reopening needs a note', () => {
    const hist = [h('intake', '2026-11-01')];
    expect(planStep(hist, { to: 'declined', date: '2026-11-02', by: 'B', note: '' }, today)).toEqual({
      ok: false,
      problem: 'reasonRequired',
    });
    const ended = [...hist, { ...h('declined', '2026-11-02'), note: '本人が希望しない' }];
    expect(planStep(ended, { to: 'gathering', date: '2026-11-20', by: 'B', note: '' }, today)).toEqual({
      ok: false,
      problem: 'reopenRequiresNote',
    });
    expect(planStep(ended, { to: 'gathering', date: '2026-11-20', by: 'B', note: '本人から再相談' }, today)).toMatchObject({
      ok: true,
      entry: { correction: true },
    });
  });
  it('dates: valid, not in the future, not before the last step; the same step twice is refused', () => {
    const hist = [h('intake', '2026-11-10')];
    expect(planStep(hist, { to: 'gathering', date: '2026-11-31', by: '', note: '' }, today)).toEqual({ ok: false, problem: 'dateInvalid' });
    expect(planStep(hist, { to: 'gathering', date: '2026-11-28', by: '', note: '' }, today)).toEqual({ ok: false, problem: 'dateFuture' });
    expect(planStep(hist, { to: 'gathering', date: '2026-11-09', by: '', note: '' }, today)).toEqual({
      ok: false,
      problem: 'dateBeforeLast',
    });
    expect(planStep(hist, { to: 'intake', date: '2026-11-11', by: '', note: '' }, today)).toEqual({ ok: false, problem: 'same' });
  });
  it("a 補助 petition by someone else cannot be filed without the person's consent", () => {
    const hist = [h('intake', '2026-11-01'), h('preparing', '2026-11-05')];
    expect(planStep(hist, { to: 'petitioned', date: '2026-11-20', by: '', note: '' }, today, { hojoConsentMissing: true })).toEqual({
      ok: false,
      problem: 'consentForHojo',
    });
    expect(planStep(hist, { to: 'preparing', date: '2026-11-20', by: '', note: 'x' }, today, { hojoConsentMissing: true })).toEqual({
      ok: false,
      problem: 'same',
    });
    expect(planStep(hist, { to: 'petitioned', date: '2026-11-20', by: '', note: '' }, today, { hojoConsentMissing: false }).ok).toBe(true);
  });
});

describe('stall detection', () => {
  it('counts days in the current step against its limit, with per-status settings', () => {
    const hist = [h('intake', '2026-10-01'), h('gathering', '2026-10-28')];
    expect(checkStall(hist, '2026-11-27')).toEqual({ status: 'gathering', daysInStatus: 30, limit: 30, stalled: false });
    expect(checkStall(hist, '2026-11-28')).toMatchObject({ daysInStatus: 31, stalled: true });
    expect(checkStall(hist, '2026-11-28', { gathering: 45 })).toMatchObject({ limit: 45, stalled: false });
    expect(currentStatus(hist)).toBe('gathering');
  });
  it('an ended referral never stalls; days cross month and leap-year ends in any zone', () => {
    expect(checkStall([h('intake', '2026-01-01'), h('closed', '2026-02-01')], '2027-01-01').stalled).toBe(false);
    expect(checkStall([h('intake', '2028-02-28')], '2028-03-01').daysInStatus).toBe(2);
  });
});
