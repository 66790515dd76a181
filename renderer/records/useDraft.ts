// Form state that autosaves, encrypted, while typing, and is flushed before the vault locks,
// so neither locking nor a crash loses input. Cleared when the form is saved or discarded.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useController, useOpenVault } from './context';
import { deleteDraft, loadDraft, saveDraft } from './drafts';
import type { DraftKey } from './draftKeys';

const AUTOSAVE_MS = 400;

/**
 * Takes from `raw` only what has the template's shape, so an old or damaged draft can't break the
 * form. Arrays are kept only as arrays of strings: an empty template array says nothing about the
 * shape of its rows, so forms with rows of objects keep their draft as JSON text checked by a zod
 * schema instead (vault/jsonDraft.ts).
 */
export function mergeDraft<T>(template: T, raw: unknown): T {
  if (Array.isArray(template)) return (Array.isArray(raw) && raw.every((x) => typeof x === 'string') ? raw : template) as T;
  if (template !== null && typeof template === 'object') {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return template;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(template)) out[k] = mergeDraft(v, (raw as Record<string, unknown>)[k]);
    return out as T;
  }
  return (typeof raw === typeof template ? raw : template) as T;
}

/**
 * What is stored: the form's value and the revision of the record the typing started from, so a
 * draft brought back after a reload still saves against the copy it was typed on (and is refused
 * if the record was saved since) instead of against whatever is newest.
 */
interface StoredDraft {
  draftV: 2;
  value: unknown;
  baseRev: number;
}

function isStoredDraft(raw: unknown): raw is StoredDraft {
  return (
    !!raw &&
    typeof raw === 'object' &&
    (raw as { draftV?: unknown }).draftV === 2 &&
    typeof (raw as { baseRev?: unknown }).baseRev === 'number'
  );
}

/**
 * `baseRev`: the revision of the record the form shows (0 for a new record). While nothing is
 * typed the draft follows it; once typing starts the draft keeps the revision it started from
 * until the form is saved (`rebase`) or cleared.
 */
export function useDraft<T>(key: DraftKey, initial: T, baseRev = 0) {
  const controller = useController();
  const { session, draftFailed } = useOpenVault();
  const [value, setValue] = useState<T>(initial);
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  const [frozenRev, setFrozenRev] = useState<number | null>(null);
  const latest = useRef(value);
  const latestRev = useRef<number | null>(null);
  const propRev = useRef(baseRev);
  useEffect(() => {
    propRev.current = baseRev;
  }, [baseRev]);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let alive = true;
    loadDraft(session, key)
      .then((raw) => {
        if (!alive) return;
        if (raw !== undefined) {
          const stored = isStoredDraft(raw) ? raw : { value: raw, baseRev: null };
          const merged = mergeDraft(initial, stored.value);
          latest.current = merged;
          latestRev.current = stored.baseRev;
          setFrozenRev(stored.baseRev);
          setValue(merged);
          setRestored(true);
        }
        setReady(true);
      })
      .catch((e: unknown) => {
        // The form starts from its template; the user is told the kept input could not be opened.
        if (!alive) return;
        draftFailed('open', e);
        setReady(true);
      });
    return () => {
      alive = false;
    };
    // The draft is loaded once per form; `initial` is only its template.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, session]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (!dirty.current || !session.isOpen) return;
    dirty.current = false;
    const stored: StoredDraft = { draftV: 2, value: latest.current, baseRev: latestRev.current ?? propRev.current };
    try {
      await saveDraft(session, key, stored, Date.now());
    } catch (e) {
      // Still unsaved: the next autosave tries again, and locking reports it if that fails too.
      dirty.current = true;
      throw e;
    }
  }, [key, session]);

  const autosave = useCallback(() => {
    flush().catch((e: unknown) => draftFailed('save', e));
  }, [flush, draftFailed]);

  useEffect(() => controller.registerFlusher(flush), [controller, flush]);
  useEffect(() => autosave, [autosave]);

  const update = useCallback(
    (next: T) => {
      latest.current = next;
      if (latestRev.current === null) {
        latestRev.current = propRev.current;
        setFrozenRev(propRev.current);
      }
      dirty.current = true;
      setValue(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(autosave, AUTOSAVE_MS);
    },
    [autosave],
  );

  const clear = useCallback(async () => {
    clearTimeout(timer.current);
    dirty.current = false;
    latestRev.current = null;
    setFrozenRev(null);
    await deleteDraft(session, key);
  }, [key, session]);

  /** After the user chose to save over a newer copy, or after a save of their own: typing now stands on `rev`. */
  const rebase = useCallback(
    (rev: number) => {
      if (latestRev.current === null) return;
      latestRev.current = rev;
      setFrozenRev(rev);
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(autosave, AUTOSAVE_MS);
    },
    [autosave],
  );

  return { value, update, ready, restored, clear, rebase, baseRev: frozenRev ?? baseRev };
}
