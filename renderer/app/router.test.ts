import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './router';

describe('router', () => {
  it('round-trips every route', () => {
    const routes: Route[] = [{ name: 'persons' }, { name: 'person-new' }, { name: 'person', id: 'abc' }, { name: 'person-edit', id: 'abc' }, { name: 'trash' }, { name: 'audit' }, { name: 'settings' }, { name: 'templates' }, { name: 'template-edit', id: 'ainet-standard-ja' }, { name: 'note', id: 'n1' }];
    for (const r of routes) expect(parseRoute(routeHref(r))).toEqual(r);
  });
  it('falls back to the list', () => {
    expect(parseRoute('#/nonsense/x')).toEqual({ name: 'persons' });
    expect(parseRoute('')).toEqual({ name: 'persons' });
  });
});
