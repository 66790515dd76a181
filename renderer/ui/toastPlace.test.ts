import { describe, expect, it } from 'vitest';
import { chooseToastPlace, type Box } from './toastPlace';

const view = { width: 1280, height: 720 };
const size = { width: 400, height: 60 };
const edge = 16;
const bottomTop = view.height - edge - size.height; // 644
const across = (top: number, height: number): Box => ({ left: 0, top, width: view.width, height });

describe('chooseToastPlace', () => {
  it('stands at the bottom when nothing is under it', () => {
    expect(chooseToastPlace(size, view, [{ left: 10, top: 10, width: 100, height: 40 }], edge)).toEqual({ at: 'bottom', top: bottomTop });
  });
  it('moves to the top when a button is under the bottom place', () => {
    const button = { left: 600, top: 630, width: 200, height: 50 };
    expect(chooseToastPlace(size, view, [button], edge)).toEqual({ at: 'top', top: edge });
  });
  it('keeps a small gap: a button just beside the toast counts as covered', () => {
    const beside = { left: (view.width + size.width) / 2 + 2, top: bottomTop, width: 80, height: 40 };
    expect(chooseToastPlace(size, view, [beside], edge).at).toBe('top');
  });
  it('takes the lowest free height between when both ends are taken', () => {
    // Fields at the top (0–200) and buttons at the bottom (560–720): the toast fits in 204–556.
    const place = chooseToastPlace(size, view, [across(0, 200), across(560, 160)], edge);
    expect(place.at).toBe('between');
    if (place.at !== 'between') return;
    expect(place.top + size.height).toBeLessThanOrEqual(556);
    expect(place.top + size.height).toBeGreaterThan(556 - 8);
  });
  it('waits when every height would cover an action', () => {
    expect(chooseToastPlace(size, view, [across(0, 720)], edge)).toEqual({ at: 'waiting' });
  });
});
