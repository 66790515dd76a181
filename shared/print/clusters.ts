// Grapheme clusters: what a reader sees as one character (が written か + U+3099, é written e +
// U+0301, 葛󠄀 written 葛 + U+E0100, 𠮷 as a surrogate pair). Line breaking never splits one, the
// font chain draws each as a whole, and missing-glyph reports name them.

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/**
 * Anything that can join a code point to the one before it: marks (combining accents, the kana
 * voicing marks, variation selectors), joiners, conjoining Hangul jamo, emoji modifiers, regional
 * indicators and tag characters. Text without any of them is one cluster per code point, and
 * skips the segmenter (most printed text).
 */
const MAY_JOIN = /[\p{M}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u{1f1e6}-\u{1f1ff}\u{e0020}-\u{e007f}]/u;
/** Joiners and emoji skin-tone modifiers (kept out of the class above: a joiner in a character class reads as a mistake). */
const mayJoinToo = (text: string): boolean => {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0x200c || cp === 0x200d || (cp >= 0x1f3fb && cp <= 0x1f3ff)) return true;
  }
  return false;
};

export function clustersOf(text: string): string[] {
  if (!MAY_JOIN.test(text) && !mayJoinToo(text)) return [...text];
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** First code point of a cluster (its base). */
export function baseOf(cluster: string): number {
  return cluster.codePointAt(0) ?? 0;
}

export function isHangul(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x3130 && cp <= 0x318f) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7ff) ||
    (cp >= 0xffa0 && cp <= 0xffdc)
  );
}

/** Han ideographs, radicals, bopomofo, CJK symbols and compatibility forms (what the Chinese faces add). */
export function isHan(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x2fdf) ||
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0x3100 && cp <= 0x312f) ||
    (cp >= 0x3190 && cp <= 0x31bf) ||
    (cp >= 0x3200 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}
