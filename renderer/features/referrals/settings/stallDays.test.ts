import { describe, expect, it } from 'vitest';
import { parseStallDays } from './stallDays';

describe('stall-day settings as typed', () => {
  it('takes whole numbers 1–3650 for every open step (full-width digits too) and names the rest', () => {
    const r = parseStallDays({
      intake: '14',
      gathering: '４５',
      planning: '0',
      preparing: '3651',
      petitioned: '12.5',
      ruling: '',
      appointed: ' 90 ',
    });
    expect(r.values).toEqual({ intake: 14, gathering: 45, appointed: 90 });
    expect(r.invalid).toEqual(['planning', 'preparing', 'petitioned', 'ruling']);
  });
  it('never writes ended steps', () => {
    expect(Object.keys(parseStallDays({ closed: '5' }).values)).toEqual([]);
  });
});
