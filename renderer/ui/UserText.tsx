// What someone typed or named (a person's name, a district, a note), shown as typed in any
// screen language. `data-user` tells the language test (e2e/language.ts) that Japanese here is
// user data, not a missing translation; it changes nothing on screen.
import { Fragment, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { isTerm, useTerm } from '../i18n/terms';

export function UserText({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <span data-user="" className={className}>
      {children}
    </span>
  );
}

// Stand-ins for the user values while the message is put together (Unicode private use: never typed).
const OPEN = '\u{F0000}';
const CLOSE = '\u{F0001}';

/** A message with some of its values given as elements: t(key, {...other}) with `nodes` put in place. */
export function tNodes(t: TFunction, key: string, nodes: Record<string, ReactNode>, other: Record<string, unknown> = {}): ReactNode {
  const names = Object.keys(nodes);
  const marks = Object.fromEntries(names.map((k, i) => [k, `${OPEN}${i}${CLOSE}`]));
  const text = String(t(key, { ...other, ...marks }));
  const parts = text.split(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'u'));
  return parts.map((p, i) => <Fragment key={i}>{i % 2 === 1 ? nodes[names[Number(p)] ?? ''] : p}</Fragment>);
}

/**
 * A message whose `user` values (names, districts …) are user data: the same words as
 * t(key, {...other, ...user}), with each user value in its own <UserText>.
 */
export function tWithUser(t: TFunction, key: string, user: Record<string, string>, other: Record<string, unknown> = {}): ReactNode {
  return tNodes(t, key, Object.fromEntries(Object.entries(user).map(([k, v]) => [k, <UserText>{v}</UserText>])), other);
}

/** A word that is either one of the fixed words (shown in the screen's language) or typed (shown as typed). */
export function TermOrUser({ word }: { word: string }) {
  const term = useTerm();
  return isTerm(word) ? <>{term(word)}</> : <UserText>{word}</UserText>;
}
