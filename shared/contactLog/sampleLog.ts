// A fictional contact log for the activity-report samples, tests and benchmarks: deterministic
// (seeded), every entry valid by contactSchema, no real people (person ids only, no names).
// Lives outside testing/ because reportSamples.ts (built into the renderer) uses it too.
import { ACTIVITY_CONTENTS, ACTIVITY_FIELDS, CONTACT_KINDS, OTHER_ACTIVITIES, REFERRAL_DESTINATIONS, type ContactKind } from './activity';
import { seededRandom } from '../domain/demoData';
import type { ContactInput } from './contact';

export interface SampleLogOptions {
  readonly seed?: number;
  /** First day, 'YYYY-MM-DD'. */
  readonly from: string;
  /** Calendar months covered from `from` (the last entry falls before the same day `months` later). */
  readonly months?: number;
  /** Or the last day covered, 'YYYY-MM-DD' (inclusive; the demo stops at today). */
  readonly through?: string;
  /**
   * How busy each weekday is, Sunday first (a commissioner visits less at weekends). Without it
   * every day is as likely, which keeps the logs of the samples and benchmarks as they were.
   */
  readonly weekdayWeights?: readonly number[];
  /** Number of entries. */
  readonly count: number;
  /** Who recorded them; entries are spread over these (the first gets about half). */
  readonly commissioners: readonly { readonly id: string; readonly name: string }[];
}

const KIND_WEIGHTS: readonly [ContactKind, number][] = [
  ['訪問', 50],
  ['電話', 25],
  ['来所', 8],
  ['同行', 7],
  ['その他', 10],
];
const FIELD_WEIGHTS = [55, 15, 20, 10];
/** What happened, matching how (an entry without a person is a meeting or an event). */
const SUMMARIES: Readonly<Record<ContactKind | 'noPerson', readonly string[]>> = {
  訪問: [
    '見守り訪問。お変わりなし。',
    '玄関先で体調について話を聞いた。',
    '配食サービスの利用について説明した。',
    '訪問したが不在。連絡票を入れた。',
  ],
  電話: ['電話で安否を確認した。', '電話で体調について相談を受けた。', '電話で通院の予定を確認した。'],
  来所: ['相談日に来所。体調について相談を受けた。', '来所。配食サービスの利用について説明した。'],
  同行: ['通院に同行した。', '地域ケアプラザの窓口に同行した。'],
  その他: ['地域ケアプラザの職員と情報共有した。', '家族と今後のことを話し合った。'],
  noPerson: ['定例会に出席した。', '地域の行事に協力した。', '研修に参加した。'],
};

function weighted<T>(rnd: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rnd() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  const last = items[items.length - 1];
  if (!last) throw new RangeError('no items');
  return last[0];
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => {
  const item = items[Math.floor(rnd() * items.length)];
  if (item === undefined) throw new RangeError('no items');
  return item;
};

const DAY_MS = 86_400_000;

function addMonths(date: string, months: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1 + months, d);
}

/** The days from `start` (epoch ms, UTC midnight) a date is drawn from, or a RangeError. */
function dayCount(opts: SampleLogOptions, start: number): number {
  if ((opts.months === undefined) === (opts.through === undefined)) throw new RangeError('give either months or through');
  const end = opts.through !== undefined ? addMonths(opts.through, 0) + DAY_MS : addMonths(opts.from, opts.months ?? 0);
  const days = Math.round((end - start) / DAY_MS);
  if (!(days >= 1)) throw new RangeError(`no days from ${opts.from}`);
  return days;
}

/** Draws a day index in [0, days): uniform, or by weekday weight (one random number either way). */
function dayPicker(start: number, days: number, weights: readonly number[] | undefined): (rnd: () => number) => number {
  if (!weights) return (rnd) => Math.floor(rnd() * days);
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < days; i++) {
    total += Math.max(0, weights[new Date(start + i * DAY_MS).getUTCDay()] ?? 1);
    cumulative.push(total);
  }
  if (!(total > 0)) return (rnd) => Math.floor(rnd() * days);
  return (rnd) => {
    const r = rnd() * total;
    const i = cumulative.findIndex((c) => r < c);
    return i < 0 ? days - 1 : i;
  };
}

/** Entries sorted by date. */
export function sampleContactLog(opts: SampleLogOptions): ContactInput[] {
  const rnd = seededRandom(opts.seed ?? 1);
  const start = addMonths(opts.from, 0);
  const days = dayCount(opts, start);
  const dayIndex = dayPicker(start, days, opts.weekdayWeights);
  const who = opts.commissioners.map((c, i): readonly [typeof c, number] => [c, i === 0 ? opts.commissioners.length : 1]);
  const out: ContactInput[] = [];
  for (let i = 0; i < opts.count; i++) {
    const by = weighted(rnd, who);
    const date = new Date(start + dayIndex(rnd) * DAY_MS).toISOString().slice(0, 10);
    const consultation = rnd() < 0.45;
    const field = consultation
      ? weighted(
          rnd,
          ACTIVITY_FIELDS.map((f, k) => [f, FIELD_WEIGHTS[k] ?? 1] as const),
        )
      : '';
    const content = consultation ? pick(rnd, ACTIVITY_CONTENTS) : '';
    const otherActivity = rnd() < 0.15 ? pick(rnd, OTHER_ACTIVITIES) : '';
    const referredTo = rnd() < 0.12 ? pick(rnd, REFERRAL_DESTINATIONS) : '';
    const followUp = rnd() < 0.1;
    // The random numbers are drawn in the same order as always, so a seed gives the same log.
    const kind = otherActivity !== '' && !consultation ? pick(rnd, CONTACT_KINDS) : weighted(rnd, KIND_WEIGHTS);
    const personId = otherActivity !== '' && !consultation ? '' : `p${String(1 + Math.floor(rnd() * 40)).padStart(3, '0')}`;
    out.push({
      date,
      kind,
      personId,
      field,
      content,
      otherActivity,
      summary: pick(rnd, SUMMARIES[personId === '' ? 'noPerson' : kind]),
      insight: '',
      followUp: { needed: followUp, task: followUp ? '再訪問して様子を確認する' : '', due: followUp ? date : '' },
      referredTo,
      referredNote: '',
      recordedBy: by.id,
      recordedByName: by.name,
    });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
