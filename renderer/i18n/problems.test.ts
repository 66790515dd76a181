import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { PROBLEM_CODES, schemaProblems, type Problem } from '../../shared/domain/problems';
import { TEXT_PROBLEM_CODES } from '../../shared/text/safeText';
import { personSchema, emptyPerson } from '../../shared/persons/person';
import { commonMessages } from './common';
import { problemMessage } from './problems';

async function translator(lng: 'ja' | 'en') {
  const i = i18next.createInstance();
  await i.init({
    resources: { ja: { translation: commonMessages.ja }, en: { translation: commonMessages.en } },
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return i.t;
}

const sample = (code: (typeof PROBLEM_CODES)[number]): Problem =>
  (TEXT_PROBLEM_CODES as readonly string[]).includes(code)
    ? ({ path: 'x', code, params: { at: 7 }, severity: 'error' } as Problem)
    : ({ path: 'x', code, severity: 'error' } as Problem);

describe('problemMessage', () => {
  for (const lng of ['ja', 'en'] as const) {
    it(`words every problem code in ${lng}, with nothing left to fill in`, async () => {
      const t = await translator(lng);
      for (const code of PROBLEM_CODES) {
        const text = problemMessage(t, sample(code));
        expect(text, code).not.toMatch(/problems\.|\{\{|\}\}/);
        expect(text.length, code).toBeGreaterThan(5);
      }
    });
  }

  it('names what was refused and where, in plain Japanese', async () => {
    const t = await translator('ja');
    const r = personSchema.safeParse({ ...emptyPerson('d01'), name: '山田\u0000花子', furigana: 'やまだ\u202e' });
    const [name, furigana] = r.success ? [] : schemaProblems(r.error);
    expect(name && problemMessage(t, name)).toBe(
      '見えない制御文字（NUL など）が含まれています（3文字目）。消してからもう一度保存してください。',
    );
    expect(furigana && problemMessage(t, furigana)).toMatch(/^文字の並ぶ向きを変える見えない記号が含まれています（4文字目）/);
  });

  it('uses a field’s own wording where it has one, and the plain one otherwise', async () => {
    const t = await translator('ja');
    const due: Problem = { path: 'actions.0.due', code: 'beforeRecord', severity: 'error' };
    expect(problemMessage(t, due)).toBe('期限が記録の日付より前になっています。');
    expect(problemMessage(t, due, { context: 'meeting' })).toBe('期限が会議の日より前です。');
    expect(problemMessage(t, { code: 'required' }, { context: 'meeting' })).toBe('必ず入力してください。');
    expect(problemMessage(t, { code: 'required' }, { context: 'person' })).toBe('対象者を選んでください。');
  });

  it('never lets zod’s own wording through', () => {
    const r = personSchema.safeParse({ ...emptyPerson('d01'), name: 'x'.repeat(101), sex: '不明', careFlags: 'x' });
    const codes = r.success ? [] : schemaProblems(r.error).map((p) => `${p.path}:${p.code}`);
    expect(codes).toEqual(['name:too_long', 'sex:invalid', 'careFlags:invalid']);
  });
});
