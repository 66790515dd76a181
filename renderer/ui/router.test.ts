import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './router';

describe('router', () => {
  it('round-trips every route', () => {
    const routes: Route[] = [
      { name: 'persons' },
      { name: 'person-new' },
      { name: 'person', id: 'abc' },
      { name: 'person-edit', id: 'abc' },
      { name: 'trash' },
      { name: 'audit' },
      { name: 'settings' },
      { name: 'exchange' },
      { name: 'templates' },
      { name: 'template-edit', id: 'ainet-standard-ja' },
      { name: 'note', id: 'n1' },
      { name: 'contacts' },
      { name: 'contact-new' },
      { name: 'contact-new', personId: 'p1' },
      { name: 'contact', id: 'c1' },
      { name: 'report' },
      { name: 'meetings' },
      { name: 'meeting-new', type: 'case' },
      { name: 'meeting', id: 'm1' },
      { name: 'actions' },
      { name: 'directory' },
      { name: 'referrals' },
      { name: 'referral', id: 'r1' },
      { name: 'referral-sheet', id: 'r1' },
    ];
    for (const r of routes) expect(parseRoute(routeHref(r))).toEqual(r);
  });
  it('falls back to the list', () => {
    expect(parseRoute('#/nonsense/x')).toEqual({ name: 'persons' });
    expect(parseRoute('')).toEqual({ name: 'persons' });
  });
});
