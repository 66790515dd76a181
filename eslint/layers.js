// "Bad layering" inside a runtime: the folder a file lives in says which folders it may import,
// checked on the resolved path of every relative import (an import string alone can't say where
// '../x' lands). Top-level runtime rules (shared/main/preload/renderer) are in eslint.config.js.
//
// renderer/: core → ui, print, i18n → features/* → app. Inside the core: platform → db → vault
// (keys, sealing) → audit (the chained log) → records (the one persistence path, drafts and the
// open vault's context) → backup (whole-vault files, staging, restore and merge) → team (the team
// replication: membership, the sync step, the running link). A feature
// uses another feature only through its public module (features/<name>/index.ts); the app may
// also take a feature's lazy.ts (its strings and its screens, loaded on demand).
// shared/: the engine folders (text, errors, print, ipc, csv) never import a domain; samples is the top.
import path from 'node:path';

const RENDERER_RANK = {
  platform: 0,
  db: 1,
  vault: 2,
  audit: 3,
  records: 4,
  backup: 5,
  testing: 5,
  team: 6,
  ui: 10,
  print: 10,
  i18n: 10,
  features: 20,
  app: 30,
  bench: 30,
};
const SHARED_BASE = new Set(['text', 'errors', 'print', 'ipc', 'csv']);

function place(file) {
  const parts = file.split(path.sep);
  const i = parts.lastIndexOf('renderer') >= 0 ? parts.indexOf('renderer') : -1;
  const s = parts.indexOf('shared');
  if (i >= 0 && (s < 0 || i < s)) {
    const folder = parts[i + 1];
    return { runtime: 'renderer', folder, feature: folder === 'features' ? parts[i + 2] : undefined, rest: parts.slice(i + 1) };
  }
  if (s >= 0) return { runtime: 'shared', folder: parts[s + 1], rest: parts.slice(s + 1) };
  return null;
}

function problem(from, to, isTest) {
  if (!from || !to || from.runtime !== to.runtime) return null;
  if (from.runtime === 'shared') {
    if (from.folder === to.folder) return null;
    if (to.folder === 'samples') return 'shared/samples is the top of shared/: nothing imports it';
    if (SHARED_BASE.has(from.folder) && !SHARED_BASE.has(to.folder))
      return `shared/${from.folder} is an engine folder and may not import the domain folder shared/${to.folder}`;
    return null;
  }
  const a = RENDERER_RANK[from.folder];
  const b = RENDERER_RANK[to.folder];
  if (a === undefined || b === undefined) return null;
  if (to.folder === 'features' && a >= b && from.feature !== to.feature) {
    const file = to.rest.length === 3 ? to.rest[2] : '';
    const publicModule = /^index(\.tsx?)?$/.test(file) || (from.folder === 'app' && /^lazy(\.tsx?)?$/.test(file));
    return publicModule
      ? null
      : `${from.feature ? `features/${from.feature}` : `renderer/${from.folder}`} may use features/${to.feature} only through its public module (features/${to.feature}/index.ts${from.folder === 'app' ? ' or lazy.ts' : ''})`;
  }
  if (from.folder === to.folder) return null;
  // A test may build its fixtures with the vault and the test helpers, never with today's
  // repositories (a frozen migration test must not change meaning when a repository does).
  if (isTest && a < 10 && b < 10 && to.folder !== 'records') return null;
  if (b > a) return `renderer/${from.folder} sits below renderer/${to.folder} and may not import it`;
  return null;
}

export default {
  rules: {
    layers: {
      meta: { type: 'problem', schema: [], messages: { bad: 'Bad layering: {{why}}.' } },
      create(context) {
        const file = context.filename;
        const from = place(file);
        if (!from) return {};
        const check = (node, spec) => {
          if (typeof spec !== 'string' || !spec.startsWith('.')) return;
          const base = path.resolve(path.dirname(file), spec);
          const target = place(base);
          if (!target) return;
          // '../persons' is the folder's index.
          if (target.runtime === 'renderer' && target.folder === 'features' && target.rest.length === 2)
            target.rest = [...target.rest, 'index.ts'];
          const why = problem(from, target, /\.test\.tsx?$/.test(file));
          if (why) context.report({ node, messageId: 'bad', data: { why } });
        };
        return {
          ImportDeclaration: (n) => check(n.source, n.source.value),
          ExportNamedDeclaration: (n) => n.source && check(n.source, n.source.value),
          ExportAllDeclaration: (n) => check(n.source, n.source.value),
          ImportExpression: (n) => n.source.type === 'Literal' && check(n.source, n.source.value),
        };
      },
    },
  },
};
