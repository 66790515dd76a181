// A paste longer than the field can hold is stopped before the browser cuts it silently: a
// dialog says how much would be cut and where the cut begins, and offers to paste what fits,
// not to paste, or — where the field can keep more (data-paste-overflow="continue", the contact
// log's ようす・話したこと) — to keep the whole text, split into continuation entries on saving
// (docs/design-notes.md, "Pasting past a field's limit"). Mounted once in the shell; it needs
// nothing from the forms, which see an ordinary input event.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cutPreview, fieldLimit, planPaste, type PastePlan } from './pasteLimit';

type Field = HTMLInputElement | HTMLTextAreaElement;
interface Pending {
  field: Field;
  start: number;
  end: number;
  text: string;
  plan: Extract<PastePlan, { fits: false }>;
  canKeepAll: boolean;
}

const isTextField = (el: EventTarget | null): el is Field =>
  el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && ['text', 'search', 'tel', ''].includes(el.type));

/** Puts `text` in place of the selection as if typed, so React's onChange (and the draft) follow. */
function insert(field: Field, start: number, end: number, text: string): void {
  field.focus();
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

export function PasteGuard() {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending | null>(null);
  const firstButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const field = e.target;
      if (!isTextField(field) || field.readOnly || field.disabled) return;
      const limit = fieldLimit(field);
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (limit === null || text === '') return;
      // A one-line field gets the text as the browser would paste it: line breaks become spaces.
      const pasted = field instanceof HTMLInputElement ? text.replace(/\r?\n/g, ' ') : text.replace(/\r\n?/g, '\n');
      const start = field.selectionStart ?? field.value.length;
      const end = field.selectionEnd ?? start;
      const plan = planPaste(field.value, start, end, pasted, limit);
      if (plan.fits) return;
      e.preventDefault();
      setPending({ field, start, end, text: pasted, plan, canKeepAll: field.dataset.pasteOverflow === 'continue' });
    };
    document.addEventListener('paste', onPaste, true);
    return () => document.removeEventListener('paste', onPaste, true);
  }, []);

  useEffect(() => {
    if (pending) firstButton.current?.focus();
  }, [pending]);

  if (!pending) return null;
  const { field, start, end, plan } = pending;
  const close = (then?: () => void) => {
    setPending(null);
    if (then) then();
    else field.focus();
  };
  return (
    <div className="paste-guard-backdrop">
      <div
        className="paste-guard"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="paste-guard-title"
        aria-describedby="paste-guard-text"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      >
        <h2 id="paste-guard-title">{t('paste.title')}</h2>
        <div id="paste-guard-text">
          <p>{t('paste.sizes', { pasted: plan.pasted, room: plan.room, cut: plan.cut.length })}</p>
          <p>
            {t('paste.cutStarts')}
            <q className="paste-guard-cut" data-user="">
              {cutPreview(plan.cut)}
            </q>
          </p>
          {pending.canKeepAll ? <p>{t('paste.keepAllHelp')}</p> : <p>{t('paste.noKeepAllHelp')}</p>}
        </div>
        <div className="row paste-guard-buttons">
          {pending.canKeepAll ? (
            <button
              ref={firstButton}
              type="button"
              className="primary"
              onClick={() => close(() => insert(field, start, end, pending.text))}
            >
              {t('paste.keepAll')}
            </button>
          ) : null}
          <button
            ref={pending.canKeepAll ? undefined : firstButton}
            type="button"
            className={pending.canKeepAll ? undefined : 'primary'}
            onClick={() => close(() => insert(field, start, end, plan.kept))}
          >
            {t('paste.keepFitting', { room: plan.room })}
          </button>
          <button type="button" onClick={() => close()}>
            {t('paste.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
