import { describe, expect, it } from 'vitest';
import { cutPreview, planPaste } from './pasteLimit';

describe('planPaste', () => {
  it('lets a paste that fits through', () => {
    expect(planPaste('abc', 3, 3, 'de', 5)).toEqual({ fits: true });
    // replacing a selection frees its room
    expect(planPaste('abcde', 1, 4, 'xyz', 5)).toEqual({ fits: true });
  });
  it('says what would be cut, counting the text already there', () => {
    expect(planPaste('ab', 2, 2, '12345', 5)).toEqual({ fits: false, pasted: 5, room: 3, kept: '123', cut: '45' });
    expect(planPaste('abcde', 5, 5, 'x', 5)).toEqual({ fits: false, pasted: 1, room: 0, kept: '', cut: 'x' });
  });
  it('never cuts 𠮷 in half', () => {
    const plan = planPaste('', 0, 0, 'あ𠮷い', 2);
    expect(plan).toEqual({ fits: false, pasted: 4, room: 1, kept: 'あ', cut: '𠮷い' });
  });
  it('a 25,000-character paste into an empty 20,000 field cuts 5,000', () => {
    const plan = planPaste('', 0, 0, 'あ'.repeat(25_000), 20_000);
    expect(plan.fits ? 0 : plan.cut.length).toBe(5_000);
  });
});

describe('cutPreview', () => {
  it('shows the first characters on one line, with … when there is more', () => {
    expect(cutPreview('続きの\n文章です', 5)).toBe('続きの 文…');
    expect(cutPreview('短い', 5)).toBe('短い');
    expect(cutPreview('𠮷𠮷𠮷', 2)).toBe('𠮷𠮷…');
  });
});
