import { describe, expect, it } from 'vitest';
import { emptyReferral, referralProblems } from '../../../shared/referrals/referral';
import type { HistoryEntry } from '../../../shared/referrals/status';
import {
  defaultNextStep,
  inputOf,
  draftDiffers,
  emptyHandoverForm,
  emptyRelative,
  emptyStepForm,
  fieldsOf,
  handoverFormProblems,
  handoverOf,
  isHandoverFormBlank,
  noteFormProblems,
  pageDraftCodec,
  stepNeedsNote,
  warningKey,
  type PageDraft,
} from './referralForm';

const today = '2026-11-27';
const base = emptyReferral('p1', 'd01', '2026-11-01', '試験 職員');
const h = (status: HistoryEntry['status'], date: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  status,
  date,
  by: 'A',
  note: '',
  skipped: [],
  correction: false,
  ...extra,
});
const paths = (ps: { path: string; code: string }[]) => ps.map((p) => `${p.path}:${p.code}`);

describe('the next step and when it needs a note', () => {
  it('offers the next main step; after 後見人等選任, 終結', () => {
    expect(defaultNextStep([h('intake', '2026-11-01')])).toBe('gathering');
    expect(defaultNextStep([h('intake', '2026-11-01'), h('preparing', '2026-11-05')])).toBe('petitioned');
    expect(defaultNextStep([h('intake', '2026-11-01'), h('appointed', '2026-11-05')])).toBe('closed');
  });
  it('after 取下げ / 見送り it offers the step the case was at (reopening)', () => {
    expect(defaultNextStep([h('intake', '2026-11-01'), h('planning', '2026-11-03'), h('declined', '2026-11-05')])).toBe('planning');
    expect(defaultNextStep([h('intake', '2026-11-01'), h('closed', '2026-11-05')])).toBe('intake');
  });
  it('going back, ending and reopening need a note; going forward does not', () => {
    const hist = [h('intake', '2026-11-01'), h('planning', '2026-11-03')];
    expect(stepNeedsNote(hist, 'preparing')).toBe(false);
    expect(stepNeedsNote(hist, 'closed')).toBe(false);
    expect(stepNeedsNote(hist, 'gathering')).toBe(true);
    expect(stepNeedsNote(hist, 'withdrawn')).toBe(true);
    expect(stepNeedsNote([...hist, h('declined', '2026-11-04')], 'planning')).toBe(true);
    expect(emptyStepForm(hist, today)).toEqual({ to: 'preparing', date: today, note: '' });
  });
});

describe('a new hand-over', () => {
  it('needs a destination; with consent it is complete', () => {
    const f = emptyHandoverForm('2026-11-05');
    expect(isHandoverFormBlank(f)).toBe(true);
    expect(paths(handoverFormProblems(base, f, today))).toEqual(['to:required']);
    const ok = { ...f, to: '地域ケアプラザ' as const };
    expect(handoverFormProblems(base, ok, today)).toEqual([]);
    expect(handoverOf(ok)).toEqual({
      to: '地域ケアプラザ',
      date: '2026-11-05',
      contact: '',
      consent: { kind: 'consent', date: '2026-11-05', method: '口頭', note: '' },
    });
  });
  it('without consent: a reason from the list and an explanation', () => {
    const f = { ...emptyHandoverForm('2026-11-05'), to: '区高齢・障害支援課' as const, consentKind: 'override' as const };
    expect(paths(handoverFormProblems(base, f, today))).toEqual(['consent.reason:required', 'consent.note:required']);
    const full = { ...f, overrideReason: '虐待のおそれ' as const, overrideNote: '長男による年金の使い込み' };
    expect(handoverFormProblems(base, full, today)).toEqual([]);
    expect(handoverOf(full)?.consent).toEqual({ kind: 'override', reason: '虐待のおそれ', note: '長男による年金の使い込み' });
  });
  it('dates: not before the consultation, not in the future, consent not in the future', () => {
    const f = { ...emptyHandoverForm('2026-10-30'), to: '地域ケアプラザ' as const, consentDate: '2026-11-28' };
    expect(paths(handoverFormProblems(base, f, today))).toEqual(['consent.date:future', 'date:beforeConsultation']);
    expect(paths(handoverFormProblems(base, { ...f, date: '2026-11-28', consentDate: '2026-11-02' }, today))).toEqual(['date:future']);
    expect(paths(handoverFormProblems(base, { ...f, date: '', consentDate: '2026-11-02' }, today))).toEqual(['date:required']);
  });
  it('numbers problems after the hand-overs already saved', () => {
    const first = handoverOf({ ...emptyHandoverForm('2026-11-02'), to: '地域ケアプラザ' });
    if (!first) throw new Error('a complete hand-over');
    const saved = { ...base, handovers: [first] };
    const f = {
      ...emptyHandoverForm('2026-11-03'),
      to: '家庭裁判所' as const,
      consentKind: 'override' as const,
      overrideReason: '本人に同意する能力がない' as const,
    };
    expect(paths(handoverFormProblems(saved, f, today))).toEqual(['consent.note:required']);
  });
});

describe('a progress note', () => {
  it('has a date up to today and some text', () => {
    expect(paths(noteFormProblems({ date: '', text: '' }, today))).toEqual(['date:required', 'text:required']);
    expect(paths(noteFormProblems({ date: '2026-11-28', text: 'x' }, today))).toEqual(['date:future']);
    expect(noteFormProblems({ date: today, text: '親族に電話' }, today)).toEqual([]);
  });
});

describe('the page draft', () => {
  const draft: PageDraft = {
    fields: { ...fieldsOf(base), relatives: [{ ...emptyRelative(), name: '長女 花子', relation: '子', degree: 1, reachable: 'はい' }] },
    step: { to: 'gathering', date: today, note: 'メモ' },
    handover: { ...emptyHandoverForm(today), consentKind: 'override', overrideReason: '虐待のおそれ', overrideNote: '書きかけ' },
    note: { date: today, text: '書きかけの経過' },
  };
  it('keeps rows of relatives and a half-typed override through encode/decode', () => {
    expect(pageDraftCodec.decode(pageDraftCodec.encode(draft))).toEqual(draft);
  });
  it('refuses an empty, broken or foreign draft', () => {
    expect(pageDraftCodec.decode({ json: '' })).toBeNull();
    expect(pageDraftCodec.decode({ json: '{' })).toBeNull();
    expect(pageDraftCodec.decode({ json: JSON.stringify({ ...draft, fields: { ...draft.fields, urgency: '最高' } }) })).toBeNull();
  });
  it('picks only the editable fields from a stored record; its input passes the strict schema', () => {
    const stored = { ...base, id: 'r1', createdAt: 1, updatedAt: 2, deletedAt: 0 };
    expect(Object.keys(fieldsOf(stored))).not.toContain('id');
    expect(Object.keys(fieldsOf(stored))).not.toContain('history');
    expect(referralProblems(stored, today).map((p) => p.code)).toContain('invalid');
    expect(referralProblems(inputOf(stored), today)).toEqual([]);
    expect(inputOf(stored)).toEqual(base);
  });
  it('tells a draft that only repeats what is saved from one with typing in it, whatever the key order', () => {
    const reordered = JSON.parse(
      JSON.stringify({ note: draft.note, handover: draft.handover, step: draft.step, fields: draft.fields }),
    ) as PageDraft;
    expect(draftDiffers(reordered, draft)).toBe(false);
    expect(draftDiffers({ ...draft, note: { ...draft.note, text: '別' } }, draft)).toBe(true);
  });
  it('a warning key names the warnings only', () => {
    expect(
      warningKey([
        { path: 'b', code: 'hojoConsent', severity: 'warning' },
        { path: 'a', code: 'mayorWithRelatives', severity: 'warning' },
        { path: 'c', code: 'required', severity: 'error' },
      ]),
    ).toBe('a:mayorWithRelatives|b:hojoConsent');
  });
});
