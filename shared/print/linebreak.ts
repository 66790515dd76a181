// Line breaking for the print engine: Japanese and Chinese break between characters with 禁則処理;
// Latin words and Hangul words (Korean puts spaces between words) break at spaces. The unit is
// the grapheme cluster (葛󠄀, が as か + U+3099, é as e + U+0301, 𠮷): never split. Pure: widths
// come from a callback, so the same code measures mixed fonts (each word with the face that draws it).
import { baseOf, clustersOf, isHangul } from './clusters';

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

function isSpace(cluster: string): boolean {
  const cp = baseOf(cluster);
  return cp === 0x20 || cp === 0x09;
}

/**
 * Set as part of a word (broken only at spaces): everything but spaces and wide scripts, and
 * Hangul (Korean puts spaces between words). FontSet draws a run of words and the spaces between
 * them in one face, so a line's width is measured over its trailing run of words as a whole.
 */
export function isWordCluster(cluster: string): boolean {
  const cp = baseOf(cluster);
  if (cp === 0x20 || cp === 0x09) return false;
  return !isWideScript(cp) || isHangul(cp);
}

interface Atom {
  clusters: string[];
  width: number;
  space: boolean;
}

/** Width of a piece of text (a cluster, a word, a space) in the unit of the line width. */
export type MeasureText = (text: string) => number;

/**
 * Breaks `text` into lines no wider than `maxWidth` (same unit as `measure`). Newlines are
 * hard breaks. Never splits a grapheme cluster (a surrogate pair, a base and its combining marks
 * or variation selector), never starts a line with a NO_LINE_START character or ends one with a
 * NO_LINE_END character unless the characters chained by that rule are wider than the line, and
 * wraps Latin and Hangul at spaces; a word longer than the line breaks after URL punctuation,
 * then between characters.
 */
export function breakLines(text: string, maxWidth: number, measure: MeasureText): string[] {
  const out: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) out.push(...breakParagraph(paragraph, maxWidth, measure));
  return out;
}

const joined = (a: Atom): string => a.clusters.join('');

function atomsOf(clusters: string[], measure: MeasureText): Atom[] {
  const atoms: Atom[] = [];
  let word: Atom | undefined;
  for (const c of clusters) {
    if (isSpace(c)) {
      word = undefined;
      atoms.push({ clusters: [c], width: measure(c), space: true });
    } else if (!isWordCluster(c)) {
      word = undefined;
      atoms.push({ clusters: [c], width: measure(c), space: false });
    } else if (word) {
      word.clusters.push(c);
    } else {
      word = { clusters: [c], width: 0, space: false };
      atoms.push(word);
    }
  }
  // A word is measured whole: it is drawn in one face where one face can draw it.
  for (const a of atoms) if (!a.space && isWordCluster(a.clusters[0] ?? '')) a.width = measure(joined(a));
  // 禁則: glue a no-start character to the atom before it, a no-end character to the one after.
  const glued: Atom[] = [];
  let pendingOpen: Atom | undefined;
  for (const a of atoms) {
    const prev = glued[glued.length - 1];
    if (pendingOpen && !a.space) {
      a.clusters.unshift(...pendingOpen.clusters);
      a.width += pendingOpen.width;
      pendingOpen = undefined;
    } else if (pendingOpen) {
      glued.push(pendingOpen);
      pendingOpen = undefined;
    }
    if (!a.space && prev && !prev.space && NO_LINE_START.has(baseOf(a.clusters[0] ?? ''))) {
      prev.clusters.push(...a.clusters);
      prev.width += a.width;
    } else if (!a.space && NO_LINE_END.has(baseOf(a.clusters[a.clusters.length - 1] ?? ''))) {
      pendingOpen = a;
    } else {
      glued.push(a);
    }
  }
  if (pendingOpen) glued.push(pendingOpen);
  return glued;
}

/** Splits an atom wider than a line: prefer soft breaks, then kinsoku-safe positions, then anywhere. */
function splitLong(atom: Atom, maxWidth: number, measure: MeasureText): Atom[] {
  const pieces: Atom[] = [];
  let rest = atom.clusters;
  while (rest.length) {
    let width = 0;
    let fit = 0;
    while (fit < rest.length && (fit === 0 || width + measure(rest[fit] ?? '') <= maxWidth)) width += measure(rest[fit++] ?? '');
    if (fit === rest.length) {
      const whole = measure(rest.join(''));
      if (whole <= maxWidth || fit === 1) {
        pieces.push({ clusters: rest, width: whole, space: false });
        break;
      }
      fit--;
    }
    const ok = (i: number, soft: boolean): boolean => {
      const before = baseOf(rest[i - 1] ?? '');
      const after = baseOf(rest[i] ?? '');
      if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return false;
      return !soft || SOFT_BREAK_AFTER.has(before);
    };
    let cut = 0;
    for (let i = fit; i > fit / 3 && !cut; i--) if (ok(i, true)) cut = i;
    for (let i = fit; i > 0 && !cut; i--) if (ok(i, false)) cut = i;
    if (!cut) cut = fit;
    // Measured alone, the piece may be drawn in another face than within the word: shrink to fit.
    let head = rest.slice(0, cut);
    let headWidth = measure(head.join(''));
    while (head.length > 1 && headWidth > maxWidth) headWidth = measure((head = head.slice(0, -1)).join(''));
    pieces.push({ clusters: head, width: headWidth, space: false });
    rest = rest.slice(head.length);
  }
  return pieces;
}

function breakParagraph(paragraph: string, maxWidth: number, measure: MeasureText): string[] {
  const clusters = clustersOf(paragraph);
  if (!clusters.length) return [''];
  const lines: string[] = [];
  let line: Atom[] = [];
  let width = 0;
  // The line's width is `fixed` plus the width of `tail`, its text since the last character that
  // ends a run of words: that run is drawn in one face, so it is measured whole.
  let fixed = 0;
  let tail = '';
  const flush = (): void => {
    while (line[line.length - 1]?.space) line.pop();
    lines.push(line.map(joined).join(''));
    line = [];
    width = 0;
    fixed = 0;
    tail = '';
  };
  const queue = atomsOf(clusters, measure);
  for (let atom = queue.shift(); atom; atom = queue.shift()) {
    if (atom.space && !line.length) continue;
    const text = joined(atom);
    const joinsTail = tail !== '' && (atom.space || isWordCluster(atom.clusters[0] ?? ''));
    const next = joinsTail ? fixed + measure(tail + text) : width + atom.width;
    if (next <= maxWidth || atom.space) {
      line.push(atom);
      const last = atom.clusters[atom.clusters.length - 1] ?? '';
      if (atom.space || isWordCluster(last)) {
        if (!joinsTail) fixed = width;
        tail = joinsTail ? tail + text : text;
      } else {
        fixed = next;
        tail = '';
      }
      width = next;
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
