import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lastScreen, rememberScreen } from './router';

let items: Map<string, string>;
beforeEach(() => {
  items = new Map();
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    value: { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) },
  });
});
afterEach(() => Reflect.deleteProperty(globalThis, 'localStorage'));

describe('each vault’s last screen', () => {
  it('is kept per vault, and a vault never seen opens on its person list', () => {
    rememberScreen('main', { name: 'contact-new' });
    expect(lastScreen('main')).toBe('#/contacts/new');
    expect(lastScreen('demo')).toBe('#/persons');
    rememberScreen('demo', { name: 'meetings' });
    expect(lastScreen('main')).toBe('#/contacts/new');
    expect(lastScreen('demo')).toBe('#/meetings');
  });
  it('reads anything unexpected as the person list', () => {
    items.set('ainet.lastScreen', 'not json');
    expect(lastScreen('main')).toBe('#/persons');
    items.set('ainet.lastScreen', JSON.stringify({ main: 42, demo: '#/nowhere/at/all' }));
    expect(lastScreen('main')).toBe('#/persons');
    expect(lastScreen('demo')).toBe('#/persons');
  });
});
