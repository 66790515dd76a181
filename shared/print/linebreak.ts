// Japanese line breaking (禁則処理) for the print engine. Pure: widths come from a callback,
// so the same code measures mixed fonts (each character with the face that draws it).

/** Characters that must not start a line (行頭禁則). */
export const NO_LINE_START = new Set(
  [
    ...'、。，．,.」』）〕】〉》］｝〙〗｣)]}ー・･：；:;！？!?‥…ゝゞヽヾ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ％%’”〜～゠',
  ].map((c) => c.codePointAt(0) ?? 0),
);
/** Characters that must not end a line (行末禁則). */
export const NO_LINE_END = new Set([...'「『（〔【〈《［｛〘〖｢([{‘“'].map((c) => c.codePointAt(0) ?? 0));

/** Inside a long Latin run, a line may break after these when the run does not fit. */
const SOFT_BREAK_AFTER = new Set([...'/-?&=_.,;:#+~'].map((c) => c.codePointAt(0) ?? 0));

export function isWideScript(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    cp >= 0x1f000
  );
}

function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x09;
}

interface Atom {
  cps: number[];
  width: number;
  space: boolean;
}

export type MeasureCodePoint = (cp: number) => number;

/**
 * Breaks `text` into lines no wider than `maxWidth` (same unit as `measure`). Newlines are
 * hard breaks. Never splits a surrogate pair, never starts a line with a NO_LINE_START
 * character or ends one with a NO_LINE_END character unless a single character is wider than
 * the line, and wraps long Latin/digit runs at word boundaries, then after URL punctuation,
 * then between characters.
 */
export function breakLines(text: string, maxWidth: number, measure: MeasureCodePoint): string[] {
  const out: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) out.push(...breakParagraph(paragraph, maxWidth, measure));
  return out;
}

function atomsOf(cps: number[], measure: MeasureCodePoint): Atom[] {
  const atoms: Atom[] = [];
  let word: Atom | undefined;
  for (const cp of cps) {
    const w = measure(cp);
    if (isSpace(cp)) {
      word = undefined;
      atoms.push({ cps: [cp], width: w, space: true });
    } else if (isWideScript(cp)) {
      word = undefined;
      atoms.push({ cps: [cp], width: w, space: false });
    } else if (word) {
      word.cps.push(cp);
      word.width += w;
    } else {
      word = { cps: [cp], width: w, space: false };
      atoms.push(word);
    }
  }
  // 禁則: glue a no-start character to the atom before it, a no-end character to the one after.
  const glued: Atom[] = [];
  let pendingOpen: Atom | undefined;
  for (const a of atoms) {
    const prev = glued[glued.length - 1];
    if (pendingOpen && !a.space) {
      a.cps.unshift(...pendingOpen.cps);
      a.width += pendingOpen.width;
      pendingOpen = undefined;
    } else if (pendingOpen) {
      glued.push(pendingOpen);
      pendingOpen = undefined;
    }
    if (!a.space && prev && !prev.space && NO_LINE_START.has(a.cps[0] ?? 0)) {
      prev.cps.push(...a.cps);
      prev.width += a.width;
    } else if (!a.space && NO_LINE_END.has(a.cps[a.cps.length - 1] ?? 0)) {
      pendingOpen = a;
    } else {
      glued.push(a);
    }
  }
  if (pendingOpen) glued.push(pendingOpen);
  return glued;
}

/** Splits an atom wider than a line: prefer soft breaks, then kinsoku-safe positions, then anywhere. */
function splitLong(atom: Atom, maxWidth: number, measure: MeasureCodePoint): Atom[] {
  const pieces: Atom[] = [];
  let rest = atom.cps;
  while (rest.length) {
    let width = 0;
    let fit = 0;
    while (fit < rest.length && (fit === 0 || width + measure(rest[fit] ?? 0) <= maxWidth)) width += measure(rest[fit++] ?? 0);
    if (fit === rest.length) {
      pieces.push({ cps: rest, width, space: false });
      break;
    }
    const ok = (i: number, soft: boolean): boolean => {
      const before = rest[i - 1] ?? 0;
      const after = rest[i] ?? 0;
      if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return false;
      return !soft || SOFT_BREAK_AFTER.has(before);
    };
    let cut = 0;
    for (let i = fit; i > fit / 3 && !cut; i--) if (ok(i, true)) cut = i;
    for (let i = fit; i > 0 && !cut; i--) if (ok(i, false)) cut = i;
    if (!cut) cut = fit;
    const head = rest.slice(0, cut);
    pieces.push({ cps: head, width: head.reduce((s, c) => s + measure(c), 0), space: false });
    rest = rest.slice(cut);
  }
  return pieces;
}

function breakParagraph(paragraph: string, maxWidth: number, measure: MeasureCodePoint): string[] {
  const cps = [...paragraph].map((c) => c.codePointAt(0) ?? 0);
  if (!cps.length) return [''];
  const lines: string[] = [];
  let line: Atom[] = [];
  let width = 0;
  const flush = (): void => {
    while (line[line.length - 1]?.space) line.pop();
    lines.push(line.map((a) => String.fromCodePoint(...a.cps)).join(''));
    line = [];
    width = 0;
  };
  const queue = atomsOf(cps, measure);
  for (let atom = queue.shift(); atom; atom = queue.shift()) {
    if (atom.space && !line.length) continue;
    if (width + atom.width <= maxWidth || atom.space) {
      line.push(atom);
      width += atom.width;
      continue;
    }
    if (line.length) {
      flush();
      queue.unshift(atom);
      continue;
    }
    const [first, ...more] = splitLong(atom, maxWidth, measure);
    if (first) line.push(first);
    flush();
    queue.unshift(...more);
  }
  if (line.length || !lines.length) flush();
  return lines;
}
