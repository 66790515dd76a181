import { describe, expect, it } from 'vitest';
import { formatColumns, parseColumns } from './QuestionEditor';
import { move, newQuestion } from './TemplateEditorPage';
import { questionSchema } from '../../../shared/endingNotes/template';
import { QUESTION_KINDS } from '../../../shared/endingNotes/template';

describe('template editor helpers', () => {
  it('parses and formats table columns', () => {
    expect(parseColumns('氏名:2\n続柄\n連絡先：3\n\n')).toEqual([
      { label: '氏名', width: 2 },
      { label: '続柄', width: 1 },
      { label: '連絡先', width: 3 },
    ]);
    expect(formatColumns(parseColumns('氏名:2\n続柄'))).toBe('氏名:2\n続柄');
  });
  it('moves items within bounds only', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
  it('makes a valid new question of every kind', () => {
    for (const k of QUESTION_KINDS) expect(questionSchema.safeParse(newQuestion(k, '新しい質問')).success, k).toBe(true);
  });
});
