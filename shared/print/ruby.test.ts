// Ruby (ふりがな) in the print engine: a group is never split by line breaking, its reading is
// centred above its base at half size, a line grows only where it has ruby, and pdftotext reads
// 「漢字（かんじ）」 in the line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockChunks, type BlockContext } from './blocks';
import { lineHeight } from './draw';
import { FontSet } from './fonts';
import { findMissingGlyphs } from './missing';
import type { PrintDocument, RichText, RubyRun, TextRun } from './model';
import type { DrawOp } from './ops';
import { renderPdf } from './render';
import { drawRichLine, plainText, RUBY_SCALE, rubyRise, wrapRich, type RichLine } from './ruby';
import { nodeFonts, pdfText, popplerMissing } from './testing/nodeFonts';
import { TextMeasure } from './textMeasure';
import { PAGE, PT_TO_MM, THEMES } from './theme';

const fonts = new FontSet(nodeFonts());
const m = new TextMeasure(fonts);
const g = (base: string, ruby: string): RubyRun => ({ base, ruby });
const SIZE = 14;
const texts = (ops: readonly DrawOp[]) => ops.filter((o): o is Extract<DrawOp, { op: 'text' }> => o.op === 'text');
const doc = (blocks: PrintDocument['blocks'], extra: Partial<PrintDocument> = {}): PrintDocument => ({
  title: '試験',
  personal: false,
  size: 'large',
  blocks,
  ...extra,
});

/** The bases and plain text of lines, and each line's groups. */
const lineText = (l: RichLine) => plainText(l.runs);
const groupsOf = (l: RichLine) => l.runs.filter((r): r is RubyRun => typeof r !== 'string');

describe('wrapRich: a ruby group is one unbreakable unit', () => {
  const sentence: TextRun[] = [
    'この',
    g('書類', 'しょるい'),
    'は、',
    g('法律', 'ほうりつ'),
    'で',
    g('決', 'き'),
    'められた',
    g('遺言書', 'ゆいごんしょ'),
    'ではありません。',
    g('承', 'うけたまわ'),
    'ります。',
  ];

  it('at every width from one group to the whole text: groups whole, nothing lost, lines fit', () => {
    const total = m.width(plainText(sentence), SIZE) * 2;
    for (let width = 12; width <= total; width += 0.7) {
      const lines = wrapRich(m, sentence, width, SIZE);
      expect(lines.map(lineText).join('')).toBe(plainText(sentence));
      const groups = lines.flatMap(groupsOf);
      expect(groups).toEqual(sentence.filter((r) => typeof r !== 'string'));
      for (const l of lines) expect(l.ruby).toBe(groupsOf(l).length > 0);
      for (const l of lines) {
        const ops = drawRichLine(m, l, 0, 0, 8, { size: SIZE, bold: false });
        const right = Math.max(...texts(ops).map((o) => o.x + m.width(o.text, o.size, o.bold)));
        // A line may be wider than the column only when it is one group (and what 禁則 ties to it).
        if (l.runs.length > 2) expect(right, `width ${width}: ${lineText(l)}`).toBeLessThanOrEqual(width + 0.01);
      }
    }
  });

  it('never breaks before a no-start character after a group (禁則 holds across a group)', () => {
    const text: TextRun[] = [g('名前', 'なまえ'), '。', g('住所', 'じゅうしょ'), '、', g('電話', 'でんわ'), '」'];
    // From the widest chain 禁則 makes (a group and the mark after it) up.
    for (let width = 24; width < 60; width += 0.5)
      for (const l of wrapRich(m, text, width, SIZE)) expect(lineText(l)).not.toMatch(/^[。、」]/);
  });

  it('random text with groups, at random widths: groups whole and in order, text kept (property)', () => {
    const kana = fc.constantFrom('あ', 'い', 'う', 'の', 'を', '、', '。', 'ー', 'っ', '「', '」', ' ');
    const group = fc.record({
      base: fc.constantFrom('漢', '漢字', '𠮷野', '葛\u{E0100}', '日本語'),
      ruby: fc.constantFrom('か', 'かんじ', 'よしの', 'くず', 'にほんご', 'うけたまわ'),
    });
    const run = fc.oneof(kana, group);
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 30 }), fc.double({ min: 5, max: 120, noNaN: true }), (runs, width) => {
        const lines = wrapRich(m, runs, width, SIZE);
        const groups = runs.filter((r) => typeof r !== 'string');
        expect(lines.flatMap(groupsOf)).toEqual(groups);
        // Only spaces at a break may go.
        expect(lines.map(lineText).join('').replace(/ /g, '')).toBe(plainText(runs).replace(/ /g, ''));
      }),
    );
  });

  it('with keepPhrases, lines break only between phrases (at spaces, after 。、)', () => {
    const easy: TextRun[] = [
      g('暗証番号', 'あんしょうばんごう'),
      'や パスワードは ',
      g('書', 'か'),
      'かないで ください。',
      g('気持', 'きも'),
      'ちが ',
      g('変', 'か'),
      'わったら、いつでも ',
      g('書', 'か'),
      'き',
      g('直', 'なお'),
      'して いいです。',
    ];
    const phrasesIn = (text: string) => text.split(/ |(?<=[。、])/).filter(Boolean);
    const phrases = phrasesIn(plainText(easy));
    const whole = (lines: RichLine[]) => lines.every((l) => phrasesIn(lineText(l)).every((p) => phrases.includes(p)));
    for (let width = 45; width < 200; width += 3) {
      const lines = wrapRich(m, easy, width, SIZE, false, true);
      expect(whole(lines), `width ${width}: ${lines.map(lineText).join(' / ')}`).toBe(true);
      expect(lines.map(lineText).join('').replace(/ /g, '')).toBe(plainText(easy).replace(/ /g, ''));
    }
    // Without it, the same text breaks inside phrases at some width.
    expect([45, 60, 75, 90].some((w) => !whole(wrapRich(m, easy, w, SIZE)))).toBe(true);
  });
});

describe('drawing: the reading centred above its base at half size', () => {
  it('centres reading and base on one axis, at RUBY_SCALE of the size, above the base', () => {
    for (const group of [g('漢字', 'かんじ'), g('承', 'うけたまわ'), g('日本語', 'にほんご'), g('𠮷', 'よし')]) {
      const [line] = wrapRich(m, ['あ', group, 'い'], 200, SIZE);
      const ops = texts(drawRichLine(m, line ?? { runs: [], ruby: false }, 10, 50, lineHeight(SIZE, 1.6), { size: SIZE, bold: false }));
      const base = ops.find((o) => o.text === group.base);
      const ruby = ops.find((o) => o.text === group.ruby);
      if (!base || !ruby) throw new Error(`no ops for ${group.base}`);
      const centre = (o: typeof base) => o.x + m.width(o.text, o.size, o.bold) / 2;
      expect(Math.abs(centre(base) - centre(ruby)), group.base).toBeLessThan(0.01);
      expect(ruby.size).toBeCloseTo(SIZE * RUBY_SCALE, 6);
      // Above the base's em box (0.88 em over the baseline), below the line box's top.
      expect(base.y - ruby.y).toBeGreaterThan(SIZE * PT_TO_MM * 0.88);
      expect(ruby.y - SIZE * RUBY_SCALE * PT_TO_MM * 0.88).toBeGreaterThan(50);
      // The reading is not read as text; the base reads as 「漢字（かんじ）」.
      expect(ruby.actualText).toBe('');
      expect(base.actualText).toBe(`${group.base}（${group.ruby}）`);
    }
  });

  it('a reading wider than its base overhangs kana beside it, never a kanji', () => {
    const wide = g('承', 'うけたまわ');
    const advance = (runs: TextRun[]): number => {
      const [line] = wrapRich(m, runs, 500, SIZE);
      const ops = texts(drawRichLine(m, line ?? { runs: [], ruby: false }, 0, 0, 8, { size: SIZE, bold: false }));
      const after = ops.find((o) => o.text === runs[2]);
      const before = ops.find((o) => o.text === runs[0]);
      return (after?.x ?? 0) - ((before?.x ?? 0) + m.width(String(runs[0]), SIZE));
    };
    const rubyW = m.width(wide.ruby, SIZE * RUBY_SCALE);
    const baseW = m.width(wide.base, SIZE);
    expect(advance(['あ', wide, 'い'])).toBeLessThan(rubyW - 0.01);
    expect(advance(['あ', wide, 'い'])).toBeGreaterThanOrEqual(baseW - 0.01);
    expect(advance(['漢', wide, '字'])).toBeCloseTo(rubyW, 3);
  });
});

describe('line height grows only where a line has ruby', () => {
  const t = THEMES.large;
  const ctx: BlockContext = { m, t, left: PAGE.left, width: 120, lang: 'ja', keepPhrases: false };
  it('a paragraph: plain lines keep the leading, ruby lines add half the size', () => {
    const plain = 'ふつうの文がつづきます。'.repeat(3);
    const text: RichText = [plain, g('漢字', 'かんじ'), 'のある行。'];
    const chunks = blockChunks({ kind: 'paragraph', text }, ctx);
    const lh = lineHeight(t.body, t.leading);
    const lines = wrapRich(m, text, 120, t.body);
    expect(chunks.length).toBe(lines.length);
    expect(lines.some((l) => !l.ruby)).toBe(true);
    chunks.forEach((c, i) => expect(c.height).toBeCloseTo(lines[i]?.ruby ? lh + rubyRise(t.body) : lh, 6));
    expect(rubyRise(t.body)).toBeCloseTo(t.body * RUBY_SCALE * PT_TO_MM, 6);
  });
  it('a heading, a note and a table header row grow with ruby and not without', () => {
    const h = (text: RichText) => blockChunks({ kind: 'heading', level: 2, text }, ctx)[0]?.height ?? 0;
    expect(h(['1. ', g('自分', 'じぶん'), 'のこと']) - h('1. 自分のこと')).toBeCloseTo(rubyRise(t.heading[1]), 6);
    const n = (text: RichText) => blockChunks({ kind: 'note', text }, ctx)[0]?.height ?? 0;
    expect(n([g('注意', 'ちゅうい')]) - n('注意')).toBeCloseTo(rubyRise(t.body), 6);
    const header = (header: RichText) => blockChunks({ kind: 'table', columns: [{ header }], blankRows: 1 }, ctx)[0]?.height ?? 0;
    expect(header([g('名前', 'なまえ')]) - header('名前')).toBeCloseTo(rubyRise(t.body), 6);
  });
});

const noPoppler = popplerMissing('shared/print/ruby.test.ts');

describe.skipIf(noPoppler !== undefined)('pdftotext reads ruby back in the line', () => {
  it('「漢字（かんじ）」 in reading order, the reading not on a line of its own, in both modes', () => {
    const text: RichText = ['この ', g('書類', 'しょるい'), 'は ', g('遺言書', 'ゆいごんしょ'), 'の かわりには なりません。'];
    const bytes = renderPdf(
      doc([
        { kind: 'heading', level: 2, text: ['1. ', g('自分', 'じぶん'), 'の こと'] },
        { kind: 'paragraph', text },
        { kind: 'checkboxes', options: [[g('今', 'いま'), 'の ', g('家', 'いえ')], 'まだ わからない'] },
      ]),
      fonts,
    );
    for (const layout of [false, true]) {
      const page = pdfText(bytes, layout)[0] ?? '';
      const lines = page.split('\n').map((l) => l.trim());
      expect(lines).toContain('1. 自分（じぶん）の こと');
      expect(lines).toContain('この 書類（しょるい）は 遺言書（ゆいごんしょ）の かわりには なりません。');
      expect(page).toMatch(/今（いま）の 家（いえ）\s+まだ わからない/);
      // Each reading comes back once, after its base.
      for (const r of ['じぶん', 'しょるい', 'ゆいごんしょ', 'いま', 'いえ']) expect(page.split(r).length - 1).toBe(1);
    }
  });
});

describe('missing glyphs in ruby', () => {
  it('a reading no font can draw is reported where it is', () => {
    const missing = findMissingGlyphs(doc([{ kind: 'paragraph', text: ['ok', g('漢字', 'か😀')] }]), fonts);
    expect(missing.map((x) => [x.char, x.locations])).toEqual([['😀', ['blocks[0].text']]]);
  });
});
