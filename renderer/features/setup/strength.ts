// A rough passphrase strength guide. Length matters most; the scale is guidance, not a rule
// (the only hard rule is the minimum length). Parts a guesser tries first — common passwords,
// runs like 1234 or abcd, keyboard rows, repeats, years and dates, phone numbers — count almost
// nothing, and each kind found is named (`reasons`) so the screen can say why in plain words.
// The rules and their numbers are in docs/design-notes.md ("Passphrase strength").
export type Strength = 'weak' | 'fair' | 'good' | 'strong';
export type WeakReason = 'common' | 'sequence' | 'keyboard' | 'repeat' | 'date' | 'phone';
export const WEAK_REASONS: readonly WeakReason[] = ['common', 'sequence', 'keyboard', 'repeat', 'date', 'phone'];

export interface StrengthReport {
  strength: Strength;
  /** The kinds of guessable part found, in WEAK_REASONS order (empty when none). */
  reasons: WeakReason[];
}

/** Passwords and words guessers try first (compared after lower-casing and undoing 0→o, 1→i, @→a …). */
const COMMON = [
  'password',
  'passwd',
  'pass',
  'qwerty',
  'admin',
  'login',
  'welcome',
  'letmein',
  'iloveyou',
  'monkey',
  'dragon',
  'master',
  'hello',
  'secret',
  'test',
  'guest',
  'root',
  'user',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'superman',
  'trustno',
  'changeme',
  'default',
  'himitsu',
  'aikotoba',
  'pasuwado',
  'pasuwaado',
  'パスワード',
  'ぱすわーど',
  'ひみつ',
  'あいことば',
];
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
/** Runs whose neighbouring characters follow each other (at least 4 in a row, either direction). */
const RUNS = [
  '0123456789',
  'abcdefghijklmnopqrstuvwxyz',
  'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん',
];
const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const MIN_RUN = 4;

interface Span {
  start: number;
  end: number;
  kind: WeakReason;
}

/** One code point each, full-width folded to ASCII and lower-cased (so indexes stay aligned). */
function fold(chars: string[]): string[] {
  return chars.map((c) => {
    const n = c.normalize('NFKC').toLowerCase();
    return [...n].length === 1 ? n : c.toLowerCase();
  });
}

function findAll(hay: string[], needle: string[], kind: WeakReason, out: Span[]): void {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((c, j) => hay[i + j] === c)) out.push({ start: i, end: i + needle.length, kind });
  }
}

/** Stretches of at least MIN_RUN characters that step through `alphabet` by +1 or −1. */
function findRuns(chars: string[], alphabets: string[], kind: WeakReason, out: Span[]): void {
  for (const alphabet of alphabets) {
    const at = [...alphabet];
    const pos = chars.map((c) => at.indexOf(c));
    const posAt = (k: number) => (k < pos.length ? (pos[k] ?? -1) : -1);
    let i = 0;
    while (i < chars.length) {
      let j = i;
      const step = posAt(i) >= 0 && posAt(i + 1) >= 0 ? posAt(i + 1) - posAt(i) : 0;
      if (step === 1 || step === -1) {
        while (posAt(j + 1) >= 0 && posAt(j + 1) - posAt(j) === step) j++;
      }
      if (j - i + 1 >= MIN_RUN) {
        out.push({ start: i, end: j + 1, kind });
        i = j + 1;
      } else i++;
    }
  }
}

/** The same character three times or more, or a block of 1–4 characters said again (abcabc, 1212). */
function findRepeats(chars: string[], out: Span[]): void {
  for (let i = 0; i < chars.length; i++) {
    let best = 0;
    for (let size = 1; size <= 4; size++) {
      let end = i + size;
      while (end + size <= chars.length && chars.slice(end, end + size).join('') === chars.slice(i, i + size).join('')) end += size;
      const times = (end - i) / size;
      if ((size === 1 ? times >= 3 : times >= 2) && end - i > best) best = end - i;
    }
    if (best > 0) {
      out.push({ start: i, end: i + best, kind: 'repeat' });
      i += best - 1;
    }
  }
}

/** Phone numbers (0 and 9–10 more digits, hyphens allowed) and years 1900–2099, 8-digit dates, m/d. */
function findNumbers(folded: string[], out: Span[]): void {
  const text = folded.join('');
  const index = (offset: number) => [...text.slice(0, offset)].length;
  const add = (re: RegExp, kind: WeakReason) => {
    for (const m of text.matchAll(re)) {
      const start = index(m.index);
      out.push({ start, end: start + [...m[0]].length, kind });
    }
  };
  add(/0\d{1,4}-?\d{1,4}-?\d{4}/g, 'phone');
  // Longer alternatives first: a match stops at the first that fits.
  add(/(?:19|20)\d{2}(?:[-/.]?(?:1[0-2]|0?[1-9])(?:[-/.]?(?:[12]\d|3[01]|0?[1-9]))?)?/g, 'date');
  add(/(?:1[0-2]|0?[1-9])[-/.](?:[12]\d|3[01]|0?[1-9])/g, 'date');
}

export function guessableParts(p: string): Span[] {
  const chars = fold([...p]);
  const unleet = chars.map((c) => LEET[c] ?? c);
  const spans: Span[] = [];
  for (const w of COMMON) {
    findAll(unleet, [...w], 'common', spans);
    if (unleet.join('') !== chars.join('')) findAll(chars, [...w], 'common', spans);
  }
  findRuns(chars, RUNS, 'sequence', spans);
  for (const row of ROWS) {
    const r = [...row];
    // Number-row runs are already sequences; letter rows are the keyboard's.
    if (row === ROWS[0]) continue;
    for (let len = r.length; len >= MIN_RUN; len--)
      for (let s = 0; s + len <= r.length; s++) {
        findAll(chars, r.slice(s, s + len), 'keyboard', spans);
        findAll(chars, r.slice(s, s + len).reverse(), 'keyboard', spans);
      }
  }
  findRepeats(chars, spans);
  findNumbers(chars, spans);
  return spans;
}

/** What a guessable part is still worth, in characters of the score, however long it is. */
const PART_WORTH = 2;
/** With guessable parts, what is left must be at least this long for more than 弱い. */
const MIN_REST = 8;

export function passphraseReport(p: string): StrengthReport {
  const chars = [...p];
  const spans = guessableParts(p);
  const covered = new Array<boolean>(chars.length).fill(false);
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered[i] = true;
  const reasons = WEAK_REASONS.filter((r) => spans.some((s) => s.kind === r));
  const rest = chars.filter((_, i) => !covered[i]);
  const unique = new Set(chars).size;
  if (chars.length < 10 || unique < 5) return { strength: 'weak', reasons };
  if (spans.length > 0 && rest.filter((c) => c.trim() !== '').length < MIN_REST) return { strength: 'weak', reasons };
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^\p{ASCII}]/u, /[ -/:-@[-`{-~]/].filter((r) => r.test(p)).length;
  // A kana or kanji is drawn from thousands of characters, so it counts double. Each guessable
  // part counts as PART_WORTH characters, whatever its length.
  const parts = new Set(spans.map((s) => `${s.start}`)).size;
  const effective = rest.reduce((n, c) => n + ((c.codePointAt(0) ?? 0) > 0x7f ? 2 : 1), 0) + Math.min(parts, 3) * PART_WORTH;
  const score = effective + classes * 2 + Math.min(unique, 20) / 2;
  const strength: Strength = score >= 34 ? 'strong' : score >= 24 ? 'good' : 'fair';
  return { strength, reasons };
}

export function passphraseStrength(p: string): Strength {
  return passphraseReport(p).strength;
}
