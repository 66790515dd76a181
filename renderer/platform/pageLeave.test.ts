import { describe, expect, it, vi } from 'vitest';
import { onPageLeave, type PageLeaveCause } from './pageLeave';

function fakePage() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  return { win, doc, targets: { window: win, document: doc } };
}

describe('onPageLeave', () => {
  it('fires on beforeunload, pagehide, freeze and on becoming hidden, not on becoming visible', () => {
    const { win, doc, targets } = fakePage();
    const causes: PageLeaveCause[] = [];
    onPageLeave((c) => void causes.push(c), targets);
    win.dispatchEvent(new Event('beforeunload'));
    win.dispatchEvent(new Event('pagehide'));
    doc.dispatchEvent(new Event('freeze'));
    doc.dispatchEvent(new Event('visibilitychange'));
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(causes).toEqual(['beforeunload', 'pagehide', 'freeze', 'hidden']);
  });

  it('starts the listener inside the event itself (after it the page may be gone)', () => {
    const { win, targets } = fakePage();
    let started = false;
    onPageLeave(async () => {
      started = true;
      await Promise.resolve();
    }, targets);
    const event = new Event('beforeunload', { cancelable: true });
    win.dispatchEvent(event);
    expect(started).toBe(true);
    // Never a "leave this page?" prompt.
    expect(event.defaultPrevented).toBe(false);
  });

  it('stops after unsubscribing, and a failing listener is only logged', async () => {
    const { win, targets } = fakePage();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let calls = 0;
    const off = onPageLeave(() => {
      calls += 1;
      return Promise.reject(new Error('disk full'));
    }, targets);
    win.dispatchEvent(new Event('pagehide'));
    await Promise.resolve();
    await Promise.resolve();
    expect(error).toHaveBeenCalledTimes(1);
    off();
    win.dispatchEvent(new Event('pagehide'));
    expect(calls).toBe(1);
    error.mockRestore();
  });
});
