// Search folding. Stored names are never changed; only the search key is folded:
// NFKC (half-width kana → full-width, full-width Latin → ASCII), katakana → hiragana,
// case folded, spaces and the long-vowel / middle-dot punctuation users type differently dropped,
// variation selectors dropped (葛󠄀 is 葛), and variant kanji folded to one character of their class
// (髙 → 高, 﨑 → 崎, 邊 → 辺; the table and where it comes from: kanjiVariants.ts).
import { KANJI_VARIANT_CLASSES } from './kanjiVariants';

const KATAKANA_START = 0x30a1; // ァ
const KATAKANA_END = 0x30f6; // ヶ
const KANA_OFFSET = 0x60;

/** Each variant kanji → the character its class folds to (the first of its line in the table). */
const VARIANT_OF: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of KANJI_VARIANT_CLASSES.split('\n')) {
    const [first, ...rest] = [...line];
    if (first === undefined) continue;
    for (const ch of rest) map.set(ch, first);
  }
  return map;
})();

/** Standardized variation selectors (U+FE00–FE0F) and ideographic ones (U+E0100–E01EF). */
function isVariationSelector(cp: number): boolean {
  return (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

export function foldForSearch(text: string): string {
  const nfkc = text.normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of nfkc) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= KATAKANA_START && cp <= KATAKANA_END && cp !== 0x30f5 && cp !== 0x30f6) {
      out += String.fromCodePoint(cp - KANA_OFFSET);
    } else if (isVariationSelector(cp) || /[\s\u3000・･]/u.test(ch)) {
      continue;
    } else {
      out += VARIANT_OF.get(ch) ?? ch;
    }
  }
  return out;
}

/** True when every folded query piece (split on spaces) occurs in one of the fields. */
export function matchesQuery(query: string, fields: readonly string[]): boolean {
  const pieces = query
    .split(/[\s\u3000]+/u)
    .map(foldForSearch)
    .filter((p) => p.length > 0);
  if (pieces.length === 0) return true;
  const hay = fields.map(foldForSearch);
  return pieces.every((p) => hay.some((h) => h.includes(p)));
}
