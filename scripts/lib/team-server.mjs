// The team server of the tests and the bench: pouchdb-server (tools/team-server, its own install)
// on 127.0.0.1, a real CouchDB-protocol server with its data on disk, started and stopped by the
// harness, never a mock. `startTeamServer()` refuses a port that already answers (pouchdb-server
// would crash on it, and a test would talk to someone else's server).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const TEAM_SERVER_BIN = join(root, 'tools/team-server/node_modules/pouchdb-server/bin/pouchdb-server');

/** A free TCP port on 127.0.0.1. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function answers(url) {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return r.ok || r.status > 0;
  } catch {
    return false;
  }
}

/**
 * Starts a server with its data in `dir` (kept across restarts: `restart()` after `kill()` is the
 * same server coming back). `origins` are the page origins allowed by CORS (the browser tests).
 */
export async function startTeamServer({ dir, port, origins = [] }) {
  if (!existsSync(TEAM_SERVER_BIN)) {
    throw new Error(`pouchdb-server is not installed: run \`npm ci --prefix tools/team-server\` (npm test does it)`);
  }
  mkdirSync(dir, { recursive: true });
  const p = port ?? (await freePort());
  const url = `http://127.0.0.1:${p}`;
  if (await answers(url)) throw new Error(`${url} already answers: refusing to start a team server there`);
  const config = join(dir, 'config.json');
  if (!existsSync(config)) {
    const cors = origins.length
      ? {
          httpd: { enable_cors: true },
          cors: {
            origins: origins.join(', '),
            credentials: true,
            methods: 'GET, PUT, POST, HEAD, DELETE',
            headers: 'accept, authorization, content-type, origin, referer',
          },
        }
      : {};
    writeFileSync(config, JSON.stringify({ log: { file: join(dir, 'server.log'), level: 'warning' }, ...cors }));
  }
  let child;
  const start = async () => {
    child = spawn(process.execPath, [TEAM_SERVER_BIN, '-p', String(p), '-o', '127.0.0.1', '-d', dir, '-c', config, '-n'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const deadline = Date.now() + 30_000;
    while (!(await answers(url))) {
      if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode}): ${stderr.slice(0, 2000)}`);
      if (Date.now() > deadline) throw new Error(`pouchdb-server did not answer on ${url} within 30 s: ${stderr.slice(0, 2000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const stopped = () => new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', () => r())));
  await start();
  return {
    url,
    dir,
    /** Kills the process at once (SIGKILL), as a power cut or a crash would. */
    async kill() {
      child.kill('SIGKILL');
      await stopped();
    },
    /** Starts it again on the same port and data. */
    restart: start,
    async stop() {
      child.kill('SIGTERM');
      await stopped();
    },
  };
}

/**
 * What the ward IT does once per team: the team's database, and one server account per member.
 * Throws with the server's answer when either is refused.
 */
export async function createTeamDatabase(server, db, users) {
  const made = await fetch(`${server.url}/${db}`, { method: 'PUT' });
  if (!made.ok) throw new Error(`the team database ${db} was refused: ${made.status} ${await made.text()}`);
  for (const u of users) {
    const res = await fetch(`${server.url}/_users/org.couchdb.user:${encodeURIComponent(u.name)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ _id: `org.couchdb.user:${u.name}`, name: u.name, password: u.password, roles: [], type: 'user' }),
    });
    if (!res.ok) throw new Error(`the account ${u.name} was refused: ${res.status} ${await res.text()}`);
  }
}
