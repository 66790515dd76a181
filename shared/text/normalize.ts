// Search folding. Stored names are never changed; only the search key is folded:
// NFKC (half-width kana → full-width, full-width Latin → ASCII), katakana → hiragana,
// case folded, spaces and the long-vowel / middle-dot punctuation users type differently dropped.

const KATAKANA_START = 0x30a1; // ァ
const KATAKANA_END = 0x30f6; // ヶ
const KANA_OFFSET = 0x60;

export function foldForSearch(text: string): string {
  const nfkc = text.normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of nfkc) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= KATAKANA_START && cp <= KATAKANA_END && cp !== 0x30f5 && cp !== 0x30f6) {
      out += String.fromCodePoint(cp - KANA_OFFSET);
    } else if (/[\s\u3000・･]/u.test(ch)) {
      continue;
    } else {
      out += ch;
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
