// Form state that autosaves, encrypted, while typing, and is flushed before the vault locks,
// so neither locking nor a crash loses input. Cleared when the form is saved or discarded.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useController, useOpenVault } from './context';
import { deleteDraft, loadDraft, saveDraft } from './drafts';

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

export function useDraft<T>(key: string, initial: T) {
  const controller = useController();
  const { session } = useOpenVault();
  const [value, setValue] = useState<T>(initial);
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  const latest = useRef(value);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let alive = true;
    loadDraft(session, key)
      .then((raw) => {
        if (!alive) return;
        if (raw !== undefined) {
          const merged = mergeDraft(initial, raw);
          latest.current = merged;
          setValue(merged);
          setRestored(true);
        }
        setReady(true);
      })
      .catch(() => alive && setReady(true));
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
    await saveDraft(session, key, latest.current, Date.now());
  }, [key, session]);

  useEffect(() => controller.registerFlusher(flush), [controller, flush]);
  useEffect(() => () => void flush(), [flush]);

  const update = useCallback(
    (next: T) => {
      latest.current = next;
      dirty.current = true;
      setValue(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
    },
    [flush],
  );

  const clear = useCallback(async () => {
    clearTimeout(timer.current);
    dirty.current = false;
    await deleteDraft(session, key);
  }, [key, session]);

  return { value, update, ready, restored, clear };
}
