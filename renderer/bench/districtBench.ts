// The measurements `npm run bench` takes of the seeded district (district.ts) in the bench page:
// the app's own code against the floor (raw IndexedDB, plaintext) and the peers (a naive
// decrypt-everything-and-scan search, MiniSearch over the same decrypted names), and the print
// engine's PDFs of district data. Times are returned, never judged here.
import MiniSearch from 'minisearch';
import { foldForSearch } from '../../shared/text/normalize';
import { fiscalYearReport, monthlyReport } from '../../shared/contactLog/report';
import { activityReportDocument } from '../../shared/contactLog/reportPrint';
import { minutesDocument } from '../../shared/meetings/minutesPrint';
import { STANDARD_JA } from '../../shared/endingNotes/defaults';
import { endingNoteDocument } from '../../shared/endingNotes/toPrint';
import { sampleAnswers } from '../../shared/endingNotes/sampleNote';
import { FontSet, PRINT_FONT_FILES, renderPdf, type PrintDocument } from '../../shared/print';
import { VaultDatabase } from '../db/database';
import { unlockWithPassphrase } from '../vault/keystore';
import { VaultSession } from '../vault/session';
import { PersonStore } from '../records/personStore';
import { openRecords } from '../records/sealed';
import { contactsTable, personsTable, referralsTable } from '../records/tables';
import { parseStored } from '../../shared/text/safeText';
import { createBackup } from '../backup/exportVault';
import { commitRestore, stageBackup } from '../backup/restore';
import { vaultCounts } from '../backup/auto';
import { toBase64 } from '../../shared/backup';
import { measured } from './backupBench';
import { logEvent } from '../audit/auditLog';
import { buildSearchIndex, filterPersons, type SearchEntry } from '../features/persons';
import { contactsBetween, contactsOfCommissioner } from '../features/contactLog';
import { listMeetings } from '../features/meetings';
import { actionsOfSource, listActions } from '../features/actions';
import { timelineSources } from '../features/timeline';
import { lastContactDates, loadReach } from '../features/reach';
import { loadDashboard } from '../features/dashboard';
import { buildDashboard } from '../../shared/dashboard/indicators';
import { activityChart, overdueChart, renderChartSvg } from '../../shared/dashboard/charts';
import { DEFAULT_DISTRICTS } from '../../shared/domain/plan';
import type { DashPeriod } from '../../shared/dashboard/period';
import { actionsByIds } from '../features/actions';
import {
  DISTRICT_DB,
  DISTRICT_NOW,
  DISTRICT_TODAY,
  openRaw,
  rawByIndex,
  rawFloor,
  rawGetAll,
  seedDistrict,
  type DistrictSeed,
} from './district';

interface Held {
  db?: VaultDatabase;
  session?: VaultSession;
  store?: PersonStore;
  index?: SearchEntry[];
  mini?: MiniSearch;
  focus?: string;
  blob?: Blob;
}
const held: Held = {};
const ms = (t0: number) => performance.now() - t0;
/** How long one piece of work takes, alone. */
async function part(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return ms(t0);
}

function heapMiB(): number | null {
  const m = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return m ? m.usedJSHeapSize / 1024 / 1024 : null;
}
const gc = () => (globalThis as { gc?: () => void }).gc?.();

// ---------------------------------------------------------------- decrypt counting

/**
 * Counts AES-GCM decryptions by the table named in their AAD (`table|id|version`), for the
 * promise "unlock does not decrypt what the first screen does not show".
 */
export async function countingDecrypts<T>(work: () => Promise<T>): Promise<{ value: T; decrypts: Record<string, number> }> {
  const proto = SubtleCrypto.prototype;
  const original = proto.decrypt;
  const decrypts: Record<string, number> = {};
  const dec = new TextDecoder();
  proto.decrypt = function (this: SubtleCrypto, algorithm, key, data) {
    const aad = (algorithm as AesGcmParams).additionalData;
    const label = aad ? dec.decode(aad instanceof ArrayBuffer ? new Uint8Array(aad) : (aad as Uint8Array)).split('|')[0] || '?' : '(none)';
    decrypts[label] = (decrypts[label] ?? 0) + 1;
    return original.call(this, algorithm, key, data);
  } as typeof proto.decrypt;
  try {
    return { value: await work(), decrypts };
  } finally {
    proto.decrypt = original;
  }
}

// ---------------------------------------------------------------- steps

export function districtSeed(scale: number, passphrase: string): Promise<DistrictSeed> {
  return seedDistrict(scale, passphrase, (m) => console.log(`[district seed] ${m}`));
}

export { rawFloor as districtRawFloor };

export async function districtUnlock(passphrase: string, focus: string) {
  districtRelease();
  gc();
  const heapBefore = heapMiB();
  const t0 = performance.now();
  const { value, decrypts } = await countingDecrypts(async () => {
    const db = new VaultDatabase(DISTRICT_DB);
    await db.open();
    const keys = await unlockWithPassphrase(db, passphrase, DISTRICT_NOW);
    const unlockMs = ms(t0);
    const session = await VaultSession.open(db, 'main', keys, { id: 'bench', role: 'care-plaza', name: 'ベンチ' });
    const store = new PersonStore(session);
    const t1 = performance.now();
    const { loaded } = await store.load();
    return { db, session, store, unlockMs, loadMs: ms(t1), loaded };
  });
  const totalMs = ms(t0);
  // What the app does at unlock besides: counting the rows (the rollback check), and logging it.
  const c0 = performance.now();
  await vaultCounts(value.db);
  const countMs = ms(c0);
  const l0 = performance.now();
  await logEvent(value.session, { action: 'vault.unlock', table: 'vaultMeta', recordId: 'keys' }, DISTRICT_NOW);
  const logMs = ms(l0);
  Object.assign(held, { db: value.db, session: value.session, store: value.store, focus });
  gc();
  const heapAfter = heapMiB();
  // The floor: the same number of plaintext persons read from the raw database.
  const raw = await openRaw();
  const r0 = performance.now();
  const rawPersons = (await rawGetAll(raw, 'persons')).length;
  const rawReadMs = ms(r0);
  raw.close();
  return {
    unlockMs: value.unlockMs,
    loadMs: value.loadMs,
    totalMs,
    countMs,
    logMs,
    loaded: value.loaded,
    decrypts,
    heapBeforeMiB: heapBefore,
    heapAfterMiB: heapAfter,
    rawReadMs,
    rawPersons,
  };
}

/** Every prefix a user produces typing `q` one character (code point) at a time. */
function prefixes(q: string): string[] {
  const chars = [...q];
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
}

const filterFor = (query: string) => ({ query, districtId: '', status: '', trashed: false });
const tokenize = (s: string) => s.split(/[\s\u3000]+/u).filter(Boolean);

export function districtSearch(queries: readonly { label: string; text: string }[], passes: number) {
  const store = held.store;
  if (!store) throw new Error('unlock first');
  const snapshot = store.getSnapshot();
  const b0 = performance.now();
  const index = buildSearchIndex(snapshot);
  const indexMs = ms(b0);
  held.index = index;
  // MiniSearch over the same decrypted names and readings, folded the same way, prefix search.
  const m0 = performance.now();
  const mini = new MiniSearch({
    fields: ['name', 'furigana'],
    idField: 'id',
    tokenize,
    processTerm: (t) => foldForSearch(t) || null,
    searchOptions: { prefix: true, combineWith: 'AND', tokenize, processTerm: (t) => foldForSearch(t) || null },
  });
  mini.addAll(snapshot.map((p) => ({ id: p.id, name: p.name, furigana: p.furigana })));
  const miniIndexMs = ms(m0);
  held.mini = mini;
  const samples: { pass: number; label: string; prefix: string; appMs: number; appMatches: number; miniMs: number; miniMatches: number }[] =
    [];
  for (let pass = 0; pass < passes; pass++) {
    for (const q of queries) {
      for (const prefix of prefixes(q.text)) {
        const a = performance.now();
        const appMatches = filterPersons(index, filterFor(prefix)).length;
        const appMs = ms(a);
        const b = performance.now();
        const miniMatches = mini.search(prefix).length;
        samples.push({ pass, label: q.label, prefix, appMs, appMatches, miniMs: ms(b), miniMatches });
      }
    }
  }
  return { indexMs, miniIndexMs, entries: index.length, samples };
}

/** The naive peer: every keystroke reads and decrypts every person, then scans the names. */
export async function districtNaiveSearch(queries: readonly string[]) {
  const session = held.session;
  if (!session) throw new Error('unlock first');
  const out: { prefix: string; ms: number; matches: number }[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const rows = await session.db.persons.toArray();
    const { records } = await openRecords(session, personsTable, rows);
    const key = foldForSearch(q);
    const matches = records.filter((p) => `${foldForSearch(p.name)}\u0000${foldForSearch(p.furigana)}`.includes(key)).length;
    out.push({ prefix: q, ms: ms(t0), matches });
  }
  return out;
}

/** For the UI path: how many persons each prefix shows. */
export function districtExpected(queries: readonly string[]) {
  const index = held.index;
  if (!index) throw new Error('search first');
  return queries.map((q) => prefixes(q).map((prefix) => ({ prefix, matches: filterPersons(index, filterFor(prefix)).length })));
}

/** Opening the focus person: the timeline's reads (timelineSources, as the person page makes them), and the raw floor. */
export async function districtPerson(repeats: number) {
  const session = held.session;
  const personId = held.focus;
  if (!session || !personId) throw new Error('unlock first');
  const times: number[] = [];
  let entries = 0;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    const corrupt: string[] = [];
    const { contacts, meetings, actions, notes, referrals } = await timelineSources(session, personId, corrupt);
    times.push(ms(t0));
    entries = contacts.length + meetings.length + actions.length + notes.length + referrals.reduce((n, r) => n + r.history.length, 0);
  }
  const raw = await openRaw();
  const rawTimes: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    const only = IDBKeyRange.only(personId);
    await Promise.all((['contacts', 'actions', 'referrals', 'endingNotes'] as const).map((s) => rawByIndex(raw, s, 'personId', only)));
    rawTimes.push(ms(t0));
  }
  raw.close();
  return { times, rawTimes, entries };
}

/**
 * Where a fiscal year's read goes: the rows out of IndexedDB (Dexie), the AES-GCM decryptions
 * (WebCrypto), JSON, and the schema check, each for the whole year in turn.
 */
export async function districtLogBreakdown() {
  const session = held.session;
  if (!session) throw new Error('unlock first');
  const t0 = performance.now();
  const rows = await session.db.contacts.where('date').between('2025-04-01', '2026-03-31', true, true).toArray();
  const readMs = ms(t0);
  const t1 = performance.now();
  const plains = await Promise.all(rows.map((r) => session.open('contacts', r.id, r.enc)));
  const openMs = ms(t1);
  const t2 = performance.now();
  let ok = 0;
  for (const p of plains) if (parseStored(contactsTable.schema, (p as { c: unknown }).c).success) ok++;
  const schemaMs = ms(t2);
  const t3 = performance.now();
  const { records } = await openRecords(session, contactsTable, rows);
  const wholeMs = ms(t3);
  return {
    rows: rows.length,
    ok,
    opened: records.length,
    readMs,
    openMs,
    schemaMs,
    wholeMs,
  };
}

/**
 * The contact log's month (October 2026, everyone's entries, as the log page shows it), one
 * commissioner's fiscal year (FY2025, as the 活動記録 opens it) counted into the report, the whole
 * district's fiscal year (everyone's), and the raw floor of that district year.
 */
export async function districtLog(repeats: number) {
  const session = held.session;
  if (!session) throw new Error('unlock first');
  const month: number[] = [];
  const year: number[] = [];
  const districtYear: number[] = [];
  let monthEntries = 0;
  let yearEntries = 0;
  let districtYearEntries = 0;
  for (let i = 0; i < repeats; i++) {
    const a = performance.now();
    monthEntries = (await contactsBetween(session, '2026-10-01', '2026-10-31')).items.length;
    month.push(ms(a));
    const b = performance.now();
    const fy = await contactsOfCommissioner(session, 'c01', '2025-04-01', '2026-03-31');
    fiscalYearReport(fy.items, { recordedBy: 'c01', fiscalYear: 2025 });
    year.push(ms(b));
    yearEntries = fy.items.length;
    const c = performance.now();
    districtYearEntries = (await contactsBetween(session, '2025-04-01', '2026-03-31')).items.length;
    districtYear.push(ms(c));
  }
  const raw = await openRaw();
  const rawYear: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await rawByIndex(raw, 'contacts', 'date', IDBKeyRange.bound('2025-04-01', '2026-03-31'));
    rawYear.push(ms(t0));
  }
  raw.close();
  return { monthMs: month, yearMs: year, districtYearMs: districtYear, rawYearMs: rawYear, monthEntries, yearEntries, districtYearEntries };
}

/** The meeting list and the やること list, which open every live meeting and action item. */
export async function districtLists(repeats: number) {
  const session = held.session;
  if (!session) throw new Error('unlock first');
  const meetings: number[] = [];
  const actions: number[] = [];
  let counts = { meetings: 0, actions: 0 };
  for (let i = 0; i < repeats; i++) {
    const a = performance.now();
    const m = await listMeetings(session);
    meetings.push(ms(a));
    const b = performance.now();
    const x = await listActions(session);
    actions.push(ms(b));
    counts = { meetings: m.items.length, actions: x.items.length };
  }
  return { meetingsMs: meetings, actionsMs: actions, ...counts };
}

/**
 * The reach view's data as the screen reads it: the loader (clear columns and index keys), then
 * the action items it lists, opened for their task text. Decryptions are counted by table.
 */
export async function districtReach(repeats: number) {
  const session = held.session;
  const store = held.store;
  if (!session || !store) throw new Error('unlock first');
  const loadMs: number[] = [];
  const withActionsMs: number[] = [];
  let items = 0;
  let byKind: Record<string, number> = {};
  let decrypts: Record<string, number> = {};
  for (let i = 0; i < repeats; i++) {
    const counted = await countingDecrypts(async () => {
      const t0 = performance.now();
      const reach = await loadReach(session, store, DISTRICT_TODAY);
      loadMs.push(ms(t0));
      const ids = reach.items.filter((x) => x.kind === 'followUp' || x.kind === 'action').map((x) => x.recordId);
      await actionsByIds(session, ids);
      withActionsMs.push(ms(t0));
      return reach;
    });
    items = counted.value.items.length;
    byKind = {};
    for (const x of counted.value.items) byKind[x.kind] = (byKind[x.kind] ?? 0) + 1;
    decrypts = counted.decrypts;
  }
  // Where the load goes: each read alone.
  const db = session.db;
  const parts = {
    lastContactKeys: await part(() => lastContactDates(session)),
    openActions: await part(() => db.actions.where('status').equals('open').toArray()),
    referrals: await part(() => db.referrals.where('deletedAt').equals(0).toArray()),
    meetings: await part(() => db.meetings.where('date').aboveOrEqual('2026-09-01').toArray()),
  };
  return { loadMs, withActionsMs, items, byKind, decrypts, parts };
}

/**
 * The dashboard of a month, a quarter and a fiscal year (each beside the one before): the loader
 * (clear columns; referrals decrypted), the counting, and the two charts rendered to SVG.
 */
export async function districtDashboard(repeats: number) {
  const session = held.session;
  const store = held.store;
  if (!session || !store) throw new Error('unlock first');
  const periods: { label: string; period: DashPeriod }[] = [
    { label: 'month', period: { kind: 'month', month: DISTRICT_TODAY.slice(0, 7) } },
    { label: 'quarter', period: { kind: 'quarter', fiscalYear: 2026, quarter: 3 } },
    { label: 'fiscal year', period: { kind: 'fiscalYear', fiscalYear: 2026 } },
  ];
  const districts = DEFAULT_DISTRICTS.map((d) => d.id);
  const out = [];
  for (const { label, period } of periods) {
    const loadMs: number[] = [];
    const countMs: number[] = [];
    const chartsMs: number[] = [];
    let contacts = 0;
    let decrypts: Record<string, number> = {};
    for (let i = 0; i < repeats; i++) {
      const counted = await countingDecrypts(async () => {
        const t0 = performance.now();
        const loaded = await loadDashboard(session, store, period);
        loadMs.push(ms(t0));
        const t1 = performance.now();
        const dash = buildDashboard(loaded.data, { period, district: '', goal: 'all', districts, today: DISTRICT_TODAY });
        countMs.push(ms(t1));
        const t2 = performance.now();
        renderChartSvg(activityChart(dash, 'internal'));
        renderChartSvg(overdueChart(dash, 'internal'));
        chartsMs.push(ms(t2));
        return loaded;
      });
      contacts = counted.value.data.contacts.length;
      decrypts = counted.decrypts;
    }
    out.push({ label, loadMs, countMs, chartsMs, contacts, decrypts });
  }
  const db = session.db;
  const parts = {
    contactsFy: await part(() => db.contacts.where('[deletedAt+date]').between([0, '2025-03-01'], [0, '2027-03-31'], true, true).toArray()),
    factsContactsFy: await part(() => db.facts.where('key').between('contacts|2025-03-01', 'contacts|2027-03-31', true, true).toArray()),
    factsAll: await part(() => db.facts.toArray()),
    meetings: await part(() => db.meetings.where('date').between('2025-04-01', '2027-03-31', true, true).toArray()),
    actions: await part(() => db.actions.toArray()),
    endingNotes: await part(() => db.endingNotes.toArray()),
    referralRows: await part(() => db.referrals.toArray()),
    referralsOpen: await part(async () => openRecords(session, referralsTable, await db.referrals.toArray())),
  };
  return { periods: out, parts };
}

let fonts: Promise<FontSet> | null = null;
function printFonts(base: string): Promise<FontSet> {
  fonts ??= (async () => {
    const get = async (f: string) => new Uint8Array(await (await fetch(`${base}${f}`)).arrayBuffer());
    const [regular, bold, fallbackRegular, fallbackBold] = await Promise.all(
      [PRINT_FONT_FILES.regular, PRINT_FONT_FILES.bold, PRINT_FONT_FILES.fallbackRegular, PRINT_FONT_FILES.fallbackBold].map(get),
    );
    if (!regular || !bold || !fallbackRegular || !fallbackBold) throw new Error('a print font is missing');
    return new FontSet({ regular, bold, fallbackRegular, fallbackBold });
  })();
  return fonts;
}

/** The four documents, built from the district's own records where it has them. */
async function districtDocuments(): Promise<{ name: string; doc: PrintDocument }[]> {
  const session = held.session;
  const store = held.store;
  if (!session || !store) throw new Error('unlock first');
  const names = Object.fromEntries(store.getSnapshot().map((p) => [p.id, p.name]));
  const { items: meetings } = await listMeetings(session);
  const meeting = meetings.find((m) => m.type === 'case' && m.cases.length > 1) ?? meetings[0];
  if (!meeting) throw new Error('no meeting');
  const actions = await actionsOfSource(session, meeting.id);
  const fy = await contactsBetween(session, '2025-04-01', '2026-03-31');
  const month = await contactsBetween(session, '2026-10-01', '2026-10-31');
  const reportMeta = { commissionerName: '架空 委員1', districtName: '架空第一地区', printedOn: DISTRICT_TODAY, size: 'standard' } as const;
  return [
    { name: 'blank ending-note form', doc: endingNoteDocument(STANDARD_JA, { size: 'standard' }) },
    {
      name: 'filled ending note',
      doc: endingNoteDocument(STANDARD_JA, {
        size: 'standard',
        personName: '架空 花子',
        printedOn: DISTRICT_TODAY,
        answers: sampleAnswers(STANDARD_JA),
      }),
    },
    {
      name: 'minutes (case meeting)',
      doc: minutesDocument(meeting, {
        variant: 'full',
        size: 'standard',
        districtName: '架空第一地区',
        personNames: names,
        actions,
        printedOn: DISTRICT_TODAY,
      }),
    },
    {
      name: 'activity report (month)',
      doc: activityReportDocument(monthlyReport(month.items, { recordedBy: 'c01', month: '2026-10' }), reportMeta),
    },
    {
      name: 'activity report (fiscal year)',
      doc: activityReportDocument(fiscalYearReport(fy.items, { recordedBy: 'c01', fiscalYear: 2025 }), reportMeta),
    },
  ];
}

export async function districtPdf(repeats: number, fontBase: string) {
  const f0 = performance.now();
  const set = await printFonts(fontBase);
  const fontsMs = ms(f0);
  const docs = await districtDocuments();
  const out: { name: string; pages: number; bytes: number; times: number[]; doc: PrintDocument; base64?: string }[] = [];
  for (const { name, doc } of docs) {
    const times: number[] = [];
    let bytes: Uint8Array = new Uint8Array();
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      bytes = renderPdf(doc, set);
      times.push(ms(t0));
    }
    const pages = (new TextDecoder('latin1').decode(bytes).match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // The blank form's bytes go back to the bench, which shows where they go next to Chromium's.
    out.push({ name, pages, bytes: bytes.length, times, doc, ...(out.length === 0 ? { base64: toBase64(bytes) } : {}) });
  }
  return { fontsMs, docs: out };
}

const BACKUP_PASSPHRASE = 'bench-district-backup-2026';

/** A backup as the app makes it (scrypt 2^18, which alone takes 256 MiB for a moment), or with a light scrypt to see the data path's own heap. */
export async function districtBackup(logN: number) {
  const session = held.session;
  if (!session) throw new Error('unlock first');
  const r = await measured(() => createBackup(session, { passphrase: BACKUP_PASSPHRASE, logN }, 'bench', () => DISTRICT_NOW));
  held.blob = r.value.blob;
  return { ms: r.ms, bytes: r.value.bytes, rows: r.value.manifest.total, heapPeakMiB: r.heapPeakMiB, heapStartMiB: r.heapStartMiB };
}

export async function districtRestore() {
  const blob = held.blob;
  if (!blob) throw new Error('backup first');
  const name = 'ainet-bench-restored';
  await new VaultDatabase(name).delete();
  const db = new VaultDatabase(name);
  await db.open();
  try {
    const staged = await measured(() => stageBackup(db, blob, { passphrase: BACKUP_PASSPHRASE }));
    const committed = await measured(() => commitRestore(db, staged.value.batch));
    return {
      stageMs: staged.ms,
      commitMs: committed.ms,
      rows: committed.value,
      heapPeakMiB: Math.max(staged.heapPeakMiB ?? 0, committed.heapPeakMiB ?? 0),
      heapStartMiB: staged.heapStartMiB,
    };
  } finally {
    db.close();
    await new VaultDatabase(name).delete();
  }
}

export function districtRelease(): void {
  held.session?.close();
  held.store?.clear();
  held.db?.close();
  delete held.db;
  delete held.session;
  delete held.store;
  delete held.index;
  delete held.mini;
  delete held.focus;
  delete held.blob;
}

/** The unlocked district (team bench). */
export function heldDistrict(): { session: VaultSession; store: PersonStore } {
  if (!held.session || !held.store) throw new Error('unlock first');
  return { session: held.session, store: held.store };
}
