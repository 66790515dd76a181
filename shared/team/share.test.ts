import { describe, expect, it } from 'vitest';
import { consentsToTeam, shareDecision, type ConsentLike } from './share';

const consents: Record<string, ConsentLike> = {
  yes: { given: true, scopes: ['地区別支援チーム', '区役所'] },
  otherScope: { given: true, scopes: ['地域ケアプラザ'] },
  no: { given: false, scopes: [] },
  /** Scopes ticked, but the consent itself not given. */
  notGiven: { given: false, scopes: ['地区別支援チーム'] },
};
const of = (id: string) => consents[id];

describe('what a team shares', () => {
  it('a person shares only with consent that names the team', () => {
    expect(consentsToTeam(consents.yes)).toBe(true);
    for (const k of ['otherScope', 'no', 'notGiven']) expect(consentsToTeam(consents[k]), k).toBe(false);
    expect(consentsToTeam(undefined)).toBe(false);
    expect(shareDecision('persons', ['yes'], of)).toEqual({ share: true });
    expect(shareDecision('persons', ['otherScope'], of)).toEqual({ share: false, reason: 'noConsent', personIds: ['otherScope'] });
  });
  it("records about a person follow that person's consent", () => {
    for (const t of ['contacts', 'actions', 'referrals', 'endingNotes']) {
      expect(shareDecision(t, ['yes'], of), t).toEqual({ share: true });
      expect(shareDecision(t, ['no'], of), t).toEqual({ share: false, reason: 'noConsent', personIds: ['no'] });
      // A person this machine does not know: no consent is on record here.
      expect(shareDecision(t, ['elsewhere'], of), t).toEqual({ share: false, reason: 'noConsent', personIds: ['elsewhere'] });
    }
  });
  it('a meeting shares only when every case is about a consenting, registered person', () => {
    expect(shareDecision('meetings', [], of)).toEqual({ share: true });
    expect(shareDecision('meetings', ['yes', 'yes'], of)).toEqual({ share: true });
    expect(shareDecision('meetings', ['yes', 'no', 'notGiven', 'no'], of)).toEqual({
      share: false,
      reason: 'noConsent',
      personIds: ['no', 'notGiven'],
    });
    expect(shareDecision('meetings', ['yes', null], of)).toEqual({ share: false, reason: 'unregisteredCase' });
  });
  it("a team's own items and directory share; a commissioner's own activity and other tables do not", () => {
    expect(shareDecision('actions', [], of)).toEqual({ share: true });
    expect(shareDecision('directory', [], of)).toEqual({ share: true });
    expect(shareDecision('contacts', [null], of)).toEqual({ share: false, reason: 'ownActivity' });
    expect(shareDecision('contacts', [], of)).toEqual({ share: false, reason: 'ownActivity' });
    for (const t of ['drafts', 'audit', 'settings', 'profile', 'secrets', 'templates'])
      expect(shareDecision(t, [], of).share, t).toBe(false);
  });
});
