// The team server's address as a member types it: the URL of the team's CouchDB database,
// e.g. https://ainet.example.lg.jp/team-namamugi (docs/replication.md, "Setting up the server").
// TLS is required, except on this machine's own loopback (a server for trying things out, and the
// test harness). No user name or password in the address (they are asked for on their own), no
// query, no fragment. Pure.
export type TeamAddressProblem = 'empty' | 'notUrl' | 'scheme' | 'insecure' | 'credentials' | 'extra' | 'noDatabase' | 'badDatabase';

export interface TeamAddress {
  /** The database URL, normalised: scheme, host, port and the database's path, no trailing slash. */
  readonly url: string;
  readonly origin: string;
  /** The database name (the last path segment). */
  readonly database: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** CouchDB's rule for database names. */
const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export function parseTeamAddress(typed: string): { ok: true; address: TeamAddress } | { ok: false; problem: TeamAddressProblem } {
  const text = typed.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return { ok: false, problem: 'notUrl' };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { ok: false, problem: 'scheme' };
  if (u.protocol === 'http:' && !LOOPBACK.has(u.hostname)) return { ok: false, problem: 'insecure' };
  if (u.username !== '' || u.password !== '') return { ok: false, problem: 'credentials' };
  if (u.search !== '' || u.hash !== '' || text.includes('?') || text.includes('#')) return { ok: false, problem: 'extra' };
  const segments = u.pathname.split('/').filter((s) => s !== '');
  const last = segments.at(-1);
  if (last === undefined) return { ok: false, problem: 'noDatabase' };
  let database: string;
  try {
    database = decodeURIComponent(last);
  } catch {
    return { ok: false, problem: 'badDatabase' };
  }
  if (!DB_NAME.test(database) || database.startsWith('_')) return { ok: false, problem: 'badDatabase' };
  const path = segments.join('/');
  return { ok: true, address: { url: `${u.origin}/${path}`, origin: u.origin, database } };
}

/**
 * Whether a request URL stays inside the team's database (what the desktop's main process lets
 * through): the same origin, and the database's path or below it.
 */
export function isInsideTeamDatabase(address: Pick<TeamAddress, 'url'>, requestUrl: string): boolean {
  let r: URL;
  let base: URL;
  try {
    r = new URL(requestUrl);
    base = new URL(address.url);
  } catch {
    return false;
  }
  if (r.origin !== base.origin || r.username !== '' || r.password !== '') return false;
  return r.pathname === base.pathname || r.pathname === `${base.pathname}/` || r.pathname.startsWith(`${base.pathname}/`);
}
