// Finds Japanese text on a screen shown in English, except where the page says it is user data
// or Japanese on purpose:
// - `data-user` marks an element showing what someone typed or chose by name (a person's name,
//   a district, a note, a template's questions, an attendee …): it is shown as typed, in any
//   language. Form fields' own values (what is being typed) are user data too.
// - `lang="ja"` marks Japanese on purpose: the name 日本語 in the language choice, the Japanese
//   headers a roster file must have, the marks printed on Japanese forms, a Japanese template.
// A text that mixes words with user data ("Back to 山田 花子") passes when its Japanese is
// exactly strings the same page marks as user data (or as Japanese on purpose).
import type { Page } from '@playwright/test';

/** Hiragana, Katakana (with the half-width forms), CJK ideographs, CJK punctuation and full-width forms. */
export const JAPANESE_SOURCE =
  '[\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Han}\\u3000-\\u303f\\u30fb\\uff01-\\uff60\\uff61-\\uff9f\\ufe30-\\ufe4f]';

export interface Found {
  where: string;
  text: string;
}

/** Every piece of Japanese on the page outside user data, as "where: text". */
export async function japaneseOutsideUserData(page: Page): Promise<Found[]> {
  return page.evaluate((source) => {
    const japanese = new RegExp(source, 'u');
    const skipped = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        if (e.tagName === 'SCRIPT' || e.tagName === 'STYLE' || e.tagName === 'TEXTAREA' || e.tagName === 'TEMPLATE') return true;
        if (e.hasAttribute('data-user')) return true;
        if (e !== document.documentElement && (e.getAttribute('lang') ?? '').toLowerCase().startsWith('ja')) return true;
      }
      return false;
    };
    // What the page marks as user data, longest first, to take out of mixed texts.
    const userStrings = new Set<string>();
    for (const el of Array.from(document.querySelectorAll('[data-user], body [lang^="ja"]'))) {
      const t = (el.textContent ?? '').trim();
      if (t) userStrings.add(t);
      for (const a of ['aria-label', 'title', 'data-user']) {
        const v = el.getAttribute(a)?.trim();
        if (v) userStrings.add(v);
      }
    }
    // What is typed into a field (not the value of a choice: a radio's or checkbox's value is a fixed word).
    const typed =
      'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="tel"], input[type="email"], input[type="url"]';
    for (const el of Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(typed))) {
      if (el.value.trim()) userStrings.add(el.value.trim());
    }
    const byLength = [...userStrings].sort((a, b) => b.length - a.length);
    const residue = (text: string) => {
      let rest = text;
      for (const u of byLength) if (rest.includes(u)) rest = rest.split(u).join(' ');
      return rest;
    };
    const where = (el: Element | null): string => {
      const path: string[] = [];
      for (let e = el; e && e !== document.body && path.length < 4; e = e.parentElement) {
        const cls = typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
        const id = e.id ? `#${e.id}` : '';
        path.unshift(`${e.tagName.toLowerCase()}${id}${cls}`);
      }
      return path.join(' > ');
    };
    const found: { where: string; text: string }[] = [];
    if (japanese.test(residue(document.title))) found.push({ where: 'title', text: document.title });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!japanese.test(text) || skipped(n.parentElement)) continue;
      if (japanese.test(residue(text))) found.push({ where: where(n.parentElement), text: text.trim().slice(0, 120) });
    }
    const ATTRS = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (skipped(el)) continue;
      for (const a of ATTRS) {
        const v = el.getAttribute(a);
        if (v && japanese.test(residue(v))) found.push({ where: `${where(el)} @${a}`, text: v.slice(0, 120) });
      }
      if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type) && japanese.test(residue(el.value)))
        found.push({ where: `${where(el)} @value`, text: el.value });
    }
    return found;
  }, JAPANESE_SOURCE);
}

/** What the page skips as user data or Japanese on purpose (for the log: a person can read what was let through). */
export async function markedJapanese(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const japanese = new RegExp(source, 'u');
    return Array.from(document.querySelectorAll('[data-user], body [lang^="ja"]'))
      .map(
        (el) =>
          `${el.hasAttribute('data-user') ? 'data-user' : 'lang=ja'} ${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 60)}`,
      )
      .filter((t) => japanese.test(t));
  }, JAPANESE_SOURCE);
}
