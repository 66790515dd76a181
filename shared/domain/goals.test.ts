import { describe, expect, it } from 'vitest';
import { contactGoalPreset, normalizeP2Goals, P2_GOALS } from './goals';

describe('pillar-2 goals', () => {
  it('are the plan labels of 2-1 … 2-4', () => {
    expect(P2_GOALS.map((g) => g.id)).toEqual(['2-1', '2-2', '2-3', '2-4']);
    expect(P2_GOALS[1]?.label).toBe('見守りの輪を地域全体に広げます');
  });
  it('are kept in the plan order, once, pillar 2 only', () => {
    expect(normalizeP2Goals(['2-4', '1-1', '2-1', '2-4', '3-2'])).toEqual(['2-1', '2-4']);
  });
  it('preset a visit or a call to 見守り, other kinds and a hand-over to つながり', () => {
    expect(contactGoalPreset({ kind: '訪問', referredTo: '' })).toEqual(['2-2']);
    expect(contactGoalPreset({ kind: '電話', referredTo: '地域ケアプラザ' })).toEqual(['2-1', '2-2']);
    expect(contactGoalPreset({ kind: '同行', referredTo: '地域ケアプラザ' })).toEqual(['2-1']);
    expect(contactGoalPreset({ kind: '未知', referredTo: '' })).toEqual(['2-1']);
  });
});
