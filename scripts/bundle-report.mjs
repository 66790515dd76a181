// The renderer's bundle, as a person's machine loads it: what the first screen needs (index.html,
// the entry chunk, every chunk it imports statically, their CSS) and what loads only when a screen
// or an action asks for it. Read from Vite's build manifest (build.manifest in vite.config.ts), so
// it needs `vite build` first. Sizes are bytes of the files as built, gzip at level 9 (node:zlib):
// deterministic for a given build, so the budget is a real test, unlike a timing. Vite's own
// printout compresses differently and reads about 1 % higher.
//
//   node scripts/bundle-report.mjs [outDir] [--json] [--check]
//
// --check exits 1 when the report has problems: the first load over budget (INITIAL_GZIP_BUDGET),
// a font the first load refers to (fonts are fetched only to print), or a stylesheet that would
// load later with a chunk (it would land after styles.css, in the order screens are opened, and
// change which rule wins a tie: renderer/styles.css @imports every stylesheet instead).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Issue 11: the first load at most 350 kB gzip (kB = 1,000 bytes, as Vite prints them). */
export const INITIAL_GZIP_BUDGET = 350_000;

const FONT = /\.(ttf|otf|woff2?)$/i;

function sizes(outDir, file) {
  const bytes = readFileSync(join(outDir, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function filesUnder(dir, base = dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

/**
 * A chunk's name: the source module it was built from (relative to the repository), else the
 * module Rolldown named a shared chunk after.
 */
function chunkName(key, chunk) {
  if (chunk.src)
    return relative(root, join(root, 'renderer', chunk.src))
      .split('\\')
      .join('/');
  return chunk.name ?? key.replace(/^_/, '').replace(/-[\w-]{8}\.js$/, '');
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

/**
 * The report for a built renderer (`outDir`, default out/renderer): raw and gzip bytes of the
 * first load and of every chunk loaded later, what opening each dynamic import costs (its chunk
 * and whatever it imports that the first load did not bring), the stylesheets that would load
 * later, and the fonts the first load refers to. `ok` is false when `problems` lists any.
 */
export function bundleReport(outDir = join(root, 'out/renderer'), { budget = INITIAL_GZIP_BUDGET } = {}) {
  const manifestPath = join(outDir, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`bundle-report: no ${manifestPath} — run vite build (build.manifest) first`);
  /** @type {Record<string, {file: string; name?: string; src?: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; css?: string[]; assets?: string[]}>} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
  if (entries.length === 0) throw new Error('bundle-report: the manifest has no entry');

  /** The chunk keys `keys` load with them: themselves and their static imports, transitively. */
  const closure = (keys) => {
    const seen = new Set();
    const walk = (k) => {
      if (seen.has(k) || !manifest[k]) return;
      seen.add(k);
      for (const i of manifest[k].imports ?? []) walk(i);
    };
    keys.forEach(walk);
    return seen;
  };
  const filesOf = (keys) => new Set([...keys].flatMap((k) => [manifest[k].file, ...(manifest[k].css ?? [])]));
  const sum = (files) => {
    const total = { raw: 0, gzip: 0 };
    for (const f of files) {
      const s = sizes(outDir, f);
      total.raw += s.raw;
      total.gzip += s.gzip;
    }
    return total;
  };

  const initialKeys = closure(entries);
  const initialFiles = filesOf(initialKeys);
  if (existsSync(join(outDir, 'index.html'))) initialFiles.add('index.html');
  const nameOf = (file) => {
    if (file === 'index.html') return 'index.html (the page)';
    for (const k of initialKeys) {
      const c = manifest[k];
      if (c.file === file) return `${chunkName(k, c)}${c.isEntry ? ' (entry)' : ''}`;
      if (c.css?.includes(file)) return `${chunkName(k, c)} (css)`;
    }
    return file;
  };
  const initial = {
    ...sum(initialFiles),
    files: [...initialFiles].map((file) => ({ file, name: nameOf(file), ...sizes(outDir, file) })).sort((a, b) => b.gzip - a.gzip),
  };

  // Every other chunk of the manifest, and JS the manifest does not list (the KDF worker is
  // built on its own and referenced by URL).
  const laterKeys = Object.keys(manifest).filter((k) => !initialKeys.has(k));
  const listed = new Set(Object.values(manifest).map((c) => c.file));
  const lazy = laterKeys
    .filter((k) => !manifest[k].file.endsWith('.css'))
    .map((k) => {
      const c = manifest[k];
      return { name: chunkName(k, c), file: c.file, css: c.css ?? [], dynamicEntry: Boolean(c.isDynamicEntry), ...sum(filesOf([k])) };
    });
  for (const file of filesUnder(join(outDir, 'assets'), outDir).filter((f) => f.endsWith('.js') && !listed.has(f)))
    lazy.push({
      name: `${basename(file).replace(/-[\w-]{8}\.js$/, '')} (worker)`,
      file,
      css: [],
      dynamicEntry: false,
      ...sizes(outDir, file),
    });
  lazy.sort((a, b) => b.gzip - a.gzip || a.name.localeCompare(b.name));

  const onDemand = laterKeys
    .filter((k) => manifest[k].isDynamicEntry)
    .map((k) => {
      const keys = [...closure([k])].filter((x) => !initialKeys.has(x));
      return { name: chunkName(k, manifest[k]), chunks: keys.length, ...sum(filesOf(keys)) };
    })
    .sort((a, b) => b.gzip - a.gzip || a.name.localeCompare(b.name));

  const laterCss = [...filesOf(laterKeys)].filter((f) => f.endsWith('.css') && !initialFiles.has(f)).sort();

  // Fonts: any font file of the build whose name the first load mentions (a CSS url(), a fetch
  // path) or lists among its assets.
  const fonts = filesUnder(outDir).filter((f) => FONT.test(f));
  const initialText = [...initialFiles].map((f) => readFileSync(join(outDir, f), 'utf8'));
  const initialAssets = new Set([...initialKeys].flatMap((k) => manifest[k].assets ?? []));
  const fontsReferenced = fonts.filter((f) => initialAssets.has(f) || initialText.some((text) => text.includes(basename(f))));

  const problems = [];
  if (initial.gzip > budget) problems.push(`the first load is ${kB(initial.gzip)} gzip, over the budget of ${kB(budget)}`);
  if (fontsReferenced.length) problems.push(`the first load refers to fonts: ${fontsReferenced.join(', ')}`);
  if (laterCss.length)
    problems.push(`stylesheets load later with their chunk (@import them in renderer/styles.css): ${laterCss.join(', ')}`);

  return {
    budget: { initialGzip: budget },
    ok: problems.length === 0,
    problems,
    initial,
    lazy,
    onDemand,
    laterCss,
    fonts: { files: fonts, referencedByInitial: fontsReferenced },
  };
}

const row = (name, s) => `  ${kB(s.raw).padStart(10)} ${kB(s.gzip).padStart(10)}  ${name}`;

/** The report as text: the first load file by file, then the chunks loaded later. */
export function formatReport(report) {
  const { initial } = report;
  const lines = [`First load: ${kB(initial.raw)} raw, ${kB(initial.gzip)} gzip (budget ${kB(report.budget.initialGzip)} gzip)`];
  lines.push('         raw       gzip');
  for (const f of initial.files) lines.push(row(`${f.name}  (${f.file})`, f));
  lines.push(
    '',
    `Loaded later: ${report.lazy.length} chunks, ${kB(report.lazy.reduce((a, c) => a + c.gzip, 0))} gzip (* a dynamic import)`,
  );
  for (const c of report.lazy) lines.push(row(`${c.name}${c.dynamicEntry ? ' *' : ''}  (${c.file})`, c));
  lines.push('', 'Opening each dynamic import loads (its chunk and what the first load did not bring):');
  for (const d of report.onDemand) lines.push(row(`${d.name}  (${d.chunks} chunk${d.chunks === 1 ? '' : 's'})`, d));
  const list = (xs) => (xs.length ? xs.join(', ') : 'none');
  lines.push('', `Stylesheets loaded later: ${list(report.laterCss)}`);
  lines.push(`Fonts in the build: ${report.fonts.files.length}; referred to by the first load: ${list(report.fonts.referencedByInitial)}`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const outDir = args.find((a) => !a.startsWith('--')) ?? join(root, 'out/renderer');
  let report;
  try {
    report = bundleReport(outDir);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  }
  console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report));
  if (args.includes('--check')) {
    for (const p of report.problems) console.error(`bundle-report: ${p}`);
    if (!report.ok) process.exit(1);
    console.error(`bundle-report: first load ${kB(report.initial.gzip)} gzip, within ${kB(report.budget.initialGzip)}`);
  }
}
