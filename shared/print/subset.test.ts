import { describe, expect, it } from 'vitest';
import { openFace } from './fonts';
import { subsetTrueType } from './subset';
import { nodeFonts } from './testing/nodeFonts';

describe('subsetTrueType', () => {
  it('keeps only the used glyphs, renumbered, with their advances and a working cmap', () => {
    const face = openFace(nodeFonts().fallbackRegular ?? nodeFonts().regular, 'noto');
    const cps = new Map(
      [...'𠮷田Ab、'].map((c) => {
        const cp = c.codePointAt(0) ?? 0;
        return [cp, face.cmap.get(cp) ?? 0] as [number, number];
      }),
    );
    const subset = subsetTrueType(face, cps);
    expect(subset.bytes.length).toBeLessThan(30_000);
    const reopened = openFace(subset.bytes, 'subset');
    expect(reopened.metrics.numGlyphs).toBe(subset.glyphMap.size);
    for (const [cp, oldGid] of cps) {
      const newGid = reopened.cmap.get(cp);
      expect(newGid).toBe(subset.glyphMap.get(oldGid));
      expect(reopened.advances[newGid ?? 0]).toBe(face.advances[oldGid]);
    }
    expect(subset.widths[0]).toBeGreaterThanOrEqual(0);
  });
});
