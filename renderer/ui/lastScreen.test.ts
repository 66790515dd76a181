import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lastScreen, openingScreen, rememberScreen } from './router';

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

describe('the screen a vault opens on', () => {
  it('is its last screen when opened at the start', () => {
    rememberScreen('main', { name: 'contact-new' });
    for (const start of ['', '#', '#/']) expect(openingScreen('main', start)).toBe('#/contacts/new');
    expect(openingScreen('demo', '')).toBe('#/persons');
  });
  it("is its own last screen, not the other vault's, when the address is the other's", () => {
    rememberScreen('main', { name: 'contact-new' });
    rememberScreen('demo', { name: 'meetings' });
    expect(openingScreen('demo', '#/contacts/new')).toBe('#/meetings');
    expect(openingScreen('main', '#/meetings')).toBe('#/contacts/new');
  });
  it('is the address it was opened at otherwise: a second window on a person, a reload, the screen it was locked on', () => {
    rememberScreen('main', { name: 'contact-new' });
    expect(openingScreen('main', '#/persons/p-1')).toBe('#/persons/p-1');
    expect(openingScreen('main', '#/contacts/new')).toBe('#/contacts/new');
    // Both vaults were last on the same screen: nothing to tell apart, the address stays.
    rememberScreen('demo', { name: 'contact-new' });
    expect(openingScreen('demo', '#/contacts/new')).toBe('#/contacts/new');
  });
});
