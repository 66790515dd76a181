// The short message after an action (「段階を記録しました。」), shown for 6 s where it covers no
// button, link or field (ui/toastPlace.ts). Its text is in the live region from the start, so a
// screen reader hears it even while it waits for a free place; the 6 s count from when it is seen.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { chooseToastPlace, type Box, type ToastPlace } from './toastPlace';

export const TOAST_MS = 6000;

// What it must not cover: what can be pressed or typed into, the labels of fields, and the
// messages that ask to be read (a question, a warning, an error).
const ACTIONS =
  'button, a[href], input, select, textarea, summary, label, [role="button"], [tabindex]:not([tabindex="-1"]), [role="alert"], .warning-box, .error-box';

function actionBoxes(toast: HTMLElement): Box[] {
  const out: Box[] = [];
  for (const el of document.querySelectorAll<HTMLElement>(ACTIONS)) {
    if (toast.contains(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > window.innerHeight) continue;
    out.push({ left: r.left, top: r.top, width: r.width, height: r.height });
  }
  return out;
}

export function Toast({ message, onDone }: { message: { text: string; seq: number } | null; onDone(seq: number): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<ToastPlace>({ at: 'waiting' });
  const text = message?.text ?? '';

  // Placed on showing and again whenever the page moves or changes under it (a question appears,
  // the page scrolls, the window is resized), at most once a frame.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || text === '') return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const r = el.getBoundingClientRect();
      const view = { width: window.innerWidth, height: window.innerHeight };
      const edge = parseFloat(getComputedStyle(el).fontSize) || 16;
      const next = chooseToastPlace({ width: r.width, height: r.height }, view, actionBoxes(el), edge);
      setPlace((cur) => (JSON.stringify(cur) === JSON.stringify(next) ? cur : next));
    };
    const soon = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    const observer = new MutationObserver(soon);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('scroll', soon, { capture: true, passive: true });
    window.addEventListener('resize', soon);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('scroll', soon, { capture: true });
      window.removeEventListener('resize', soon);
    };
  }, [text, message?.seq]);

  // The 6 s start once the toast is seen (again after a wait), not when it moves from bottom to top.
  const seen = place.at !== 'waiting' && text !== '';
  const seq = message?.seq;
  useEffect(() => {
    if (!seen || seq === undefined) return;
    const timer = setTimeout(() => onDone(seq), TOAST_MS);
    return () => clearTimeout(timer);
  }, [seen, seq, onDone]);

  return (
    <div
      ref={ref}
      className="toast"
      data-place={text === '' ? undefined : place.at}
      style={place.at === 'waiting' || text === '' ? undefined : { top: place.top, bottom: 'auto' }}
      role="status"
      aria-live="polite"
    >
      {text}
    </div>
  );
}
