import { describe, expect, it } from 'vitest';
import { plainText } from '../print/ruby';
import { EASY_JA, STANDARD_EN, STANDARD_JA } from './defaults';
import { endingNoteDocument } from './toPrint';

describe('endingNoteDocument', () => {
  it('puts the disclaimer on the first page of every bundled template, before any section', () => {
    for (const t of [STANDARD_JA, EASY_JA, STANDARD_EN]) {
      const doc = endingNoteDocument(t, { size: 'standard' });
      const firstBreak = doc.blocks.findIndex((b) => b.kind === 'pageBreak');
      const note = doc.blocks.findIndex((b) => b.kind === 'note');
      expect(note).toBeGreaterThan(-1);
      expect(note).toBeLessThan(firstBreak);
      const n = doc.blocks[note];
      const text = n?.kind === 'note' ? plainText(n.text) : '';
      expect(text).toMatch(/法的な効力はありません|法律の 書類では ありません|no legal force/);
      expect(text).toMatch(/暗証番号|PINs/);
    }
  });
  it('a blank form has 記入日 lines and blank rows, and is not personal unless a name is printed', () => {
    const blank = endingNoteDocument(STANDARD_JA, { size: 'large' });
    expect(blank.entryDateLine).toBe(true);
    expect(blank.personal).toBe(false);
    expect(blank.size).toBe('large');
    const family = blank.blocks.find((b) => b.kind === 'table' && b.label === '家族・親族');
    expect(family?.kind === 'table' && family.blankRows).toBe(8);
    expect(endingNoteDocument(STANDARD_JA, { size: 'standard', personName: '𠮷田 ハル' }).personal).toBe(true);
  });
  it('a filled note carries the answers in their places and is personal', () => {
    const doc = endingNoteDocument(STANDARD_JA, {
      size: 'standard',
      personName: '𠮷田 ハル',
      printedOn: '2026-11-27',
      answers: { 'blood-type': 'A型', 'life-events': [['1950年代', '生まれる']], messages: 'ありがとう', 'birth-date': '1948-03-15' },
    });
    expect(doc.personal).toBe(true);
    expect(doc.entryDateLine).toBe(false);
    const blood = doc.blocks.find((b) => b.kind === 'checkboxes' && b.label === '血液型');
    expect(blood?.kind === 'checkboxes' && blood.checked).toEqual(['A型']);
    const life = doc.blocks.find((b) => b.kind === 'table' && b.label === '年代ごとの出来事・思い出');
    expect(life?.kind === 'table' && life.rows).toEqual([['1950年代', '生まれる']]);
    const birth = doc.blocks.find((b) => b.kind === 'field' && b.label === '生年月日');
    expect(birth?.kind === 'field' && birth.value).toBe('1948年3月15日（昭和23年3月15日）');
  });
});
