// The bundled templates as notes already written against them need them (see defaults.ts): every
// choice list offers 'not sure yet', the standard notes ask the もしも手帳's three questions in the
// city's words and name it, and no option a note may have chosen has gone.
import { describe, expect, it } from 'vitest';
import { plainText } from '../print/ruby';
import { DEFAULT_TEMPLATES, STANDARD_EN, STANDARD_JA } from './defaults';
import { rubyPlain } from './ruby';
import type { EndingNoteTemplate, Question } from './template';
import { endingNoteDocument } from './toPrint';

/**
 * Every option of every choice list as first shipped (version 1 of each bundled template, before
 * 'not sure yet' was added everywhere). Notes store the chosen option's text, so each of these
 * must still be offered, spelled the same.
 */
const SHIPPED_OPTIONS: Record<string, Record<string, string[]>> = {
  'ainet-standard-ja': {
    'blood-type': ['A型', 'B型', 'O型', 'AB型', 'わからない'],
    'care-place': ['自宅', '子ども・親族の家', '介護施設', '病院', '家族に任せる', 'わからない・まだ決めていない'],
    'care-cost': ['自分の年金・預貯金から', '家族に相談したい', 'わからない・まだ決めていない'],
    disclosure: ['病名も余命も知らせてほしい', '病名だけ知らせてほしい', '知らせないでほしい', '家族に任せる'],
    'life-prolonging': ['希望する', '希望しない', '家族に任せる', 'わからない・まだ決めていない'],
    'tube-feeding': ['希望する', '希望しない', '家族に任せる', 'わからない・まだ決めていない'],
    'organ-donation': ['提供したい', '提供したくない', '家族に任せる', 'わからない・まだ決めていない'],
    'acp-place': ['自宅', '病院', '介護施設', 'その他', 'わからない・まだ決めていない'],
    will: ['ある（自筆証書遺言）', 'ある（公正証書遺言）', 'ない', '作成するつもり'],
    'funeral-style': ['一般葬', '家族葬', '一日葬', '直葬（火葬のみ）', '家族に任せる'],
    interment: ['先祖の墓', '新しく墓を建てる', '納骨堂', '樹木葬', '散骨', '家族に任せる'],
  },
  'ainet-yasashii-ja': {
    'care-place': ['｜今《いま》の ｜家《いえ》', '｜家族《かぞく》の ｜家《いえ》', '｜施設《しせつ》（ホーム）', 'まだ わからない'],
    disclosure: ['｜教《おし》えて ほしい', '｜教《おし》えないで ほしい', '｜家族《かぞく》に ｜決《き》めて ほしい', 'まだ わからない'],
    'life-prolonging': ['｜受《う》けたい', '｜受《う》けたくない', '｜家族《かぞく》に ｜決《き》めて ほしい', 'まだ わからない'],
    'last-place': ['｜家《いえ》', '｜病院《びょういん》', '｜施設《しせつ》（ホーム）', 'まだ わからない'],
    will: ['ある', 'ない', 'これから ｜作《つく》る'],
    'funeral-style': [
      'ふつうの お｜葬式《そうしき》',
      '｜家族《かぞく》だけの お｜葬式《そうしき》',
      'お｜葬式《そうしき》は しない',
      '｜家族《かぞく》に まかせる',
    ],
  },
  'ainet-easy-ja': {
    'life-prolonging': ['してほしい', 'してほしくない', 'かぞくにまかせる'],
    place: ['じたく', 'びょういん', 'しせつ', 'わからない'],
    'funeral-style': ['ふつうの そうぎ', 'かぞくだけで', 'かぞくにまかせる'],
  },
  'ainet-standard-en': {
    'blood-type': ['A', 'B', 'O', 'AB', 'Not sure'],
    'care-place': ['At home', "At a child's or relative's home", 'In a care home', 'In hospital', 'Leave it to my family', 'Not sure yet'],
    'care-cost': ['From my pension and savings', 'To be discussed with family', 'Not sure yet'],
    disclosure: ['Tell me both', 'Tell me the diagnosis only', 'Do not tell me', 'Leave it to my family'],
    'life-prolonging': ['I want it', 'I do not want it', 'Leave it to my family', 'Not sure yet'],
    'tube-feeding': ['I want it', 'I do not want it', 'Leave it to my family', 'Not sure yet'],
    'organ-donation': ['I want to donate', 'I do not want to donate', 'Leave it to my family', 'Not sure yet'],
    'acp-place': ['At home', 'In hospital', 'In a care home', 'Elsewhere', 'Not sure yet'],
    will: ['Yes (handwritten)', 'Yes (notarised)', 'No', 'I intend to make one'],
    'funeral-style': ['Standard funeral', 'Family only', 'One-day funeral', 'Cremation only', 'Leave it to my family'],
    interment: ['Family grave', 'A new grave', 'Columbarium', 'Tree burial', 'Scattering of ashes', 'Leave it to my family'],
  },
};

/** How each bundled template says 'I don't know / haven't decided yet'. */
const UNSURE: Record<string, string> = {
  'ainet-standard-ja': 'わからない・まだ決めていない',
  'ainet-yasashii-ja': 'まだ わからない',
  'ainet-easy-ja': 'わからない',
  'ainet-standard-en': 'Not sure yet',
};
/** Lists asking a fact, not a wish: they offer 'I don't know' in that list's own words. */
const FACT_UNKNOWN: Record<string, Record<string, string>> = {
  'ainet-standard-ja': { 'blood-type': 'わからない' },
  'ainet-standard-en': { 'blood-type': 'Not sure' },
};

const choiceLists = (t: EndingNoteTemplate) =>
  t.sections
    .flatMap((s) => s.questions)
    .filter((q): q is Extract<Question, { kind: 'single' | 'multi' }> => q.kind === 'single' || q.kind === 'multi');
const question = (t: EndingNoteTemplate, id: string) => t.sections.flatMap((s) => s.questions).find((q) => q.id === id);

describe('bundled ending-note templates', () => {
  it("every choice list offers 'not sure yet' (告知 included), in the template's own words", () => {
    for (const t of DEFAULT_TEMPLATES) {
      const unsure = UNSURE[t.id];
      expect(unsure, t.id).toBeDefined();
      const lists = choiceLists(t);
      expect(lists.length, t.id).toBeGreaterThan(0);
      for (const q of lists) {
        const expected = FACT_UNKNOWN[t.id]?.[q.id] ?? unsure;
        expect(q.options.map(rubyPlain), `${t.id} ${q.id}`).toContain(expected);
      }
    }
    expect(choiceLists(STANDARD_JA).find((q) => q.id === 'disclosure')?.options).toContain('わからない・まだ決めていない');
  });

  it('no option a note may have chosen is gone or respelled, and such an answer still prints checked', () => {
    for (const [templateId, lists] of Object.entries(SHIPPED_OPTIONS)) {
      const t = DEFAULT_TEMPLATES.find((x) => x.id === templateId);
      expect(t, templateId).toBeDefined();
      if (!t) continue;
      for (const [questionId, options] of Object.entries(lists)) {
        const q = question(t, questionId);
        expect(q?.kind === 'single' || q?.kind === 'multi', `${templateId} ${questionId}`).toBe(true);
        if (q?.kind !== 'single' && q?.kind !== 'multi') continue;
        for (const option of options) {
          expect(q.options, `${templateId} ${questionId}`).toContain(option);
          const answer = q.kind === 'single' ? option : [option];
          const doc = endingNoteDocument(t, { size: 'standard', answers: { [questionId]: answer }, printedOn: '2026-11-27' });
          const box = doc.blocks.find((b) => b.kind === 'checkboxes' && plainText(b.label ?? '') === rubyPlain(q.label));
          expect(box?.kind === 'checkboxes' && box.checked, `${templateId} ${questionId} ${option}`).toEqual([rubyPlain(option)]);
        }
      }
    }
  });

  it('the standard note asks the もしも手帳 questions in the city’s words, names it, and asks for people to talk it over', () => {
    const medical = STANDARD_JA.sections.find((s) => s.id === 'medical');
    expect(medical?.guidance).toContain('「もしも手帳」');
    const asked = ['acp-values', 'acp-proxy', 'acp-place'].map((id) => question(STANDARD_JA, id));
    // 横浜市「もしも手帳」 (revised R6.10), its three questions as the city words them.
    expect(asked.map((q) => q?.label)).toEqual([
      'どんな治療やケアを受けたいか',
      '自分で決められなくなったら、代わりに誰に話し合ってほしいか',
      'どこで過ごしたいか',
    ]);
    asked.forEach((q, i) => expect(q?.help, q?.id).toContain(`「もしも手帳」の問い${'１２３'[i]}`));
    // Several people who talk it through, not one who decides: rows for more than one.
    const proxy = question(STANDARD_JA, 'acp-proxy');
    expect(proxy?.kind === 'table' && proxy.blankRows).toBeGreaterThanOrEqual(3);
    expect(proxy?.help).toContain('話し合って');
    // The printed blank note carries them, in its 医療・終末期 section.
    const blocks = endingNoteDocument(STANDARD_JA, { size: 'standard' }).blocks;
    const at = (text: string) => blocks.findIndex((b) => 'label' in b && b.label !== undefined && plainText(b.label) === text);
    const section = blocks.findIndex((b) => b.kind === 'heading' && plainText(b.text) === '5. 医療・終末期');
    const next = blocks.findIndex((b) => b.kind === 'heading' && plainText(b.text) === '6. 財産');
    for (const q of asked) {
      expect(at(q?.label ?? ''), q?.id).toBeGreaterThan(section);
      expect(at(q?.label ?? ''), q?.id).toBeLessThan(next);
    }
  });

  it('the English note names the Moshimo Techo and asks for people to talk it over, not one who decides', () => {
    expect(STANDARD_EN.sections.find((s) => s.id === 'medical')?.guidance).toContain('Moshimo Techo');
    const proxy = question(STANDARD_EN, 'acp-proxy');
    expect(proxy?.label).toMatch(/talk it over/);
    expect(proxy?.label).not.toMatch(/decide for me/);
    for (const id of ['acp-values', 'acp-proxy', 'acp-place'])
      expect(question(STANDARD_EN, id)?.help, id).toMatch(/Moshimo Techo, question [123]/);
  });
});
