// Which records a team shares (docs/replication.md, "What is shared"). The rule is the person's
// consent to share (情報共有への同意) with the 地区別支援チーム: a record about a person goes to
// the team's server only when that person has given it; a record about several persons (the
// cases of a meeting) only when every one of them has. Pure.
import { TEAM_CONSENT_SCOPE } from '../persons/person';

export const SHARED_TABLES = ['persons', 'contacts', 'meetings', 'actions', 'referrals', 'endingNotes', 'directory'] as const;
export type SharedTable = (typeof SHARED_TABLES)[number];

export interface ConsentLike {
  given: boolean;
  scopes: readonly string[];
}

/** A person shares with the team when they consented and the scope names the team. */
export function consentsToTeam(consent: ConsentLike | undefined): boolean {
  return !!consent && consent.given && consent.scopes.includes(TEAM_CONSENT_SCOPE);
}

export type ShareDecision =
  | { share: true }
  /** The persons it is about who have not consented (or are unknown here). */
  | { share: false; reason: 'noConsent'; personIds: string[] }
  /** A case in a meeting about someone not in the register: nobody's consent covers it. */
  | { share: false; reason: 'unregisteredCase' }
  /** A commissioner's own activity (a contact-log entry about no one): it stays theirs. */
  | { share: false; reason: 'ownActivity' }
  | { share: false; reason: 'notShared' };

/**
 * Whether a record goes to the team. `personIds` are the persons it is about (null for a meeting
 * case or a contact about no registered person); `consentOf` gives a person's consent as recorded
 * here, undefined for a person not on this machine.
 */
export function shareDecision(
  table: string,
  personIds: readonly (string | null)[],
  consentOf: (personId: string) => ConsentLike | undefined,
): ShareDecision {
  if (!(SHARED_TABLES as readonly string[]).includes(table)) return { share: false, reason: 'notShared' };
  if (table === 'directory') return { share: true };
  const known = personIds.filter((p): p is string => p !== null);
  if (table === 'contacts' && known.length === 0) return { share: false, reason: 'ownActivity' };
  if (table === 'meetings' && known.length < personIds.length) return { share: false, reason: 'unregisteredCase' };
  if ((table === 'endingNotes' || table === 'referrals' || table === 'persons') && known.length === 0) {
    return { share: false, reason: 'notShared' };
  }
  const missing = [...new Set(known.filter((p) => !consentsToTeam(consentOf(p))))];
  return missing.length === 0 ? { share: true } : { share: false, reason: 'noConsent', personIds: missing };
}
