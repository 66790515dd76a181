// Fictional people for the demo vault, the benchmark and tests. Deterministic for a seed.
// Every name, address and phone number here is made up (phone numbers use 000 prefixes).
import { CARE_FLAGS, CARE_LEVELS, HOUSEHOLDS, emptyPerson, type PersonInput } from '../persons/person';
import { fiscalYear, isValidIsoDate } from '../text/dates';

const FAMILY: readonly [string, string][] = [
  ['佐藤', 'さとう'],
  ['鈴木', 'すずき'],
  ['髙橋', 'たかはし'],
  ['田中', 'たなか'],
  ['伊藤', 'いとう'],
  ['渡辺', 'わたなべ'],
  ['山本', 'やまもと'],
  ['中村', 'なかむら'],
  ['小林', 'こばやし'],
  ['加藤', 'かとう'],
  ['𠮷田', 'よしだ'],
  ['山田', 'やまだ'],
  ['佐々木', 'ささき'],
  ['山口', 'やまぐち'],
  ['松本', 'まつもと'],
  ['井上', 'いのうえ'],
  ['木村', 'きむら'],
  ['林', 'はやし'],
  ['斎藤', 'さいとう'],
  ['清水', 'しみず'],
  ['濵田', 'はまだ'],
  ['山﨑', 'やまさき'],
  ['森', 'もり'],
  ['池田', 'いけだ'],
  ['橋本', 'はしもと'],
];
const GIVEN: readonly [string, string][] = [
  ['ハル', 'はる'],
  ['花子', 'はなこ'],
  ['太郎', 'たろう'],
  ['キヨ', 'きよ'],
  ['正雄', 'まさお'],
  ['和子', 'かずこ'],
  ['茂', 'しげる'],
  ['幸子', 'さちこ'],
  ['節子', 'せつこ'],
  ['清', 'きよし'],
  ['トミ', 'とみ'],
  ['勇', 'いさむ'],
  ['美代子', 'みよこ'],
  ['博', 'ひろし'],
  ['久子', 'ひさこ'],
  ['進', 'すすむ'],
  ['弘子', 'ひろこ'],
  ['武', 'たけし'],
  ['千代', 'ちよ'],
  ['隆', 'たかし'],
];
const STREETS = ['みどり町', 'さくら通り', 'うみかぜ台', 'ひかり坂', 'つばめ町', 'あおば台'];

/** Mulberry32: a tiny seeded PRNG, good enough for fake data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * When the demo's consents were obtained: 1 April of the fiscal year that was running 90 days
 * before `today`, so always in the past and before the demo's three-month log begins.
 */
export function demoConsentDate(today: string): string {
  if (!isValidIsoDate(today)) throw new RangeError(`not a date: ${today}`);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const earlier = new Date(Date.UTC(y, m - 1, d - 90)).toISOString().slice(0, 10);
  return `${fiscalYear(earlier)}-04-01`;
}

/** `today` places the consent dates (demoConsentDate); without it they are 2026-04-01. */
export function demoPersons(count: number, districtIds: readonly string[], seed = 2026, today?: string): PersonInput[] {
  const rnd = seededRandom(seed);
  const consentDate = today === undefined ? '2026-04-01' : demoConsentDate(today);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: PersonInput[] = [];
  for (let i = 0; i < count; i++) {
    const [fam, famKana] = pick(FAMILY);
    const [given, givenKana] = pick(GIVEN);
    const year = 1930 + Math.floor(rnd() * 30);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const p = emptyPerson(pick(districtIds));
    p.name = `${fam} ${given}`;
    p.furigana = `${famKana} ${givenKana}`;
    p.birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    p.address = `架空市${pick(STREETS)}${1 + Math.floor(rnd() * 9)}-${1 + Math.floor(rnd() * 30)}`;
    p.phone = `000-0000-${String(i % 10000).padStart(4, '0')}`;
    p.household = pick(HOUSEHOLDS.filter((h) => h !== ''));
    p.certification.careLevel = pick(CARE_LEVELS);
    p.careFlags = rnd() < 0.3 ? [pick(CARE_FLAGS)] : [];
    p.consent =
      rnd() < 0.7
        ? { given: true, date: consentDate, scopes: ['地区別支援チーム', '民生委員'], obtainedBy: '架空 職員' }
        : { given: false, date: '', scopes: [], obtainedBy: '' };
    p.commissioner = `民生委員 ${pick(FAMILY)[0]}`;
    p.note = rnd() < 0.2 ? 'デモ用の架空のメモです。' : '';
    out.push(p);
  }
  return out;
}
