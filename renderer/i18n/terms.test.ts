// Every fixed word of the shared lists has its English (terms.en.ts), and the lists whose words
// are not literal types (the plan's goals, the meeting types, referral steps) are covered too.
import { describe, expect, it } from 'vitest';
import * as activity from '../../shared/contactLog/activity';
import * as person from '../../shared/persons/person';
import * as referral from '../../shared/referrals/referral';
import * as personSheet from '../../shared/referrals/personSheet';
import { END_STEPS, MAIN_STEPS } from '../../shared/referrals/status';
import { ACTORS, PILLARS } from '../../shared/domain/plan';
import { MEETING_FUNCTIONS, MEETING_TYPES } from '../../shared/meetings/meeting';
import { TERMS_EN } from './terms.en';
import { isTerm, termIn } from './terms';

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Every exported list of strings in a module. */
function stringLists(mod: Record<string, unknown>): [string, string[]][] {
  return Object.entries(mod).filter(
    (e): e is [string, string[]] => Array.isArray(e[1]) && e[1].length > 0 && e[1].every((v) => typeof v === 'string'),
  );
}

describe('fixed words in English', () => {
  const lists: [string, readonly string[]][] = [
    ...stringLists(activity),
    ...stringLists(person).filter(([name]) => name !== 'RYOIKU_GRADES'),
    ...stringLists(referral),
    ...stringLists(personSheet),
    ['ACTORS', ACTORS],
    ['MEETING_FUNCTIONS', MEETING_FUNCTIONS],
    ['MEETING_TYPES', MEETING_TYPES.map((t) => t.label)],
    ['PILLARS', PILLARS.flatMap((p) => [p.label, ...p.goals.map((g) => g.label)])],
    ['steps', [...MAIN_STEPS, ...END_STEPS].map((s) => s.label)],
  ];

  it('walks the lists it should (so a renamed list is noticed)', () => {
    const names = lists.map(([n]) => n);
    for (const n of [
      'ACTIVITY_FIELDS',
      'CONTACT_KINDS',
      'PERSON_STATUSES',
      'CARE_FLAGS',
      'GUARDIANSHIP_TYPES',
      'DECLINE_SIGNS',
      'COGNITIVE_ITEMS',
    ])
      expect(names).toContain(n);
  });

  for (const [name, words] of lists) {
    it(`${name}: every word has English without Japanese in it`, () => {
      for (const w of words.filter((x) => x !== '')) {
        expect(isTerm(w), `${name}: ${w}`).toBe(true);
        const en = termIn('en', w);
        expect(en, `${name}: ${w}`).not.toMatch(JAPANESE);
        expect(en.trim(), `${name}: ${w}`).not.toBe('');
      }
    });
  }

  it('has no English without its Japanese word in a list', () => {
    const known = new Set([...lists.flatMap(([, w]) => w), 'はい', 'いいえ', '不明']);
    expect(Object.keys(TERMS_EN).filter((k) => !known.has(k))).toEqual([]);
  });

  it('shows Japanese as it is, and an unknown word as it is in English too', () => {
    expect(termIn('ja', '見守り中')).toBe('見守り中');
    expect(termIn('en', '見守り中')).toBe('Watched over');
    expect(termIn('en', '鶴見中央')).toBe('鶴見中央');
    expect(termIn('en', 'constructor')).toBe('constructor');
  });
});
