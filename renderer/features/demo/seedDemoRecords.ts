// The demo vault's contact log, meetings and action items: fictional, generated from the same
// seeded sample log as the printed samples. The log covers this month and the two before it,
// every one of them up to today (on the 1st too, so the log never opens on an empty month), and
// nothing after today; the meeting and its action items are placed relative to today. Three
// persons are placed on いま連絡が必要な人 (an overdue one, one living alone over 75, one just
// discharged), and three referrals are open, one of them stalled.
import { setDemoHandoverIdentity } from '../../backup/handover';
import { sampleContactLog } from '../../../shared/contactLog/sampleLog';
import type { ContactInput } from '../../../shared/contactLog/contact';
import { isValidIsoDate, tokyoDate } from '../../../shared/text/dates';
import { DEFAULT_DISTRICTS } from '../../../shared/domain/plan';
import { demoPersons } from '../../../shared/domain/demoData';
import { emptyMeeting } from '../../../shared/meetings/meeting';
import type { VaultSession } from '../../vault/session';
import type { PersonRecord, PersonStore } from '../../records/personStore';
import { saveMeeting } from '../meetings';
import { addContactsInBulk } from '../contactLog';
import { addStep, createReferral } from '../referrals';

/** Months the demo log covers, this one included. */
export const DEMO_MONTHS = 3;
/** Entries a day: the demo's own user records most, every other commissioner half as many. */
const PER_DAY = { own: 1.2, other: 0.6 };
/** The least each commissioner has in a month, even on its first day (the report shows it). */
const AT_LEAST = { own: 3, other: 1 };
/** A commissioner records less at weekends (Sunday first). */
const WEEKDAYS = [0.3, 1, 1, 1, 1, 1, 0.6];

function monthStart(today: string, monthsBack: number): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - monthsBack, 1)).toISOString().slice(0, 10);
}

function monthEnd(first: string): string {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The demo's contact log for `today` ('YYYY-MM-DD', Tokyo), oldest first: each of the
 * DEMO_MONTHS months from its 1st to its last day or today, for each commissioner (the first is
 * the demo's user) at a steady rate with quieter weekends and never fewer than AT_LEAST.
 * Person ids are the sample log's (p001…).
 */
export function demoContactLog(today: string, commissioners: readonly { id: string; name: string }[]): ContactInput[] {
  if (!isValidIsoDate(today)) throw new RangeError(`not a date: ${today}`);
  const out: ContactInput[] = [];
  for (let back = DEMO_MONTHS - 1; back >= 0; back--) {
    const from = monthStart(today, back);
    const last = monthEnd(from);
    const through = last < today ? last : today;
    const days = Number(through.slice(8, 10));
    commissioners.forEach((who, k) => {
      const share = k === 0 ? 'own' : 'other';
      out.push(
        ...sampleContactLog({
          seed: 7 + 10 * back + k,
          from,
          through,
          count: Math.max(AT_LEAST[share], Math.round(days * PER_DAY[share])),
          weekdayWeights: WEEKDAYS,
          commissioners: [who],
        }),
      );
    });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Days back of the last contact of the persons the demo puts on the reach view. */
export const DEMO_REACH_LAST_CONTACT = { overdue: 45, aloneOver75: 20, discharged: 12 } as const;
/** Days back of the demo's discharge. */
export const DEMO_DISCHARGED_DAYS = 10;

/** The live persons the demo places on the reach view, and those with a referral (fixed picks). */
export function demoReachPersons(live: readonly PersonRecord[]) {
  return { overdue: live[3], aloneOver75: live[4], discharged: live[5], referrals: [live[6], live[7], live[8]] };
}

/** Makes the picked persons' situations true: living alone at 80, discharged 10 days ago, watched. */
export async function placeDemoReachPersons(persons: PersonStore, today: string, now: number): Promise<void> {
  const picks = demoReachPersons(persons.getSnapshot().filter((p) => p.deletedAt === 0));
  const change = async (p: PersonRecord | undefined, patch: Partial<PersonRecord>) => {
    if (p) await persons.update(p.id, { ...p, status: '見守り中', ...patch }, p.rev, now);
  };
  await change(picks.overdue, {});
  await change(picks.aloneOver75, { household: '独居', birthDate: `${Number(today.slice(0, 4)) - 80}-01-15`, dischargedOn: '' });
  await change(picks.discharged, { dischargedOn: addDays(today, -DEMO_DISCHARGED_DAYS) });
}

export async function seedDemoRecords(
  session: VaultSession,
  commissioner: { id: string; name: string },
  persons: readonly PersonRecord[],
  today: string,
  now: number,
): Promise<void> {
  const live = persons.filter((p) => p.deletedAt === 0);
  const personFor = (sampleId: string) => live[(Number(sampleId.slice(1)) - 1) % Math.max(1, live.length)];
  const picks = demoReachPersons(live);
  // The reach persons' last contact is the one placed here, that many days back.
  const lastContact = new Map(
    (['overdue', 'aloneOver75', 'discharged'] as const).flatMap((k) => {
      const p = picks[k];
      return p ? [[p.id, addDays(today, -DEMO_REACH_LAST_CONTACT[k])] as const] : [];
    }),
  );
  const log = demoContactLog(today, [commissioner, { id: 'demo-other', name: 'デモ 次郎' }])
    // Bulk-written entries carry no follow-up (those become action items one by one); the
    // demo's action items come from its meeting below.
    .map((c) => ({ ...c, personId: c.personId ? (personFor(c.personId)?.id ?? '') : '', followUp: { needed: false, task: '', due: '' } }))
    // Their later visits go to someone else, so the log keeps its size.
    .map((c) => (lastContact.has(c.personId) && c.date >= (lastContact.get(c.personId) ?? '') ? { ...c, personId: live[0]?.id ?? '' } : c));
  const first = log[0];
  if (first)
    for (const [personId, date] of lastContact)
      log.push({ ...first, personId, date, summary: 'お変わりなし（デモ）', followUp: { needed: false, task: '', due: '' } });
  log.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  await addContactsInBulk(session, log, now);
  // The demo vault opens samples/demo-handover.age: its receiving key is the published demo one.
  if (session.kind === 'demo') await setDemoHandoverIdentity(session, now);

  const [a, b] = live;
  if (!a || !b) return;
  const last = addDays(today, -21);
  await saveMeeting(
    session,
    {
      ...emptyMeeting('case', last, a.districtId),
      title: '見守り体制の確認（デモ）',
      number: 3,
      startTime: '14:00',
      endTime: '15:00',
      place: '地域ケアプラザ（架空）',
      host: '地域ケアプラザ',
      cases: [
        {
          personId: a.id,
          basicInfo: '独居。要支援1。',
          family: '長女（遠方）',
          history: '最近、外出が減っている。',
          wishes: '自宅で暮らし続けたい。',
        },
        {
          personId: b.id,
          basicInfo: '高齢者のみ世帯。',
          family: '夫と二人暮らし',
          history: '夫の通院付き添いが負担。',
          wishes: '夫婦で暮らしたい。',
        },
      ],
      consent: { obtained: true, date: last, how: '口頭（民生委員が説明）' },
      discussion: 'デモ用の架空の検討内容です。',
      conclusion: '週1回の見守り訪問と配食サービスの利用を提案する。',
    },
    [
      { owner: 'デモ 利用者', ownerOrg: '地域ケアプラザ', task: '配食サービスの申込みを支援する', due: addDays(last, 10), personId: a.id },
      { owner: 'デモ 次郎', ownerOrg: '民生委員・児童委員等委嘱委員', task: '週1回の見守り訪問', due: addDays(today, 5), personId: a.id },
      {
        owner: 'デモ 利用者',
        ownerOrg: '地域ケアプラザ',
        task: '通院付き添いのボランティアを探す',
        due: addDays(today, 20),
        personId: b.id,
      },
    ],
    now,
  );

  // Referrals: one stalled at 情報収集 (limit 30 days, 50 days in it), one moving, one new.
  const [r1, r2, r3] = picks.referrals;
  const by = commissioner.name;
  if (r1) {
    const r = await createReferral(session, r1.id, r1.districtId, addDays(today, -60), by, now);
    await addStep(session, r.id, { to: 'gathering', date: addDays(today, -50), by, note: '' }, today, now);
  }
  if (r2) {
    const r = await createReferral(session, r2.id, r2.districtId, addDays(today, -20), by, now);
    await addStep(session, r.id, { to: 'gathering', date: addDays(today, -12), by, note: '' }, today, now);
    await addStep(session, r.id, { to: 'planning', date: addDays(today, -5), by, note: '' }, today, now);
  }
  if (r3) await createReferral(session, r3.id, r3.districtId, addDays(today, -10), by, now);
}

/**
 * The demo vault's fictional contents: 40 persons over six districts, then their log, meetings,
 * actions and referrals, all dated up to `now`'s Tokyo day.
 */
export async function seedDemoVault(
  session: VaultSession,
  commissioner: { id: string; name: string },
  persons: PersonStore,
  now: number,
): Promise<void> {
  const today = tokyoDate(now);
  await persons.createMany(
    demoPersons(
      40,
      DEFAULT_DISTRICTS.slice(0, 6).map((d) => d.id),
      undefined,
      today,
    ),
    now,
  );
  await placeDemoReachPersons(persons, today, now);
  await seedDemoRecords(session, commissioner, persons.getSnapshot(), today, now);
}
