// Writes shared/text/kanjiVariants.ts, the variant-kanji table the search key folds with
// (高/髙, 崎/﨑/嵜, 辺/邊/邉, 沢/澤 …). The file is generated once and committed: its source is a
// 100 MB SQLite database that no build or install should have to fetch.
//
//   npm pack @mandel59/mojidata@1.8.1 && tar xzf mandel59-mojidata-1.8.1.tgz
//   node scripts/make-kanji-variants.mjs package/dist/moji.db
//
// Needs the `sqlite3` command (Debian: apt-get install sqlite3). Reads, from that database:
// - the Japanese variant relations of cjkvi-variants (Kanji Database Project, MIT licence):
//   joyo-variants (常用漢字表の旧字体), jinmei-variants (人名用漢字の異体字), jp-old-style,
//   hyogai-variants (表外漢字字体表), ucs-scs, koseki-variants (戸籍統一文字の関連字);
// - from Unihan and the IVD (Unicode, Inc., Unicode licence v3): which characters are 常用 and
//   人名用 (kJoyoKanji, kJinmeiyoKanji), in JIS X 0208/0212/0213 (kJis0, kJis1, kJIS0213), and
//   the base characters of the Japanese IVD collections (Adobe-Japan1, Hanyo-Denshi, Moji_Joho).
// The MJ 縮退マップ in the same database is CC BY-SA and is not used.
//
// How classes are made: every relation joins two characters into one class, in the order of
// ORDER, except a join that would put two different standard characters (常用 or 人名用 that is
// not itself listed as another's old form) in one class: koseki-variants links 乙 to 隠 through
// 乚 and 往 to 匡 through 迬, and folding those would make a search find the wrong people. Then
// each class keeps the characters a Japanese name can be written with: JIS X 0208/0212/0213,
// Windows-31J (cp932: 髙, 﨑), the standard characters, and the bases of the Japanese IVD
// collections (𠮷, 邉). The first character of each line is the one the class folds to.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dbPath = process.argv[2] ?? join(root, 'node_modules/@mandel59/mojidata/dist/moji.db');
const out = join(root, 'shared/text/kanjiVariants.ts');

const ORDER = [
  'joyo/variant',
  'jinmei1/variant',
  'jinmei2/variant',
  'jp/old-style',
  'jp/old-style/compat',
  'hyogai/variant',
  'ucs-scs/variant',
  'koseki/variant',
];
/**
 * Classes joined by hand although both hold a standard character: 斉藤 and 斎藤 (さいとう) are
 * the same surname written two ways, and people type one for the other.
 */
const MANUAL = ['斉斎'];

function rows(sql) {
  const text = execFileSync('sqlite3', ['-batch', '-readonly', '-separator', '\t', dbPath, sql], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t'));
}

const SELECTORS = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
/** As the search key sees a character: selectors dropped, NFKC (which folds compatibility ideographs such as 渚 U+FA46). */
const norm = (s) => s.replace(SELECTORS, '').normalize('NFKC');
const single = (s) => [...s].length === 1;

const joyo = new Set(rows("select UCS from unihan_each_kJoyoKanji where value = '2010'").map((r) => r[0]));
const jinmei = new Set(rows('select UCS from unihan_each_kJinmeiyoKanji').map((r) => r[0]));
const oldForms = new Set(
  rows("select object from kdpv where rel in ('joyo/variant', 'jinmei1/variant', 'jinmei2/variant')").map((r) => norm(r[0])),
);
const standard = new Set([...joyo, ...jinmei].filter((c) => !oldForms.has(c)));

// Union-find with, per class, the standard character it holds (if any).
const parent = new Map();
const standardOf = new Map();
const find = (x) => {
  if (!parent.has(x)) parent.set(x, x);
  let r = x;
  while (parent.get(r) !== r) r = parent.get(r);
  while (parent.get(x) !== r) {
    const next = parent.get(x);
    parent.set(x, r);
    x = next;
  }
  return r;
};
for (const c of standard) standardOf.set(find(c), c);
const refused = [];
function join2(a, b, rel, force = false) {
  const ra = find(a);
  const rb = find(b);
  if (ra === rb) return;
  const sa = standardOf.get(ra);
  const sb = standardOf.get(rb);
  if (!force && sa && sb && sa !== sb) {
    refused.push(`${rel}: ${a}→${b} would join ${sa} and ${sb}`);
    return;
  }
  parent.set(ra, rb);
  standardOf.set(rb, sb ?? sa);
}
for (const group of MANUAL) {
  const [first, ...rest] = [...group];
  for (const c of rest) join2(first, c, 'manual', true);
}
let pairs = 0;
for (const rel of ORDER) {
  for (const [s, o] of rows(`select subject, object from kdpv where rel = '${rel}' order by subject, object`)) {
    const a = norm(s);
    const b = norm(o);
    if (!single(a) || !single(b) || a === b) continue;
    pairs += 1;
    join2(a, b, rel);
  }
}

// The repertoire a Japanese name is written in.
const jis = new Set(
  [
    ...rows('select UCS from unihan_each_kJis0'),
    ...rows('select UCS from unihan_each_kJis1'),
    ...rows('select UCS from unihan_kJIS0213'),
  ].map((r) => r[0]),
);
const ivdBases = new Set(
  rows("select IVS from ivs where collection in ('Adobe-Japan1', 'Hanyo-Denshi', 'Moji_Joho')").map((r) => [...norm(r[0])][0]),
);
const cp932 = new Set();
const sjis = new TextDecoder('shift_jis');
for (let lead = 0x81; lead <= 0xfc; lead++) {
  if (lead > 0x9f && lead < 0xe0) continue;
  for (let trail = 0x40; trail <= 0xfc; trail++) {
    const ch = sjis.decode(new Uint8Array([lead, trail]));
    if (single(ch) && ch !== '\uFFFD') cp932.add(ch.normalize('NFKC'));
  }
}
const inRepertoire = (c) => jis.has(c) || cp932.has(c) || standard.has(c) || ivdBases.has(c);

const classes = new Map();
for (const c of parent.keys()) {
  if (!inRepertoire(c)) continue;
  const r = find(c);
  if (!classes.has(r)) classes.set(r, []);
  classes.get(r).push(c);
}
const cp = (c) => c.codePointAt(0);
const byCode = (a, b) => cp(a) - cp(b);
const jis0208 = new Set(rows('select UCS from unihan_each_kJis0').map((r) => r[0]));
/** The character a class folds to: its standard character (the lowest, for a hand-joined class), else the lowest JIS X 0208 one, else the lowest. */
function representative(members) {
  const pick = (f) => members.filter(f).sort(byCode)[0];
  return pick((c) => joyo.has(c) && !oldForms.has(c)) ?? pick((c) => standard.has(c)) ?? pick((c) => jis0208.has(c)) ?? pick(() => true);
}
const lines = [...classes.values()]
  .filter((m) => m.length > 1)
  .map((m) => {
    const rep = representative(m);
    return [rep, ...m.filter((c) => c !== rep).sort(byCode)].join('');
  })
  .sort((a, b) => byCode([...a][0], [...b][0]));

const members = lines.reduce((n, l) => n + [...l].length, 0);
const dbHash = createHash('sha256').update(readFileSync(dbPath)).digest('hex');
const ts = `// Generated by scripts/make-kanji-variants.mjs — do not edit; run the script again instead.
// Source: @mandel59/mojidata 1.8.1, moji.db sha256 ${dbHash.slice(0, 16)}…
// Variant relations: cjkvi-variants, Copyright (c) Kanji Database Project, MIT licence.
// Character properties: Unihan and the Ideographic Variation Database, Copyright (c) Unicode, Inc.,
// Unicode licence v3.
// ${lines.length} classes, ${members} characters. One class per line; the first character is the one the
// others fold to in a search key (shared/text/normalize.ts).
export const KANJI_VARIANT_CLASSES = \`
${lines.join('\n')}
\`;
`;
writeFileSync(out, ts);
console.log(`${pairs} relations read, ${refused.length} joins refused, ${lines.length} classes, ${members} characters → ${out}`);
if (process.argv.includes('--refused')) console.log(refused.join('\n'));
