import { describe, expect, it } from 'vitest';
import { CAMERA_WINDOW_MS, createCameraGate } from './camera-gate';

describe('createCameraGate', () => {
  it('is shut until the panel opens it, and for any other window', () => {
    const gate = createCameraGate();
    expect(gate.allows(1, 0)).toBe(false);
    expect(gate.set(1, true, 1_000)).toEqual({ allowedUntil: 1_000 + CAMERA_WINDOW_MS });
    expect(gate.allows(1, 1_001)).toBe(true);
    expect(gate.allows(2, 1_001)).toBe(false);
    expect(gate.allows(null, 1_001)).toBe(false);
    expect(gate.allows(undefined, 1_001)).toBe(false);
  });
  it('shuts on "off", and after two minutes without a new "on"', () => {
    const gate = createCameraGate();
    gate.set(1, true, 0);
    expect(gate.set(1, false, 10)).toEqual({ allowedUntil: null });
    expect(gate.allows(1, 11)).toBe(false);
    gate.set(1, true, 100);
    expect(gate.allows(1, 100 + CAMERA_WINDOW_MS - 1)).toBe(true);
    expect(gate.allows(1, 100 + CAMERA_WINDOW_MS)).toBe(false);
    // Once past, it stays shut even if the clock goes back.
    expect(gate.allows(1, 200)).toBe(false);
  });
  it('another window cannot shut or extend a gate it did not open, and a new "on" moves it', () => {
    const gate = createCameraGate();
    gate.set(1, true, 0);
    gate.set(2, false, 5);
    expect(gate.allows(1, 6)).toBe(true);
    gate.set(2, true, 7);
    expect(gate.allows(1, 8)).toBe(false);
    expect(gate.allows(2, 8)).toBe(true);
  });
});
