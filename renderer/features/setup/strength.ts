// A rough passphrase strength guide. Length matters most; the scale is guidance, not a rule
// (the only hard rule is the minimum length).
export type Strength = 'weak' | 'fair' | 'good' | 'strong';

export function passphraseStrength(p: string): Strength {
  const chars = [...p];
  const unique = new Set(chars).size;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^\p{ASCII}]/u, /[ -/:-@[-`{-~]/].filter((r) => r.test(p)).length;
  if (chars.length < 10 || unique < 5) return 'weak';
  // A kana or kanji is drawn from thousands of characters, so it counts double.
  const effective = chars.reduce((n, c) => n + ((c.codePointAt(0) ?? 0) > 0x7f ? 2 : 1), 0);
  const score = effective + classes * 2 + Math.min(unique, 20) / 2;
  if (score >= 34) return 'strong';
  if (score >= 24) return 'good';
  return 'fair';
}
