// Ruby (ふりがな) in template text, in the notation of Japanese publishing (青空文庫 and most
// novel-posting sites): 「｜漢字《かんじ》」 puts かんじ over 漢字. The bar may be left out when the
// base is the kanji just before 《: 「自分《じぶん》」. Anything else is literal text: a 《…》
// with no base before it, a bar with no 《…》 after it, an empty or multi-line reading. 「｜《」
// prints a literal 《 (for a 《 right after a kanji). Only template text (labels, headings,
// guidance, options) is read this way; answers a person typed are never parsed.
import type { RichText, TextRun } from '../print/model';
import { plainText } from '../print/ruby';

const BARS = new Set(['｜', '|']);
const OPEN = '《';
const CLOSE = '》';
/** Kanji (with 々〆〇ヶ and variation selectors after them) form an implicit base. */
const TRAILING_KANJI = /(?:[\p{Script=Han}々〆〇ヵヶ][\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]*)+$/u;
const KANJI = /[\p{Script=Han}々〆〇]/u;

/** Index of the 》 closing a reading that starts at `from`, or -1 (empty, or 《 ｜ or a newline inside). */
function readingEnd(cs: readonly string[], from: number): number {
  for (let i = from; i < cs.length; i++) {
    const c = cs[i] ?? '';
    if (c === CLOSE) return i > from ? i : -1;
    if (c === OPEN || c === '\n' || BARS.has(c)) return -1;
  }
  return -1;
}

/** Index of the 《 ending an explicit base that starts at `from`, or -1. */
function baseEnd(cs: readonly string[], from: number): number {
  for (let i = from; i < cs.length; i++) {
    const c = cs[i] ?? '';
    if (c === OPEN) return i > from ? i : -1;
    if (c === CLOSE || c === '\n' || BARS.has(c)) return -1;
  }
  return -1;
}

/** Template text → printable text: a plain string when it has no ruby, else runs. */
export function parseRuby(text: string): RichText {
  const cs = [...text];
  const runs: TextRun[] = [];
  let plain = '';
  const flush = (): void => {
    if (plain) runs.push(plain);
    plain = '';
  };
  for (let i = 0; i < cs.length;) {
    const c = cs[i] ?? '';
    if (BARS.has(c)) {
      if (cs[i + 1] === OPEN) {
        plain += OPEN;
        i += 2;
        continue;
      }
      const open = baseEnd(cs, i + 1);
      const close = open < 0 ? -1 : readingEnd(cs, open + 1);
      if (close > 0) {
        flush();
        runs.push({ base: cs.slice(i + 1, open).join(''), ruby: cs.slice(open + 1, close).join('') });
        i = close + 1;
        continue;
      }
    } else if (c === OPEN) {
      const close = readingEnd(cs, i + 1);
      const base = TRAILING_KANJI.exec(plain);
      if (close > 0 && base) {
        plain = plain.slice(0, base.index);
        flush();
        runs.push({ base: base[0], ruby: cs.slice(i + 1, close).join('') });
        i = close + 1;
        continue;
      }
    }
    plain += c;
    i++;
  }
  flush();
  return runs.every((r) => typeof r === 'string') ? runs.join('') : runs;
}

/** What template text says without its readings: 「｜漢字《かんじ》」 → 「漢字」 (lists, matching answers). */
export function rubyPlain(text: string): string {
  return plainText(parseRuby(text));
}

/** Kanji in template text that carry no reading (for the やさしい日本語 check: none may). */
export function kanjiWithoutRuby(text: string): string[] {
  const rich = parseRuby(text);
  const runs = typeof rich === 'string' ? [rich] : rich;
  return runs.flatMap((r) => (typeof r === 'string' ? [...r].filter((ch) => KANJI.test(ch)) : []));
}

/** Text before rich text: 「1. 」 + a section title. */
export function prefixed(prefix: string, text: RichText): RichText {
  return typeof text === 'string' ? prefix + text : [prefix, ...text];
}
