import { describe, expect, it } from 'vitest';
import { qrModules, QR_QUIET_MODULES } from '../print/qr';
import { recipientFromImage } from './keyQr';

const RECIPIENT = 'age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg';

/** A QR symbol as an RGBA picture: `scale` pixels a module, a quiet zone, optional noise and a gray paper. */
function picture(text: string, scale: number, noise = 0): { width: number; height: number; data: Uint8ClampedArray } {
  const modules = qrModules(text);
  const n = modules.length + QR_QUIET_MODULES * 2;
  const size = n * scale;
  const data = new Uint8ClampedArray(size * size * 4);
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) * noise;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const my = Math.floor(y / scale) - QR_QUIET_MODULES;
      const mx = Math.floor(x / scale) - QR_QUIET_MODULES;
      const dark = modules[my]?.[mx] ?? false;
      const v = (dark ? 30 : 225) + rand();
      data.set([v, v, v, 255], (y * size + x) * 4);
    }
  return { width: size, height: size, data };
}

describe('recipientFromImage', () => {
  it('reads the key from a picture of its QR code, also a noisy one on gray paper', () => {
    expect(recipientFromImage(picture(RECIPIENT, 4))).toEqual({ ok: true, recipient: RECIPIENT });
    expect(recipientFromImage(picture(RECIPIENT, 6, 60))).toEqual({ ok: true, recipient: RECIPIENT });
  });
  it('says there is no code, or that the code is not a receiving key', () => {
    const blank = { width: 200, height: 200, data: new Uint8ClampedArray(200 * 200 * 4).fill(255) };
    expect(recipientFromImage(blank)).toEqual({ ok: false, problem: 'noCode' });
    expect(recipientFromImage(picture('https://example.invalid/not-a-key', 4))).toEqual({ ok: false, problem: 'notKey' });
    expect(recipientFromImage(picture(RECIPIENT.replace('lggy', 'lggz'), 4))).toEqual({ ok: false, problem: 'notKey' });
  });
});
