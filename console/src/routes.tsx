/**
 * The console's views: which hash path opens which view, and which appear in the navigation bar.
 * A new view is one entry here and one file in views/.
 */
import type { ComponentChild } from 'preact';
import type { MessageKey } from './i18n';
import type { Route } from './router';
import { QueuesView } from './views/queues';
import { LazyDashboard } from './views/lazy-dashboard';
import { SearchView } from './views/search';
import { TicketView } from './views/ticket';

export interface ViewRoute {
  /** First path segment: `queues` serves `#/queues` and `#/queues/…`. */
  section: string;
  render: (route: Route) => ComponentChild;
  /** Shown in the navigation bar under this label. */
  nav?: MessageKey;
}

export const ROUTES: ViewRoute[] = [
  { section: 'queues', nav: 'nav.queues', render: (r) => <QueuesView route={r} /> },
  { section: 'tickets', render: (r) => <TicketView id={r.segments[1] ?? ''} /> },
  { section: 'search', nav: 'nav.search', render: (r) => <SearchView route={r} /> },
  { section: 'dashboard', nav: 'nav.dashboard', render: () => <LazyDashboard /> },
];

/** Where `#/` and unknown paths land. */
export const HOME = '/queues';
