// Makes sure the tests' team server (tools/team-server: pouchdb-server, its own install so its
// PouchDB 7 never mixes with the app's PouchDB 9) is installed as its lock file says, running
// `npm ci` there when it is not. `npm test` runs this before the Playwright suite.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../tools/team-server');
const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
const want = lock.packages?.['node_modules/pouchdb-server']?.version;
const installed = join(dir, 'node_modules/pouchdb-server/package.json');
const have = existsSync(installed) ? JSON.parse(readFileSync(installed, 'utf8')).version : null;
if (have && have === want) {
  console.log(`team server: pouchdb-server ${have} installed`);
} else {
  console.log(`team server: installing pouchdb-server ${want} in tools/team-server (npm ci)`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
}
