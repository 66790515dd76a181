import { describe, expect, it } from 'vitest';
import { parseContactIntervals } from './contactIntervals';

describe('contact intervals as typed', () => {
  it('takes whole numbers 1–3650 for every situation (full-width digits too) and names the rest', () => {
    const r = parseContactIntervals({ discharged: '７', alone: ' 14 ', over75: '0', openReferral: '3651', watched: '' });
    expect(r.values).toEqual({ discharged: 7, alone: 14 });
    expect(r.invalid).toEqual(['over75', 'openReferral', 'watched']);
  });
});
