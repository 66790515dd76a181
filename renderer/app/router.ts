// A tiny hash router. Routes carry ids only, never names: the URL lands in history files.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'persons' }
  | { name: 'person-new' }
  | { name: 'person'; id: string }
  | { name: 'person-edit'; id: string }
  | { name: 'trash' }
  | { name: 'audit' }
  | { name: 'settings' }
  | { name: 'templates' }
  | { name: 'template-edit'; id: string }
  | { name: 'note'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [a, b, c] = parts;
  if (a === 'persons' && b === 'new') return { name: 'person-new' };
  if (a === 'persons' && b && c === 'edit') return { name: 'person-edit', id: b };
  if (a === 'persons' && b) return { name: 'person', id: b };
  if (a === 'trash') return { name: 'trash' };
  if (a === 'audit') return { name: 'audit' };
  if (a === 'settings') return { name: 'settings' };
  if (a === 'templates' && b && c === 'edit') return { name: 'template-edit', id: b };
  if (a === 'templates') return { name: 'templates' };
  if (a === 'notes' && b) return { name: 'note', id: b };
  return { name: 'persons' };
}

export function routeHref(r: Route): string {
  switch (r.name) {
    case 'persons':
      return '#/persons';
    case 'person-new':
      return '#/persons/new';
    case 'person':
      return `#/persons/${r.id}`;
    case 'person-edit':
      return `#/persons/${r.id}/edit`;
    case 'template-edit':
      return `#/templates/${r.id}/edit`;
    case 'note':
      return `#/notes/${r.id}`;
    default:
      return `#/${r.name}`;
  }
}

export function navigate(r: Route): void {
  window.location.hash = routeHref(r);
}

const subscribe = (l: () => void) => {
  window.addEventListener('hashchange', l);
  return () => window.removeEventListener('hashchange', l);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
