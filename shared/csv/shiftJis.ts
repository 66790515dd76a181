// Shift_JIS as Excel on Japanese Windows reads it (code page 932), through encoding-japanese:
// neither browsers nor Node can encode Shift_JIS (TextEncoder is UTF-8 only).
//
// A character "fits" only when it comes back as itself: encoding-japanese writes some characters
// as a look-alike (U+301C 〜 WAVE DASH becomes 0x8160, which CP932 reads as U+FF5E ～), and a
// file that silently holds another character than the record is what this check exists to stop.
import Encoding from 'encoding-japanese';

const cache = new Map<string, boolean>();

/** Whether one code point (a string of one code point) is held by Shift_JIS exactly. */
export function fitsShiftJis(codePoint: string): boolean {
  const c = codePoint.codePointAt(0) ?? 0;
  if ((c >= 0x20 && c <= 0x7e) || c === 0x09 || c === 0x0a || c === 0x0d) return true;
  const known = cache.get(codePoint);
  if (known !== undefined) return known;
  let fits: boolean;
  try {
    const bytes = Encoding.convert(Encoding.stringToCode(codePoint), { to: 'SJIS', from: 'UNICODE', type: 'array', fallback: 'error' });
    fits = Encoding.convert(bytes, { to: 'UNICODE', from: 'SJIS', type: 'string' }) === codePoint;
  } catch {
    fits = false;
  }
  cache.set(codePoint, fits);
  return fits;
}

/** Text whose every character fits (fitsShiftJis) as Shift_JIS bytes. */
export function encodeShiftJis(text: string): Uint8Array {
  return Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE', type: 'array', fallback: 'error' }));
}
