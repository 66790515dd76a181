// Names in every script the ward's residents write them in, printed with the bundled fonts and
// read back with pdftotext: Japanese (with 𠮷, 髙, 﨑, variation sequences and decomposed kana),
// Chinese (simplified and traditional), Korean, Portuguese, Spanish, Tagalog and Vietnamese
// (precomposed and decomposed). All names are fictional.
import { describe, expect, it } from 'vitest';
import { FontSet, nextFallback } from './fonts';
import { findMissingGlyphs } from './missing';
import type { PrintDocument } from './model';
import { renderPdf } from './render';
import { TextMeasure } from './textMeasure';
import { allNodeFonts, nodeFallback, nodeFonts, pdfFonts, pdfText, popplerMissing } from './testing/nodeFonts';

const all = new FontSet(allNodeFonts());
const japanese = new FontSet(nodeFonts());
const noPoppler = popplerMissing('shared/print/names.test.ts');

const NAMES: Record<string, string[]> = {
  Japanese: ['架空 太郎', '𠮷野 花子', '髙橋 﨑子', '葛\u{E0100}城 一郎', '辻\u{E0100}本 次郎', 'しまた\u3099 はな', 'か\u309Aわ てすと'],
  Chinese: ['张伟', '王芳', '刘洋', '陳美玲', '黃志明', '梁𨋢'],
  Korean: ['김민준', '이서연', '박지훈', '최수아'],
  Portuguese: ['João Conceição', 'Gonçalves Araújo'],
  Spanish: ['María José Muñoz', 'Peñaloza Núñez'],
  Tagalog: ['Juan Dela Cruz', 'Niño Santos', 'Ñino Dela Peña'],
  Vietnamese: ['Nguyễn Thị Ánh', 'Trần Văn Đức', 'Đặng Thu Hương', 'Phạm Quốc Việt'],
  'Vietnamese (decomposed)': ['Nguyễn Thị Ánh'.normalize('NFD'), 'Trần Văn Đức'.normalize('NFD'), 'Đặng Thu Hương'.normalize('NFD')],
};

function doc(names: readonly string[]): PrintDocument {
  return {
    title: '氏名の印字確認（架空）',
    personal: false,
    size: 'standard',
    blocks: [{ kind: 'table', columns: [{ header: '氏名' }], rows: names.map((n) => [n]) }],
  };
}

/**
 * What pdftotext should give back: the name as typed, composed where a font drew a composed glyph
 * (NFC leaves variation sequences, か゚ and these names' ideographs as they are).
 */
const expected = (name: string): string => name.normalize('NFC');

describe('names in every script', () => {
  it('every name can be drawn with the bundled fonts: nothing is reported missing', () => {
    expect(findMissingGlyphs(doc(Object.values(NAMES).flat()), all)).toEqual([]);
  });

  for (const [script, names] of Object.entries(NAMES)) {
    it.skipIf(noPoppler !== undefined)(`${script}: pdftotext gives every name back`, () => {
      const bytes = renderPdf(doc(names), all, { creationDate: new Date('2025-04-01T00:00:00Z') });
      const lines = (pdfText(bytes)[0] ?? '').split('\n').map((l) => l.trim());
      for (const name of names) expect(lines, `${JSON.stringify(name)} in ${JSON.stringify(lines)}`).toContain(expected(name));
    });
  }

  it.skipIf(noPoppler !== undefined)('the variation sequences come back with their selector, and the decomposed か゚ with its mark', () => {
    const text = pdfText(renderPdf(doc(['葛\u{E0100}城', '葛城', '邉\u{E0108}', 'か\u309A']), all)).join('');
    expect(text).toContain('葛\u{E0100}城');
    expect(text).toMatch(/(^|\n)葛城/);
    // No bundled face has 邉 + U+E0108: the base glyph prints, and the text still says what was typed.
    expect(text).toContain('邉\u{E0108}');
    expect(text).toContain('か\u309A');
  });

  it.skipIf(noPoppler !== undefined)('embeds Korean and Chinese faces only for the names that need them', () => {
    const faces = (names: string[]): string[] => pdfFonts(renderPdf(doc(names), all)).map((f) => f.name.split('+')[1] ?? '');
    expect(faces(NAMES.Japanese ?? []).sort()).toEqual(['BIZUDGothic-Bold', 'BIZUDGothic-Regular', 'NotoSansJP-Regular']);
    expect(faces(['김민준'])).toContain('NotoSansKR-Regular');
    expect(faces(['张伟'])).toContain('NotoSansSC-Regular');
    expect(faces(['梁𨋢'])).toContain('NotoSansTC-Regular');
    for (const f of faces([...(NAMES.Portuguese ?? []), ...(NAMES.Spanish ?? []), ...(NAMES.Tagalog ?? [])]))
      expect(f).not.toMatch(/KR|SC|TC/);
  });
});

describe('the fallback chain', () => {
  const face = (text: string, bold = false): string[] => all.runs(text, bold).map((r) => `${r.face.key}:${r.text}`);

  it('keeps the Japanese faces first: a Japanese name never switches to a Korean or Chinese glyph form', () => {
    for (const name of ['高橋 直美', '角田 骨太', '吉田 海', '陳美玲', '黃志明', '辺見 令子']) {
      for (const run of all.runs(name, false)) expect(run.face.key, `${name}: ${run.text}`).toMatch(/^(primary|fallback)-/);
    }
    expect(face('𠮷野')).toEqual(['fallback-regular:𠮷', 'primary-regular:野']);
  });

  it('then Noto Sans KR, SC and TC, in that order, whatever order the files come in', () => {
    const reversed = new FontSet({ ...nodeFonts(), more: [nodeFallback('tc'), nodeFallback('sc'), nodeFallback('kr')] });
    expect(reversed.families).toEqual(['kr', 'sc', 'tc']);
    expect(face('김민준')).toEqual(['kr-regular:김민준']);
    expect(face('张伟')).toEqual(['sc-regular:张伟']);
    expect(face('梁𨋢')).toEqual(['primary-regular:梁', 'tc-regular:𨋢']);
    expect(face('김민준', true)).toEqual(['kr-bold:김민준']);
  });

  it('without the fallbacks Hangul and simplified Chinese are reported, and nextFallback names the family to load, in chain order', () => {
    const missing = findMissingGlyphs(doc(['김민준', '张伟']), japanese).map((m) => m.codePoint);
    expect(missing).toEqual(['U+AE40', 'U+BBFC', 'U+C900', 'U+5F20', 'U+4F1F']);
    const cps = (s: string): number[] => [...s].map((c) => c.codePointAt(0) ?? 0);
    expect(nextFallback(cps('张伟'), [])).toBe('kr');
    expect(nextFallback(cps('张伟'), ['kr'])).toBe('sc');
    expect(nextFallback(cps('𨋢'), ['kr', 'sc'])).toBe('tc');
    expect(nextFallback(cps('𨋢'), ['kr', 'sc', 'tc'])).toBeUndefined();
    // Nothing a Korean or Chinese face adds: no fetch for an emoji.
    expect(nextFallback(cps('😀'), [])).toBeUndefined();
  });

  it('draws a run of Latin words in one face: Nguyễn all in Noto Sans JP (BIZ UDGothic lacks ễ), João in BIZ UDGothic', () => {
    expect(face('Nguyễn')).toEqual(['fallback-regular:Nguyễn']);
    expect(face('João')).toEqual(['primary-regular:João']);
    expect(face('João Nguyễn')).toEqual(['fallback-regular:João Nguyễn']);
    expect(face('João（鶴見）Nguyễn')).toEqual(['primary-regular:João（鶴見）', 'fallback-regular:Nguyễn']);
    expect(face('다음 주 10시에')).toEqual(['kr-regular:다음 주 10시에']);
  });
});

describe('variation sequences and combining marks', () => {
  const biz = (): ReturnType<FontSet['runs']>[number]['face'] => {
    const f = all.runs('葛', false)[0]?.face;
    if (!f) throw new Error('no face for 葛');
    return f;
  };

  it('葛 + U+E0100 and 辻 + U+E0100 print with BIZ UDGothic’s own glyph for the sequence (cmap format 14)', () => {
    for (const base of ['葛', '辻']) {
      const [plain] = all.runs(base, false);
      const [variant] = all.runs(`${base}\u{E0100}`, false);
      expect(variant?.face.key).toBe('primary-regular');
      expect(variant?.glyphs.map((g) => g.text)).toEqual([`${base}\u{E0100}`]);
      expect(variant?.glyphs[0]?.gid).toBe(biz().variations?.glyph(base.codePointAt(0) ?? 0, 0xe0100));
      expect(variant?.glyphs[0]?.gid).not.toBe(plain?.glyphs[0]?.gid);
      expect(variant?.widthEm).toBe(plain?.widthEm);
    }
  });

  it('a sequence no face knows prints the base glyph', () => {
    const [run] = all.runs('邉\u{E0108}', false);
    expect(run?.glyphs.map((g) => [g.gid, g.text])).toEqual([[biz().cmap.get(0x9089), '邉\u{E0108}']]);
  });

  it('a decomposed cluster prints with the precomposed glyph of its NFC form', () => {
    expect(all.runs('e\u0301', false)[0]?.glyphs.map((g) => g.text)).toEqual(['é']);
    expect(all.runs('か\u3099', false)[0]?.glyphs.map((g) => g.text)).toEqual(['が']);
    expect(all.runs('Nguye\u0302\u0303n', false).map((r) => r.glyphs.map((g) => g.text).join(''))).toEqual(['Nguyễn']);
    // CJK compatibility ideographs are never normalised (NFC would turn 﨑 into nothing else, but 神 U+FA19 into 神).
    expect(all.runs('\uFA19', false)[0]?.glyphs.map((g) => g.text)).toEqual(['\uFA19']);
  });

  it('without a precomposed form the mark is placed over its base (か゚: at the upper right, with no width of its own)', () => {
    const [run] = all.runs('か\u309A', false);
    // The mark first, the base last: the cluster ends where its base does.
    expect(run?.glyphs.map((g) => g.text)).toEqual(['\u309A', 'か']);
    expect(run?.glyphs[0]?.cluster).toEqual({ text: 'か\u309A', glyphs: 2 });
    expect(run?.widthEm).toBe(all.runs('か', false)[0]?.widthEm);
    const [mark, base] = run?.glyphs ?? [];
    expect(mark?.dx).toBeGreaterThan(0.5);
    expect(mark?.dx).toBeLessThan(1);
    expect(base?.dx).toBe(-(mark?.dx ?? 0));
  });

  it('a mark over a capital is raised clear of it; over a lowercase letter it is not', () => {
    const rise = (text: string): number | undefined => all.runs(text, false)[0]?.glyphs.find((g) => g.text === '\u0308')?.rise;
    expect(rise('W\u0308')).toBeGreaterThan(0.1);
    expect(rise('x\u0308') ?? 0).toBe(0);
  });

  it.skipIf(noPoppler !== undefined)('pdftotext reads a base with its marks placed over it as one character (ActualText)', () => {
    const text = pdfText(renderPdf(doc(['aŋ\u0301b', 'xW\u0308y', 'Q\u0303\u0301 end']), all)).join('');
    for (const s of ['aŋ\u0301b', 'xW\u0308y', 'Q\u0303\u0301 end']) expect(text.normalize('NFC')).toContain(s.normalize('NFC'));
  });

  it('a mark that no face has is reported, with its base', () => {
    const missing = findMissingGlyphs(doc(['x\u0323y', 'Nguye\u0302\u0303n']), all);
    expect(missing.map((m) => [m.codePoint, m.locations])).toEqual([['U+0323', ['blocks[0].rows[0][0]']]]);
  });
});

describe('wrapping with the real fonts', () => {
  const m = new TextMeasure(all);
  const paragraphs = [
    'Thứ Hai tuần sau, từ 10 giờ sáng, bạn có thể được tư vấn tại trung tâm cư dân. Nếu có thắc mắc, xin vui lòng liên hệ bất cứ lúc nào.',
    '다음 주 월요일 오전 10시에 주민센터에서 상담을 받으실 수 있습니다. 궁금한 점이 있으시면 언제든지 연락해 주십시오.',
    'Este caderno serve para transmitir seus pensamentos e desejos à família. Ang kuwadernong ito ay para sa pamilya.',
    '请于下周一到区役所咨询，电话：045-510-1818。鶴見区の「あいねっと」では、Nguyễn さんと김민준さんが待っています。',
  ];
  it.each(paragraphs)('every line of %s fits, measured as drawn, and words break only at spaces', (text) => {
    const words = new Set(text.split(' '));
    for (let width = 25; width <= 180; width += 5) {
      const lines = m.wrap(text, width, 10.5);
      expect(lines.join(' ').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      for (const line of lines) expect(m.width(line, 10.5), `${width} mm: ${line}`).toBeLessThanOrEqual(width + 1e-9);
      if (/[\u3000-\u9fff]/.test(text)) continue;
      for (const line of lines) for (const w of line.split(' ')) expect(words, `${width} mm`).toContain(w);
      // Greedy and measured as drawn: the next line's first word would not have fitted.
      lines.slice(0, -1).forEach((line, i) => {
        const next = `${line} ${lines[i + 1]?.split(' ')[0] ?? ''}`;
        expect(m.width(next, 10.5), `${width} mm: ${next}`).toBeGreaterThan(width);
      });
    }
  });
});
