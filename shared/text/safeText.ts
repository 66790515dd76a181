// The one rule for free text in a record: characters that corrupt display or print are refused
// where they are typed, and everything a person legitimately writes is kept exactly (every CJK
// character including those outside the BMP such as 𠮷, ideographic variation selectors, ZWJ
// emoji sequences, combining marks, the full-width space, Hangul, Vietnamese).
//
// Refused: C0 controls other than TAB and LF, DEL, C1 controls, the bidi embedding / override /
// isolate characters (U+202A–U+202E, U+2066–U+2069: they reorder what is shown and printed after
// them), lone surrogates and the noncharacters U+FFFE / U+FFFF (broken text, not characters).
// One-line fields (names, titles) also refuse line breaks. Multi-line fields turn CRLF and CR
// into LF first, so text pasted from Windows is kept, not refused.
import { z } from 'zod';

export const TEXT_PROBLEM_CODES = ['controlChar', 'bidiControl', 'lineBreak', 'brokenChar'] as const;
export type TextProblemCode = (typeof TEXT_PROBLEM_CODES)[number];

/** 'line': one line (a name, a title); 'text': may hold line breaks (a note). */
export type TextKind = 'line' | 'text';

export interface TextProblem {
  code: TextProblemCode;
  /** Where the first such character is, counted as the user counts characters (1 = the first). */
  params: { at: number };
}

function classify(unit: number, next: number, kind: TextKind): TextProblemCode | 'pair' | null {
  // In multi-line text CR is a line break too: the schema stores it as LF (normalizeLineBreaks).
  if (unit === 0x0a || unit === 0x0d) return kind === 'line' ? 'lineBreak' : null;
  if (unit === 0x09) return null;
  if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) return 'controlChar';
  if ((unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069)) return 'bidiControl';
  if (unit === 0xfffe || unit === 0xffff) return 'brokenChar';
  if (unit >= 0xd800 && unit <= 0xdbff) return next >= 0xdc00 && next <= 0xdfff ? 'pair' : 'brokenChar';
  if (unit >= 0xdc00 && unit <= 0xdfff) return 'brokenChar';
  return null;
}

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/** The first character the rule refuses in `value`, or null when the text may be saved. */
export function textProblem(value: string, kind: TextKind): TextProblem | null {
  for (let i = 0; i < value.length; i++) {
    const found = classify(value.charCodeAt(i), i + 1 < value.length ? value.charCodeAt(i + 1) : -1, kind);
    if (found === 'pair') {
      i++;
      continue;
    }
    if (found) return { code: found, params: { at: [...graphemes.segment(value.slice(0, i))].length + 1 } };
  }
  return null;
}

/** CRLF and lone CR as LF: what a textarea holds anyway, and what multi-line text is stored as. */
export function normalizeLineBreaks(value: string): string {
  return value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
}

// Stored records are read with the same schemas; what was saved before this rule existed must
// still open (it would otherwise read as a damaged record). parseStored sets this while it parses.
let readingStored = 0;

function rule(kind: TextKind) {
  return (ctx: z.core.ParsePayload<string>) => {
    if (readingStored > 0) return;
    const p = textProblem(ctx.value, kind);
    if (p) ctx.issues.push({ code: 'custom', message: p.code, params: p.params, input: ctx.value, continue: true });
  };
}

/** A one-line text field: no line break, nothing that corrupts display or print. */
export function safeLine(max: number) {
  return z.string().max(max).check(rule('line'));
}

/** A required one-line field (a name): trimmed, not empty ('required'), then as safeLine. */
export function requiredLine(max: number) {
  return z.string().trim().min(1, { message: 'required' }).max(max).check(rule('line'));
}

/** A multi-line text field: line breaks as LF, nothing that corrupts display or print. */
export function safeText(max: number) {
  return z.string().overwrite(normalizeLineBreaks).max(max).check(rule('text'));
}

/** A required multi-line field: trimmed, not empty ('required'), then as safeText. */
export function requiredText(max: number) {
  return z.string().overwrite(normalizeLineBreaks).trim().min(1, { message: 'required' }).max(max).check(rule('text'));
}

/**
 * Parses what was stored (a record, a secret): every rule of the schema applies except the text
 * rule, which is about input. A record holding such a character opens, and the form refuses to
 * save it again until the character is removed.
 */
export function parseStored<T extends z.ZodType>(schema: T, value: unknown): z.ZodSafeParseResult<z.output<T>> {
  readingStored++;
  try {
    return schema.safeParse(value);
  } finally {
    readingStored--;
  }
}
