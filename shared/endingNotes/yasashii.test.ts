// The やさしい日本語 template (docs/domain.md §4.5): a reading on every kanji, short sentences,
// no honorific forms; it prints blank and filled at 特大 and reads back with its readings.
import { describe, expect, it } from 'vitest';
import { FontSet } from '../print/fonts';
import { renderPdf } from '../print/render';
import { nodeFonts, pdfText, popplerMissing } from '../print/testing/nodeFonts';
import { DEFAULT_TEMPLATES, YASASHII_JA } from './defaults';
import { kanjiWithoutRuby, rubyPlain } from './ruby';
import { sampleAnswers } from './sampleNote';
import { templateSchema, type EndingNoteTemplate } from './template';
import { endingNoteDocument } from './toPrint';

/** Every piece of text a template prints, with where it is. */
function templateTexts(t: EndingNoteTemplate): [string, string][] {
  const out: [string, string][] = [['name', t.name]];
  for (const s of t.sections) {
    out.push([`${s.id}.title`, s.title]);
    if (s.guidance) out.push([`${s.id}.guidance`, s.guidance]);
    for (const q of s.questions) {
      out.push([`${q.id}.label`, q.label]);
      if (q.help) out.push([`${q.id}.help`, q.help]);
      if (q.kind === 'single' || q.kind === 'multi') for (const o of q.options) out.push([`${q.id}.option`, o]);
      if (q.kind === 'table') for (const c of q.columns) out.push([`${q.id}.column`, c.label]);
    }
  }
  return out;
}

/** The fixed wording the form builder adds for an easy template (disclaimer, name, dates). */
function builderTexts(): string[] {
  const doc = endingNoteDocument(YASASHII_JA, { size: 'large', personName: '架空', printedOn: '2026-11-27', answers: {} });
  return doc.blocks.flatMap((b) => {
    if (b.kind === 'note') return [b.title ?? '', b.text].map(joinRuns);
    if (b.kind === 'field' && b.value !== undefined) return [joinRuns(b.label)];
    return [];
  });
}
/** Rich text back to the notation, to check it like template text. */
const joinRuns = (t: string | readonly (string | { base: string; ruby: string })[]): string =>
  typeof t === 'string' ? t : t.map((r) => (typeof r === 'string' ? r : `｜${r.base}《${r.ruby}》`)).join('');

describe('the やさしい日本語 template', () => {
  it('is bundled, valid, an easy Japanese template, with unique question ids', () => {
    expect(DEFAULT_TEMPLATES).toContain(YASASHII_JA);
    expect(templateSchema.safeParse(YASASHII_JA).success).toBe(true);
    expect([YASASHII_JA.language, YASASHII_JA.variant]).toEqual(['ja', 'easy']);
  });

  it('has a reading on every kanji, in its own text and in what the form builder adds', () => {
    for (const [where, text] of templateTexts(YASASHII_JA)) expect(kanjiWithoutRuby(text), where).toEqual([]);
    for (const text of builderTexts()) expect(kanjiWithoutRuby(text), text).toEqual([]);
  });

  it('keeps sentences short (at most 40 characters) and uses no honorific forms', () => {
    const HONORIFIC = /いただ|ございま|おりま|いたしま|なさい|申し|存じ|伺|召し|くださいませ|ご記入|お書き/;
    for (const [where, text] of [...templateTexts(YASASHII_JA), ...builderTexts().map((t): [string, string] => ['builder', t])]) {
      const plain = rubyPlain(text);
      for (const sentence of plain.split(/(?<=[。？])/))
        expect([...sentence.replace(/ /g, '')].length, `${where}: ${sentence}`).toBeLessThanOrEqual(40);
      expect(plain, where).not.toMatch(HONORIFIC);
    }
  });

  it('is written with spaces between phrases, and prints with lines broken only there', () => {
    const doc = endingNoteDocument(YASASHII_JA, { size: 'large' });
    expect(doc.keepPhrases).toBe(true);
    expect(doc.size).toBe('large');
    // Phrases are short, between spaces and after 。、：: at most 16 characters, and at most 12 in
    // a field's label (the label column of a 特大 form holds 13).
    const fields = new Set(
      YASASHII_JA.sections.flatMap((sec) =>
        sec.questions.filter((q) => q.kind === 'shortText' || q.kind === 'date').map((q) => `${q.id}.label`),
      ),
    );
    for (const [where, t] of templateTexts(YASASHII_JA))
      for (const p of rubyPlain(t).split(/ |(?<=[。、：])/))
        expect([...p].length, `${where}: ${p}`).toBeLessThanOrEqual(fields.has(where) ? 12 : 16);
  });

  const noPoppler = popplerMissing('shared/endingNotes/yasashii.test.ts');
  const fonts = new FontSet(nodeFonts());

  it.skipIf(noPoppler !== undefined)(
    'prints blank at 特大: every section in order with its readings, the 記入日 line in easy words',
    () => {
      const pages = pdfText(renderPdf(endingNoteDocument(YASASHII_JA, { size: 'large' }), fonts));
      expect(pages.length).toBeLessThanOrEqual(7);
      const text = pages.join('');
      let at = 0;
      for (const title of [
        'わたしの こと',
        '連絡（れんらく）して ほしい 人（ひと）',
        '病気（びょうき）や 介護（かいご）の とき',
        '伝（つた）えたい こと',
      ]) {
        const next = text.indexOf(title, at);
        expect(next, title).toBeGreaterThanOrEqual(at);
        at = next;
      }
      expect(text).toContain('法律（ほうりつ）の 書類（しょるい）では ありません');
      for (const page of pages) expect(page).toContain('書（か）いた 日（ひ）');
    },
  );

  it.skipIf(noPoppler !== undefined)('prints filled: answers as typed, chosen options checked, personal', () => {
    const answers = {
      ...sampleAnswers(YASASHII_JA, 1),
      languages: 'ポルトガル語、日本語',
      'care-place': '｜家族《かぞく》の ｜家《いえ》',
    };
    const doc = endingNoteDocument(YASASHII_JA, { size: 'large', personName: '架空 マリア', printedOn: '2026-11-27', answers });
    expect(doc.personal).toBe(true);
    const care = doc.blocks.find(
      (b) => b.kind === 'checkboxes' && b.options.length === 4 && rubyPlain(joinRuns(b.label ?? '')).includes('暮らしたい'),
    );
    expect(care?.kind === 'checkboxes' && care.checked).toEqual(['家族の 家']);
    const text = pdfText(renderPdf(doc, fonts)).join('');
    expect(text).toContain('架空 マリア');
    expect(text).toContain('ポルトガル語、日本語');
    expect(text).toContain('作（つく）った 日（ひ）');
  });
});
