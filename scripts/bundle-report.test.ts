// The bundle report on small builds laid out by hand, so each rule can be seen to pass and to fail:
// what counts as the first load, the budget, fonts, stylesheets that would load later, and --check.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleReport, formatReport, INITIAL_GZIP_BUDGET } from './bundle-report.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Chunk = { file: string; src?: string; name?: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; css?: string[] };

/** A build directory: `files` by path, and the manifest Vite would write for `chunks`. */
function build(files: Record<string, string | Uint8Array>, chunks: Record<string, Chunk>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-report-'));
  dirs.push(dir);
  mkdirSync(join(dir, '.vite'), { recursive: true });
  mkdirSync(join(dir, 'assets'), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  writeFileSync(join(dir, '.vite/manifest.json'), JSON.stringify(chunks));
  return dir;
}

const gz = (s: string | Uint8Array) => gzipSync(s, { level: 9 }).length;

const FILES = {
  'index.html': '<!doctype html><script type="module" src="./assets/index.js"></script>',
  'assets/index.js': 'import "./shared.js"; const page = () => import("./pages.js");',
  'assets/shared.js': 'export const shared = 1;',
  'assets/index.css': ':root{color:#111}',
  'assets/pages.js': 'import "./deep.js"; export const Page = 1;',
  'assets/deep.js': 'export const deep = 2;',
  'assets/kdf.worker-AbCdEf12.js': 'self.onmessage = () => {};',
};
const PAGES: Chunk = { file: 'assets/pages.js', src: 'features/x/pages.ts', isDynamicEntry: true, imports: ['_deep.js', '_shared.js'] };
const CHUNKS: Record<string, Chunk> = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_shared.js'],
    css: ['assets/index.css'],
  },
  '_shared.js': { file: 'assets/shared.js', name: 'shared' },
  'features/x/pages.ts': PAGES,
  '_deep.js': { file: 'assets/deep.js', name: 'deep' },
};

describe('bundleReport', () => {
  it('counts the entry, its static imports, its CSS and the page as the first load, and the rest as later', () => {
    const r = bundleReport(build(FILES, CHUNKS));
    const first = ['index.html', 'assets/index.js', 'assets/shared.js', 'assets/index.css'];
    expect(r.initial.files.map((f) => f.file).sort()).toEqual([...first].sort());
    expect(r.initial.raw).toBe(first.reduce((n, f) => n + Buffer.byteLength(FILES[f as keyof typeof FILES]), 0));
    expect(r.initial.gzip).toBe(first.reduce((n, f) => n + gz(FILES[f as keyof typeof FILES]), 0));
    expect(r.lazy.map((c) => c.name).sort()).toEqual(['deep', 'kdf.worker (worker)', 'renderer/features/x/pages.ts']);
    // Opening the page brings its own chunk and `deep`, not `shared` (already there).
    expect(r.onDemand).toEqual([
      {
        name: 'renderer/features/x/pages.ts',
        chunks: 2,
        raw: Buffer.byteLength(FILES['assets/pages.js']) + Buffer.byteLength(FILES['assets/deep.js']),
        gzip: gz(FILES['assets/pages.js']) + gz(FILES['assets/deep.js']),
      },
    ]);
    expect(r.ok).toBe(true);
    expect(formatReport(r)).toContain('First load:');
  });

  it('fails a first load over the budget, and only then', () => {
    const dir = build(FILES, CHUNKS);
    const { gzip } = bundleReport(dir).initial;
    expect(bundleReport(dir, { budget: gzip }).ok).toBe(true);
    const over = bundleReport(dir, { budget: gzip - 1 });
    expect(over.ok).toBe(false);
    expect(over.problems.join()).toContain('over the budget');
  });

  it('names a font the first load refers to, and not one only a later chunk does', () => {
    const fonts = { 'resources/fonts/BIZUDGothic-Regular.ttf': 'ttf', 'resources/fonts/NotoSansJP-Regular.ttf': 'ttf' };
    const later = build({ ...FILES, ...fonts, 'assets/pages.js': 'fetch("./resources/fonts/NotoSansJP-Regular.ttf")' }, CHUNKS);
    expect(bundleReport(later).fonts).toEqual({ files: Object.keys(fonts).sort(), referencedByInitial: [] });
    const first = build({ ...FILES, ...fonts, 'assets/shared.js': 'fetch("./resources/fonts/BIZUDGothic-Regular.ttf")' }, CHUNKS);
    const r = bundleReport(first);
    expect(r.fonts.referencedByInitial).toEqual(['resources/fonts/BIZUDGothic-Regular.ttf']);
    expect(r.ok).toBe(false);
  });

  it('refuses a stylesheet that would load later with a chunk', () => {
    const chunks = { ...CHUNKS, 'features/x/pages.ts': { ...PAGES, css: ['assets/pages.css'] } };
    const r = bundleReport(build({ ...FILES, 'assets/pages.css': '.badge{color:red}' }, chunks));
    expect(r.laterCss).toEqual(['assets/pages.css']);
    expect(r.ok).toBe(false);
  });

  it('says when there is no manifest to read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-report-'));
    dirs.push(dir);
    expect(() => bundleReport(dir)).toThrow(/manifest/);
  });
});

describe('node scripts/bundle-report.mjs --check', () => {
  const run = (dir: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(import.meta.dirname, 'bundle-report.mjs'), dir, ...args], { encoding: 'utf8' });

  it('exits 0 within the budget and 1 over it, saying why', () => {
    expect(run(build(FILES, CHUNKS), '--check').status).toBe(0);
    // Random bytes do not compress: a first load of budget + 1 kB of them is over.
    const heavy = build({ ...FILES, 'assets/shared.js': randomBytes(INITIAL_GZIP_BUDGET + 1000) }, CHUNKS);
    const over = run(heavy, '--check');
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('over the budget of 350.0 kB');
  });

  it('prints the report as JSON with --json', () => {
    const out = run(build(FILES, CHUNKS), '--json');
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).initial.files).toHaveLength(4);
  });
});
