// Test-only: the pagination rules checked on the engine's page report (pageReport).
import type { PageReport } from '../ops';

/** What the rules ask for (written out here, not read from the engine, so that a change there fails). */
const MIN_LINES = 3;
const MIN_TEXT_LINES = 2;

/** Every rule a page report must keep; returns what broke, in words. */
export function paginationProblems(pages: readonly PageReport[]): string[] {
  const problems: string[] = [];
  pages.forEach((page, i) => {
    const at = `page ${i + 1}`;
    if (page.contents.length === 0 && pages.length > 1) problems.push(`${at} is empty`);
    const last = page.contents[page.contents.length - 1];
    if (last?.kind === 'heading' && i < pages.length - 1) problems.push(`${at} ends with the heading ${last.label}`);
    for (const e of page.contents) {
      if (e.lines === e.totalLines) continue;
      const min = e.kind === 'paragraph' ? MIN_TEXT_LINES : MIN_LINES;
      if (e.lines < min && e.kind !== 'group') problems.push(`${at} holds ${e.lines} of ${e.totalLines} lines of ${e.path} (${e.label})`);
    }
  });
  // Nothing lost: a block's lines over all pages are its total.
  const seen = new Map<string, { sum: number; total: number }>();
  for (const p of pages)
    for (const e of p.contents) {
      const s = seen.get(e.path) ?? { sum: 0, total: e.totalLines };
      s.sum += e.lines;
      seen.set(e.path, s);
    }
  for (const [path, s] of seen) if (s.sum !== s.total) problems.push(`${path}: ${s.sum} of ${s.total} lines placed`);
  return problems;
}
