// Property test of the line breaker over random Japanese text with variation sequences (葛󠄀),
// surrogate pairs (𠮷) and combining marks (か + U+3099), at every width from one column to the
// whole text: nothing lost, no cluster split, no line wider than the line unless it is one
// cluster, and no forbidden line start or end where the chain 禁則 makes could fit on a line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseOf, clustersOf } from './clusters';
import { breakLines, isWideScript, NO_LINE_END, NO_LINE_START } from './linebreak';

/** Monospace per cluster: wide 2, narrow 1 (a mark or a selector adds nothing). */
const mono = (text: string): number => clustersOf(text).reduce((s, c) => s + (isWideScript(baseOf(c)) ? 2 : 1), 0);

const plain = [...'あいうえおかきくけこさしすたなはまやらわをんアイウエオカキクサシス漢字東京都鶴見区高橋吉田花子太郎記録'];
const noStart = [...'、。，．」』）〕】ー・！？…‥ゝゞ々ぁぃぅぇぉっゃゅょァィゥェォッャュョ'];
const noEnd = [...'「『（〔【〈《'];
const surrogates = ['𠮷', '𩸽', '𠀋', '𡈽', '𪚲'];
const ivs = ['葛\u{E0100}', '辻\u{E0100}', '邉\u{E0101}', '𠮷\u{E0100}', '葛\u{E0101}', '辺\uFE00'];
const marks = ['か\u3099', 'は\u309A', 'ウ\u3099', 'ゝ\u3099', 'ヽ\u3099', 'つ\u3099', 'ㇷ\u309A', 'し\u3099\u{E0100}'];

const cluster = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...plain) },
  { weight: 3, arbitrary: fc.constantFrom(...noStart) },
  { weight: 2, arbitrary: fc.constantFrom(...noEnd) },
  { weight: 1, arbitrary: fc.constantFrom(...surrogates) },
  { weight: 1, arbitrary: fc.constantFrom(...ivs) },
  { weight: 1, arbitrary: fc.constantFrom(...marks) },
);
const japanese = fc.array(cluster, { minLength: 1, maxLength: 50 });

const starts = (c: string | undefined): boolean => c !== undefined && NO_LINE_START.has(baseOf(c));
const ends = (c: string | undefined): boolean => c !== undefined && NO_LINE_END.has(baseOf(c));

/** The clusters 禁則 ties across a break before cluster `b`: openers, one character, the no-start characters after it. */
function chainAt(cs: readonly string[], b: number): string {
  let left: number;
  let right = b;
  if (starts(cs[b])) {
    left = b - 1;
    while (left > 0 && starts(cs[left])) left--;
    while (left > 0 && ends(cs[left - 1])) left--;
  } else {
    left = b - 1;
    while (left > 0 && ends(cs[left - 1])) left--;
    while (right < cs.length && ends(cs[right])) right++;
    right++;
  }
  while (right < cs.length && starts(cs[right])) right++;
  return cs.slice(Math.max(0, left), right).join('');
}

describe('breakLines: property over random Japanese text', () => {
  it('at every width: nothing lost, nothing split, lines fit, 禁則 kept wherever the chain fits', () => {
    fc.assert(
      fc.property(japanese, (parts) => {
        const text = parts.join('');
        const cs = clustersOf(text);
        // Each generated piece is one cluster, as a reader sees it.
        expect(cs).toEqual(parts);
        const boundaries = new Map<number, number>();
        let at = 0;
        cs.forEach((c, i) => boundaries.set((at += c.length), i + 1));
        for (let width = 1; width <= mono(text) + 1; width++) {
          const lines = breakLines(text, width, mono);
          expect(lines.join(''), `width ${width}`).toBe(text);
          let offset = 0;
          lines.forEach((line, i) => {
            expect(line.length, `width ${width}: empty line ${i}`).toBeGreaterThan(0);
            if (mono(line) > width) expect(clustersOf(line), `width ${width}: line ${JSON.stringify(line)} too wide`).toHaveLength(1);
            offset += line.length;
            if (i === lines.length - 1) return;
            const b = boundaries.get(offset);
            expect(b, `width ${width}: a cluster split after ${JSON.stringify(line)}`).toBeDefined();
            if (b === undefined) return;
            if (starts(cs[b]) || ends(cs[b - 1])) {
              const chain = chainAt(cs, b);
              expect(mono(chain), `width ${width}: line ${i + 1} of ${JSON.stringify(lines)} breaks the chain ${chain}`).toBeGreaterThan(
                width,
              );
            }
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
