/**
 * Hash routing (`/console/#/queues`, `#/tickets/:id`): the server only ever serves index.html and
 * the hashed assets, whatever view is open. `route` is the current path and its query.
 */
import { signal } from '@preact/signals';

export interface Route {
  /** `/tickets/abc`, always starting with a slash. */
  path: string;
  /** Path segments: `['tickets', 'abc']`. */
  segments: string[];
  query: URLSearchParams;
}

function parse(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?', 2);
  const clean = path.startsWith('/') ? path : `/${path}`;
  return { path: clean, segments: clean.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(search) };
}

export const route = signal<Route>(parse(window.location.hash));
window.addEventListener('hashchange', () => (route.value = parse(window.location.hash)));

/** Opens a view: `navigate('/tickets/' + id)`. */
export function navigate(path: string, query?: Record<string, string | undefined>): void {
  window.location.hash = href(path, query);
}

/** The `#/…` link of a view, for `<a href>`. */
export function href(path: string, query?: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') params.set(k, v);
  const search = params.toString();
  return `#${path}${search ? `?${search}` : ''}`;
}

/** Replaces the query of the current view without adding a history entry (filters, paging). */
export function replaceQuery(query: Record<string, string | undefined>): void {
  const next = href(route.value.path, query);
  window.history.replaceState(null, '', next);
  route.value = parse(next);
}
