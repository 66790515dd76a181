import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, STANDARD_JA } from './defaults';
import { parseTemplateText, serializeTemplate, templateSchema } from './template';

describe('ending-note templates', () => {
  it('bundled templates are valid', () => {
    for (const t of DEFAULT_TEMPLATES) expect(templateSchema.safeParse(t).success, t.id).toBe(true);
  });
  it('the standard template has its nine sections in order (docs/domain.md §4.5)', () => {
    expect(STANDARD_JA.sections.map((s) => s.title)).toEqual([
      '自分のこと',
      '人生の主な出来事',
      '家族・親族／友人・連絡先',
      'もし介護が必要になったら',
      '医療・終末期',
      '財産',
      '重要書類・遺言・デジタル・ペット',
      '葬儀・お墓',
      '大切な人へのメッセージ',
    ]);
  });
  it('round-trips through a JSON file', () => {
    const r = parseTemplateText(serializeTemplate(STANDARD_JA));
    expect(r).toEqual({ ok: true, template: STANDARD_JA });
  });
});
