// Drafts kept as JSON text, for forms that hold lists of objects (a meeting's attendees, cases and
// action rows; a referral's relatives). useDraft's mergeDraft only keeps arrays of strings — an
// array of objects in a restored draft falls back to the template, so those rows would be lost.
// Stored as one string, the draft passes mergeDraft whole, and its shape is checked here instead,
// against the form's zod schema: a draft that is damaged or from an older form gives null.
import type { z } from 'zod';

/** What useDraft stores for such a form: the state as JSON text, '' when there is none. */
export interface StoredDraft {
  json: string;
}

export interface JsonDraftCodec<T> {
  /** No draft: the template to give useDraft, and what to store to drop the input. */
  readonly empty: StoredDraft;
  encode(value: T): StoredDraft;
  /** The state in a draft, or null when there is none or it has a shape the schema refuses. */
  decode(draft: StoredDraft): T | null;
}

export function jsonDraftCodec<T>(schema: z.ZodType<T>): JsonDraftCodec<T> {
  return {
    empty: { json: '' },
    encode: (value) => ({ json: JSON.stringify(value) }),
    decode: (draft) => {
      if (draft.json === '') return null;
      try {
        const r = schema.safeParse(JSON.parse(draft.json));
        return r.success ? r.data : null;
      } catch {
        return null;
      }
    },
  };
}
