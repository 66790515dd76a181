// The contact form's rules that are not React: draft keys, the save shortcut, the one-click
// phrases, and the two-step save (errors block; warnings are shown and need a second press).
import type { ContactInput, Problem } from '../../../shared/contactLog/contact';
import { draftKeys, type DraftKey } from '../../records/draftKeys';
import type { Contact } from './contactRepo';

/** One-click phrases for 「ようす・話したこと」. Stored as typed, so they stay Japanese. */
export const SUMMARY_PHRASES = ['変わりなし', '不在（ポストに連絡票）', '体調について話を聞いた'] as const;

/** One draft per new form (per preset person) and one per edited entry. */
export function draftKey(opts: { id?: string | undefined; personId?: string | undefined }): DraftKey {
  return opts.id ? draftKeys.contactEdit(opts.id) : draftKeys.contactNew(opts.personId);
}

export function toInput(c: Contact): ContactInput {
  const { id: _id, rev: _r, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = c;
  return input;
}

/**
 * A phrase fills an empty field; when something is already written it goes on a new line, so a
 * click never throws away typing. Pressing the same phrase twice does not repeat it.
 */
export function applyPhrase(current: string, phrase: string): string {
  if (current.trim() === '') return phrase;
  const lines = current.split('\n');
  if (lines[lines.length - 1] === phrase) return current;
  return current.endsWith('\n') ? current + phrase : `${current}\n${phrase}`;
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
  keyCode?: number;
}

/**
 * Ctrl+Enter (⌘+Enter on a Mac) saves. Not while an IME is composing: Enter there confirms the
 * conversion (Chromium reports keyCode 229 for those key presses).
 */
export function isSaveShortcut(e: KeyLike): boolean {
  if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229) return false;
  if (e.altKey || e.shiftKey) return false;
  return e.ctrlKey !== e.metaKey;
}

export type SaveStep =
  { kind: 'blocked'; errors: Problem[] } | { kind: 'confirm'; warnings: Problem[]; signature: string } | { kind: 'save' };

const signatureOf = (ps: readonly Problem[]) =>
  ps
    .map((p) => `${p.path}:${p.code}`)
    .sort()
    .join('|');

/**
 * What pressing 保存する does. `acknowledged` is the signature of the warnings the user was
 * already shown: the same warnings a second time mean "save anyway"; a new one asks again.
 */
export function nextSaveStep(problems: readonly Problem[], acknowledged: string | null): SaveStep {
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { kind: 'blocked', errors };
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (warnings.length === 0) return { kind: 'save' };
  const signature = signatureOf(warnings);
  return signature === acknowledged ? { kind: 'save' } : { kind: 'confirm', warnings, signature };
}

/** What is stored: an unchecked follow-up keeps no hidden task or date. Text is kept exactly as typed. */
export function forSaving(v: ContactInput): ContactInput {
  return v.followUp.needed ? v : { ...v, followUp: { needed: false, task: '', due: '' } };
}

/** True when the form holds something the user typed or changed. */
export function isChanged(v: ContactInput, initial: ContactInput): boolean {
  return JSON.stringify(v) !== JSON.stringify(initial);
}
