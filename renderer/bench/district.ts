// A whole fictional district for `npm run bench`: persons, five fiscal years of contact log,
// meetings with their action items, guardianship referrals with their histories and filled
// ending notes, written through the app's own write path (validation, sealing, audit entries,
// one transaction per save) into the app's database, so the built app can open it. Next to it,
// the same plaintext records go into a raw IndexedDB database in transactions of the same shape:
// the floor (storage alone, without Dexie or encryption) the vault's costs are divided by.
// Deterministic for a scale (seeded generators); only the record ids and the sealing are random.
import { DEFAULT_DISTRICTS } from '../../shared/domain/plan';
import { demoPersons, seededRandom } from '../../shared/domain/demoData';
import { sampleContactLog } from '../../shared/contactLog/sampleLog';
import type { ContactInput } from '../../shared/contactLog/contact';
import { emptyMeeting, type MeetingInput, type MeetingTypeId } from '../../shared/meetings/meeting';
import { STANDARD_JA } from '../../shared/endingNotes/defaults';
import { sampleAnswers } from '../../shared/endingNotes/sampleNote';
import { MAIN_STEPS, type ReferralStatus } from '../../shared/referrals/status';
import type { PersonInput } from '../../shared/persons/person';
import { VaultDatabase } from '../db/database';
import { logEvent, type Actor } from '../audit/auditLog';
import { createVault } from '../vault/keystore';
import { VaultSession } from '../vault/session';
import { profileSchema, type UserProfile } from '../vault/secrets';
import { writeSingleton } from '../records/singletons';
import { PersonStore } from '../records/personStore';
import { addContactsInBulk } from '../features/contactLog';
import { saveMeeting } from '../features/meetings';
import { listActions, markDone } from '../features/actions';
import { addStep, createReferral } from '../features/referrals';
import { createNote, saveAnswers } from '../features/endingNotes';

/** The bench's "today": the district's records end here (Tokyo day of NOW). */
export const DISTRICT_TODAY = '2026-11-30';
export const DISTRICT_NOW = Date.UTC(2026, 10, 30, 1, 0, 0);
/** Five fiscal years of log: FY2022 (April 2022) up to today. */
const LOG_FROM = '2022-04-01';
export const DISTRICT_DB = 'ainet-records';
export const RAW_DB = 'ainet-bench-raw';

/** 1× is a whole district: what a ward-level team holds after years. */
export const ONE_X = { persons: 10_000, contacts: 50_000, meetings: 2_000, actionsPerMeeting: 3, referrals: 1_000, notes: 2_000 } as const;

export interface DistrictCounts {
  persons: number;
  contacts: number;
  meetings: number;
  actions: number;
  referrals: number;
  notes: number;
}

export function districtCounts(scale: number): DistrictCounts {
  const n = (x: number) => Math.max(1, Math.round(x * scale));
  const meetings = n(ONE_X.meetings);
  return {
    persons: Math.max(100, n(ONE_X.persons)),
    contacts: n(ONE_X.contacts),
    meetings,
    actions: meetings * ONE_X.actionsPerMeeting,
    referrals: n(ONE_X.referrals),
    notes: n(ONE_X.notes),
  };
}

/** What the focus person carries: 40 + 2 + 3 + 4 referral steps + 1 note = 50 timeline entries. */
export const FOCUS = { contacts: 40, meetings: 2, referralSteps: 4, notes: 1 } as const;

const COMMISSIONERS = Array.from({ length: 24 }, (_, i) => ({ id: `c${String(i + 1).padStart(2, '0')}`, name: `架空 委員${i + 1}` }));

export interface KindTiming {
  kind: string;
  records: number;
  /** Transactions the vault used (one per save, or one per bulk chunk). */
  transactions: number;
  vaultMs: number;
  rawMs: number;
}

export interface DistrictSeed {
  scale: number;
  counts: DistrictCounts;
  focusPersonId: string;
  timings: KindTiming[];
  totalMs: number;
}

// ---------------------------------------------------------------- the raw floor

const RAW_STORES = ['persons', 'contacts', 'meetings', 'actions', 'referrals', 'endingNotes'] as const;
type RawStore = (typeof RAW_STORES)[number];

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

export function openRaw(): Promise<IDBDatabase> {
  const open = indexedDB.open(RAW_DB, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    for (const name of RAW_STORES) {
      const s = db.createObjectStore(name, { keyPath: 'id' });
      if (name !== 'persons') s.createIndex('personId', 'personId');
      if (name === 'contacts' || name === 'meetings') s.createIndex('date', 'date');
    }
  };
  return req(open);
}

export async function deleteRaw(): Promise<void> {
  await req(indexedDB.deleteDatabase(RAW_DB));
}

/** Writes `rows` (plaintext) in one transaction with the durability the vault uses. */
function rawPut(db: IDBDatabase, store: RawStore, rows: readonly object[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite', { durability: 'strict' });
    const s = tx.objectStore(store);
    for (const r of rows) s.put(r);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('raw write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('raw write aborted'));
  });
}

/** Reads a row and writes its next version in one transaction: a save that starts from the current copy. */
function rawGetPut(db: IDBDatabase, store: RawStore, row: { id: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite', { durability: 'strict' });
    const s = tx.objectStore(store);
    s.get(row.id).onsuccess = () => s.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('raw write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('raw write aborted'));
  });
}

export async function rawGetAll(db: IDBDatabase, store: RawStore): Promise<unknown[]> {
  return req(db.transaction(store).objectStore(store).getAll());
}

export async function rawByIndex(db: IDBDatabase, store: RawStore, index: 'date' | 'personId', range: IDBKeyRange): Promise<unknown[]> {
  return req(db.transaction(store).objectStore(store).index(index).getAll(range));
}

const meta = (now: number) => ({ id: crypto.randomUUID(), rev: 1, createdAt: now, updatedAt: now, deletedAt: 0 });

// ---------------------------------------------------------------- generators

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const DISTRICT_IDS = DEFAULT_DISTRICTS.map((d) => d.id);

function personsOf(counts: DistrictCounts): PersonInput[] {
  return demoPersons(counts.persons, DISTRICT_IDS, 2026, DISTRICT_TODAY);
}

function contactLogOf(counts: DistrictCounts, ids: readonly string[], focus: string): ContactInput[] {
  const rnd = seededRandom(5011);
  const others = ids.filter((id) => id !== focus);
  const log = sampleContactLog({
    seed: 50,
    from: LOG_FROM,
    through: DISTRICT_TODAY,
    count: counts.contacts,
    weekdayWeights: [0.3, 1, 1, 1, 1, 1, 0.6],
    commissioners: COMMISSIONERS,
  });
  // The focus person's entries are spread evenly through the log's entries about a person; nobody else gets them.
  const aboutSomeone = log.flatMap((c, i) => (c.personId !== '' ? [i] : []));
  const step = Math.max(1, Math.floor(aboutSomeone.length / FOCUS.contacts));
  const toFocus = new Set(aboutSomeone.filter((_, k) => k % step === 0).slice(0, FOCUS.contacts));
  return log.map((c, i) => {
    const personId = c.personId === '' ? '' : toFocus.has(i) ? focus : (others[Math.floor(rnd() * others.length)] ?? '');
    // The sample log gives its first commissioner half of everything; a district's are even.
    const who = COMMISSIONERS[Math.floor(rnd() * COMMISSIONERS.length)] ?? COMMISSIONERS[0];
    return { ...c, personId, recordedBy: who?.id ?? '', recordedByName: who?.name ?? '', followUp: { needed: false, task: '', due: '' } };
  });
}

const MEETING_KINDS: readonly [MeetingTypeId, number][] = [
  ['case', 0.7],
  ['team', 0.2],
  ['area', 0.1],
];

function meetingOf(
  rnd: () => number,
  i: number,
  date: string,
  districtId: string,
  caseIds: readonly string[],
  caseMeeting: boolean,
): MeetingInput {
  let r = rnd();
  let type: MeetingTypeId = 'case';
  for (const [id, w] of MEETING_KINDS) {
    type = id;
    if ((r -= w) < 0) break;
  }
  if (caseMeeting) type = 'case';
  const base = emptyMeeting(type, date, districtId);
  const withCases = type !== 'area';
  return {
    ...base,
    title: `見守り体制の確認（架空 第${i + 1}回）`,
    number: 1 + (i % 12),
    startTime: '14:00',
    endTime: '15:30',
    place: '架空地域ケアプラザ 多目的室',
    host: '架空地域ケアプラザ',
    chair: '架空 職員',
    recorder: '架空 記録係',
    presenter: '架空 委員1',
    consent: withCases ? { obtained: true, date, how: '口頭（民生委員が説明）' } : base.consent,
    cases: withCases
      ? caseIds.map((personId) => ({
          personId,
          basicInfo: '80代（架空）。独居。要支援1。通院中。',
          family: '長女（遠方、架空）が月に1回電話。',
          history: '最近、外出が減っている。近隣住民から民生委員へ連絡があった。',
          wishes: '本人：「できるだけ今の家で暮らしたい」。',
        }))
      : [],
    issues: ['転倒時に気づく人がいない。', '緊急連絡先が地域で共有されていない。'],
    discussion: '架空の検討内容。見守りの頻度と役割分担について意見を交わした。'.repeat(3),
    conclusion: '週1回の見守り訪問と配食サービスの利用を提案する。',
  };
}

// ---------------------------------------------------------------- the seed

/**
 * Seeds the district at `scale` into DISTRICT_DB (deleted first) and the raw floor into RAW_DB.
 * `progress` hears each kind as it starts (the seed at 1× takes minutes).
 */
export async function seedDistrict(
  scale: number,
  passphrase: string,
  progress: (m: string) => void = () => undefined,
): Promise<DistrictSeed> {
  const counts = districtCounts(scale);
  const t0 = performance.now();
  const now = DISTRICT_NOW;
  await new VaultDatabase(DISTRICT_DB).delete();
  await deleteRaw();
  const raw = await openRaw();
  const db = new VaultDatabase(DISTRICT_DB);
  await db.open();
  const { keys } = await createVault(db, passphrase, now);
  const profile: UserProfile = { id: crypto.randomUUID(), name: 'ベンチ 職員', role: 'care-plaza', districtId: 'd01' };
  const actor: Actor = { id: profile.id, role: profile.role, name: profile.name };
  const session = await VaultSession.open(db, 'main', keys, actor);
  await logEvent(session, { action: 'vault.create', table: 'vaultMeta', recordId: 'keys' }, now);
  await writeSingleton(session, 'secrets', 'profile', profileSchema, profile, 0, 'profile.update', now);

  const timings: KindTiming[] = [];
  // The floor's writes run after the vault's (rawFloor), so the vault's size on disk can be read in between.
  pendingRaw.length = 0;
  const timed = async (kind: string, records: number, transactions: number, vault: () => Promise<void>, rawWork: () => Promise<void>) => {
    progress(`${kind}: ${records} records`);
    const a = performance.now();
    await vault();
    const timing = { kind, records, transactions, vaultMs: performance.now() - a, rawMs: 0 };
    timings.push(timing);
    pendingRaw.push({ timing, work: rawWork });
  };

  // Persons: in chunks of 2,000 (createMany, one transaction each), the focus person first.
  const store = new PersonStore(session);
  const inputs = personsOf(counts);
  const chunks: PersonInput[][] = [];
  for (let i = 0; i < inputs.length; i += 2000) chunks.push(inputs.slice(i, i + 2000));
  await timed(
    'persons (bulk, 2,000 a transaction)',
    inputs.length,
    chunks.length,
    async () => {
      for (const c of chunks) await store.createMany(c, now);
    },
    async () => {
      for (const c of chunks)
        await rawPut(
          raw,
          'persons',
          c.map((p) => ({ ...p, ...meta(now) })),
        );
    },
  );
  const persons = store.getSnapshot();
  const focusInput = inputs[0];
  const focus = persons.find((p) => p.name === focusInput?.name && p.birthDate === focusInput.birthDate && p.phone === focusInput.phone);
  if (!focus) throw new Error('focus person not found');
  const ids = persons.map((p) => p.id);
  const others = ids.filter((id) => id !== focus.id);
  const districtOf = new Map(persons.map((p) => [p.id, p.districtId]));

  // The contact log: five fiscal years, in chunks of 5,000 (as the demo and a CSV import write).
  // Each entry carries its person's district, as the contact form saves it (entries about no one: the first district).
  const log = contactLogOf(counts, ids, focus.id).map((c) => ({
    ...c,
    districtId: districtOf.get(c.personId) ?? DISTRICT_IDS[0] ?? 'd01',
  }));
  const logChunks: ContactInput[][] = [];
  for (let i = 0; i < log.length; i += 5000) logChunks.push(log.slice(i, i + 5000));
  await timed(
    'contact log (bulk, 5,000 a transaction)',
    log.length,
    logChunks.length,
    async () => {
      for (const c of logChunks) await addContactsInBulk(session, c, now);
    },
    async () => {
      for (const c of logChunks)
        await rawPut(
          raw,
          'contacts',
          c.map((x) => ({ ...x, ...meta(now) })),
        );
    },
  );

  // Meetings, one save each (the form's path), each with its three action items.
  const rnd = seededRandom(7007);
  const span = daysBetween(LOG_FROM, DISTRICT_TODAY);
  const meetingRows: {
    meeting: MeetingInput;
    drafts: { owner: string; ownerOrg: string; task: string; due: string; personId: string }[];
  }[] = [];
  for (let i = 0; i < counts.meetings; i++) {
    const focusHere = i < FOCUS.meetings;
    const date = focusHere ? addDays(DISTRICT_TODAY, -40 - 60 * i) : addDays(LOG_FROM, Math.floor((span - 1) * (i / counts.meetings)));
    const a = others[Math.floor(rnd() * others.length)] ?? '';
    const b = others[Math.floor(rnd() * others.length)] ?? '';
    const caseIds = focusHere ? [focus.id] : [a, b];
    const districtId = districtOf.get(caseIds[0] ?? '') ?? 'd01';
    const meeting = meetingOf(rnd, i, date, districtId, caseIds, focusHere);
    if (meeting.type === 'area') meeting.cases = [];
    const subject = meeting.cases[0]?.personId ?? '';
    // The focus person's meetings give it three action items in all (two, then one).
    const about = (k: number) => (focusHere ? ((i === 0 && k < 2) || (i === 1 && k === 0) ? focus.id : '') : subject);
    meetingRows.push({
      meeting,
      drafts: [0, 1, 2].map((k) => ({
        owner: COMMISSIONERS[(i + k) % COMMISSIONERS.length]?.name ?? '',
        ownerOrg: k === 0 ? '民生委員・児童委員' : '地域ケアプラザ',
        task: ['週1回の見守り訪問', '配食サービスの申込みを支援する', '緊急連絡先を確認する'][k] ?? '',
        due: addDays(date, [14, 30, 60][k] ?? 30),
        personId: about(k),
      })),
    });
  }
  const focusActions = meetingRows.slice(0, FOCUS.meetings).flatMap((m) => m.drafts.filter((d) => d.personId === focus.id)).length;
  if (focusActions !== 3) throw new Error(`focus person has ${focusActions} actions, not 3`);
  const rawMeetings: object[] = [];
  await timed(
    'meetings (one save each, with 3 actions)',
    counts.meetings,
    counts.meetings,
    async () => {
      for (const m of meetingRows) rawMeetings.push(await saveMeeting(session, m.meeting, m.drafts, now));
    },
    async () => {
      for (const [i, m] of rawMeetings.entries()) {
        await rawPut(raw, 'meetings', [m]);
        await rawPut(
          raw,
          'actions',
          (meetingRows[i]?.drafts ?? []).map((d) => ({ ...d, ...meta(now), status: 'open' })),
        );
      }
    },
  );

  // Most action items of meetings more than three months old were done (one save each).
  const { items: actions } = await listActions(session);
  const toClose = actions.filter((a, i) => a.due < addDays(DISTRICT_TODAY, -90) && i % 5 !== 0 && a.personId !== focus.id);
  const closedRaw: object[] = [];
  await timed(
    'action items done (one save each)',
    toClose.length,
    toClose.length,
    async () => {
      for (const a of toClose) closedRaw.push(await markDone(session, a, addDays(a.due, -3), '架空の完了メモ', now));
    },
    async () => {
      // markDone reads the stored row before writing (a change made meanwhile is refused), so the floor does too.
      for (const a of closedRaw) await rawGetPut(raw, 'actions', a as { id: string });
    },
  );

  // Referrals, opened then moved step by step (one save each), most of them along the main path.
  const steps = MAIN_STEPS.map((s) => s.id).filter((s) => s !== 'intake') as ReferralStatus[];
  const referralSaves: { personId: string; consulted: string; moves: ReferralStatus[] }[] = [];
  for (let i = 0; i < counts.referrals; i++) {
    const personId = i === 0 ? focus.id : (others[Math.floor(rnd() * others.length)] ?? '');
    const consulted = i === 0 ? addDays(DISTRICT_TODAY, -200) : addDays(LOG_FROM, Math.floor(rnd() * (span - 30)));
    const depth = i === 0 ? FOCUS.referralSteps - 1 : Math.min(steps.length, Math.floor(rnd() * (steps.length + 1)));
    referralSaves.push({ personId, consulted, moves: steps.slice(0, depth) });
  }
  const rawReferrals: object[] = [];
  let referralTx = 0;
  for (const r of referralSaves) referralTx += 1 + r.moves.length;
  await timed(
    'referrals (opened, then one save per step)',
    counts.referrals,
    referralTx,
    async () => {
      for (const r of referralSaves) {
        let ref = await createReferral(session, r.personId, districtOf.get(r.personId) ?? 'd01', r.consulted, profile.name, now);
        let date = r.consulted;
        for (const to of r.moves) {
          date = addDays(date, 10 + Math.floor(rnd() * 40));
          if (date > DISTRICT_TODAY) break;
          ref = await addStep(session, ref.id, { to, date, by: profile.name, note: '架空の経過メモ' }, DISTRICT_TODAY, now);
        }
        rawReferrals.push(ref);
      }
    },
    async () => {
      // A step starts from the referral as stored (its history), as addStep does.
      for (const [i, r] of rawReferrals.entries()) {
        await rawPut(raw, 'referrals', [r]);
        for (let k = 0; k < (referralSaves[i]?.moves.length ?? 0); k++) await rawGetPut(raw, 'referrals', r as { id: string });
      }
    },
  );

  // Ending notes: created, then filled (two saves each), with the standard template's answers.
  const answers = [1, 2, 3].map((richness) => sampleAnswers(STANDARD_JA, richness));
  const noteOwners = [focus.id, ...Array.from({ length: counts.notes - 1 }, () => others[Math.floor(rnd() * others.length)] ?? '')];
  const rawNotes: object[] = [];
  await timed(
    'ending notes (created, then filled)',
    counts.notes,
    counts.notes * 2,
    async () => {
      for (const [i, personId] of noteOwners.entries()) {
        const note = await createNote(session, personId, STANDARD_JA.id, STANDARD_JA.version, now);
        rawNotes.push(await saveAnswers(session, note, answers[i % answers.length] ?? {}, now));
      }
    },
    async () => {
      for (const n of rawNotes) {
        await rawPut(raw, 'endingNotes', [{ ...n, answers: {} }]);
        await rawPut(raw, 'endingNotes', [n]);
      }
    },
  );

  session.close();
  db.close();
  pendingRawDb = raw;
  return { scale, counts, focusPersonId: focus.id, timings, totalMs: performance.now() - t0 };
}

const pendingRaw: { timing: KindTiming; work: () => Promise<void> }[] = [];
let pendingRawDb: IDBDatabase | null = null;

/** Writes the same plaintext records into the raw database, kind by kind, in the vault's transaction shapes. */
export async function rawFloor(): Promise<KindTiming[]> {
  const out: KindTiming[] = [];
  for (const { timing, work } of pendingRaw.splice(0)) {
    const t0 = performance.now();
    await work();
    out.push({ ...timing, rawMs: performance.now() - t0 });
  }
  pendingRawDb?.close();
  pendingRawDb = null;
  return out;
}
