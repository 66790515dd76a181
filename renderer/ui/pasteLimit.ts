// What a paste into a field with a length limit would do, before it happens (issue 15): the
// browser would keep the first characters that fit and drop the rest without a word. Lengths are
// UTF-16 units, as maxlength and the schemas count; a cut never falls between the two halves of
// a character outside the BMP (𠮷).

export type PastePlan =
  | { fits: true }
  | {
      fits: false;
      /** How long the pasted text is. */
      pasted: number;
      /** How much of it fits where it goes (0 when the field is full). */
      room: number;
      /** The part that would go in, and the part that would be cut. */
      kept: string;
      cut: string;
    };

/** `start`/`end`: the selection the paste replaces. */
export function planPaste(value: string, start: number, end: number, pasted: string, limit: number): PastePlan {
  const room = Math.max(0, limit - (value.length - (end - start)));
  if (pasted.length <= room) return { fits: true };
  let at = room;
  if (at > 0 && /[\uD800-\uDBFF]/.test(pasted.charAt(at - 1))) at -= 1;
  return { fits: false, pasted: pasted.length, room: at, kept: pasted.slice(0, at), cut: pasted.slice(at) };
}

/** The first characters of the cut part, to show where the cut begins (whole characters, one line). */
export function cutPreview(cut: string, chars = 20): string {
  const flat = cut.replace(/\s+/g, ' ').trim();
  const head = [...flat].slice(0, chars).join('');
  return head.length < flat.length ? `${head}…` : head;
}

/** The field's limit: maxlength, or data-paste-limit on a field that may hold more for a while. */
export function fieldLimit(el: HTMLInputElement | HTMLTextAreaElement): number | null {
  const data = Number(el.dataset.pasteLimit);
  if (Number.isInteger(data) && data > 0) return data;
  return el.maxLength > 0 ? el.maxLength : null;
}
