// The repository stands on its own: no file may send a reader to the team's design documents
// outside it. What the code relies on from them is written in docs/domain.md and
// docs/architecture.md; a comment points there instead.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: here, encoding: 'utf8' }).trim();

// Written so that none of them matches its own source text.
const NAMED = [/\b(?:ARCHITECTURE|DOMAIN|STYLE)\.md\b/, /shared\/seed\b/, /tsurumi-ainet-plan\.txt/];
/** `../shared` and friends: wrong only where the path climbs out of the repository. */
const RELATIVE_SHARED = /(?:\.\.\/)+shared\b/g;

/** Every place in one file's text that points outside the repository. */
function outsidePointers(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const climbsOut = [...line.matchAll(RELATIVE_SHARED)].some((m) =>
      path.relative(root, path.resolve(root, path.dirname(file), m[0])).startsWith('..'),
    );
    if (climbsOut || NAMED.some((re) => re.test(line))) out.push(`${file}:${i + 1}: ${line.trim()}`);
  });
  return out;
}

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f !== '' && f !== 'package-lock.json' && !f.split('/').includes('node_modules'))
    .filter((f) => existsSync(path.join(root, f)));
}

describe('the repository stands on its own', () => {
  it('the check finds each kind of pointer it is meant to refuse', () => {
    const md = '.md';
    const planted = [
      `// see ${'ARCHITECTURE' + md} §2`,
      `// as in ${'DOMAIN' + md}`,
      `// ${'STYLE' + md} says`,
      `// labels from ${'shared' + '/seed'}/plan`,
      `// ${'tsurumi-ainet-plan' + '.txt'}`,
      `see ${'..' + '/shared'}/notes`,
    ];
    for (const line of planted) expect(outsidePointers('README.md', line), line).toHaveLength(1);
    // One level down, ../shared is this repository's own shared/ (an import); two levels up is not.
    expect(outsidePointers('renderer/x.ts', `import '${'..' + '/shared'}/text/dates';`)).toEqual([]);
    expect(outsidePointers('renderer/x.ts', `import '${'../..' + '/shared'}/text/dates';`)).toHaveLength(1);
    expect(outsidePointers('docs/architecture.md', 'docs/architecture.md and docs/domain.md')).toEqual([]);
  });

  it('no tracked file points at design documents outside the repository', () => {
    const files = trackedFiles();
    expect(files).toContain('README.md');
    expect(files).toContain('shared/docs.test.ts');
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => outsidePointers(f, readFileSync(path.join(root, f), 'utf8')));
    expect(found, 'point at docs/domain.md or docs/architecture.md instead').toEqual([]);
  });
});
