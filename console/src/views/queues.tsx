/**
 * The supervisors' queues of the signed-in unit's subtree: overdue, at risk, due soon, and the
 * supervision orders issued by or to it. Counts above each tab, filters and paging in the hash (so a
 * view can be bookmarked), every figure refreshed every REFRESH_MS without a reload, and the time
 * left or overdue counting each second.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { api, problemCode, type Schemas } from '../api';
import { formatCount, t, term, type MessageKey } from '../i18n';
import { href, navigate, replaceQuery, type Route } from '../router';
import { session } from '../session';
import { formatDuration, formatInstant, remainingMs } from '../time';
import { childrenOf, unitName, type OrgUnit } from '../units';
import { CHANNELS, CUSTOMER_TIERS, LEVELS, STAGE_KINDS } from '../vocabulary';

/** How often the open queue and the counts are read again. */
export const REFRESH_MS = 10_000;
/** Counts stop here ("1,000+"): the API pages, it does not count. */
export const COUNT_CAP = 1000;
const PAGE_SIZE = 50;

type StageQueue = 'overdue' | 'at-risk' | 'due-soon';
type QueueKind = StageQueue | 'orders';
const QUEUES: { kind: QueueKind; label: MessageKey }[] = [
  { kind: 'overdue', label: 'queue.overdue' },
  { kind: 'at-risk', label: 'queue.atRisk' },
  { kind: 'due-soon', label: 'queue.dueSoon' },
  { kind: 'orders', label: 'queue.orders' },
];
const isQueue = (v: string | undefined): v is QueueKind => QUEUES.some((q) => q.kind === v);

type QueueItem = Schemas['QueueItem'];
type Order = Schemas['SupervisionOrderView'];

/** The filters a view's hash carries; the subtree root is the deepest of province, city and department chosen. */
const FILTER_KEYS = [
  'province',
  'city',
  'department',
  'stage',
  'level',
  'customerTier',
  'businessType',
  'channel',
  'withinMinutes',
  'status',
] as const;
type Filters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

function filtersOf(query: URLSearchParams): Filters {
  const f: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = query.get(k);
    if (v) f[k] = v;
  }
  return f;
}

type Page<T> = { items: T[]; nextCursor: string | null };
type Answer<T> = { data?: Page<T>; error?: unknown };

function stageQuery(f: Filters, cursor: string | undefined, limit: number) {
  return {
    unitId: f.department ?? f.city ?? f.province,
    stage: f.stage as QueueItem['stage'] | undefined,
    level: f.level as Schemas['TicketView']['level'] | undefined,
    customerTier: f.customerTier as Schemas['TicketView']['customerTier'] | undefined,
    businessType: f.businessType,
    channel: f.channel as Schemas['TicketView']['channel'] | undefined,
    cursor,
    limit,
  };
}

/** One page of a queue through the typed client. */
function fetchPage(kind: QueueKind, f: Filters, cursor: string | undefined, limit: number): Promise<Answer<QueueItem | Order>> {
  switch (kind) {
    case 'overdue':
      return api.GET('/api/v1/supervision/overdue', { params: { query: stageQuery(f, cursor, limit) } });
    case 'at-risk':
      return api.GET('/api/v1/supervision/at-risk', { params: { query: stageQuery(f, cursor, limit) } });
    case 'due-soon':
      return api.GET('/api/v1/supervision/due-soon', {
        params: { query: { ...stageQuery(f, cursor, limit), withinMinutes: f.withinMinutes ? Number(f.withinMinutes) : undefined } },
      });
    case 'orders':
      return api.GET('/api/v1/supervision/orders', {
        params: {
          query: { unitId: f.department ?? f.city ?? f.province, status: f.status === 'resolved' ? 'resolved' : 'open', cursor, limit },
        },
      });
  }
}

const EXPORT_PATHS: Record<QueueKind, string> = {
  overdue: 'overdue',
  'at-risk': 'at-risk',
  'due-soon': 'due-soon',
  orders: 'supervision-orders',
};

/**
 * The public export of the queue shown, with its filters (every page, not just this one). A plain link:
 * the browser downloads the file with the session cookie, as it would any GET of the API.
 */
export function exportHref(kind: QueueKind, f: Filters, format: 'csv' | 'xlsx'): string {
  const { cursor: _c, limit: _l, ...stage } = stageQuery(f, undefined, 0);
  void [_c, _l];
  const query: Record<string, string | undefined> =
    kind === 'orders'
      ? { unitId: f.department ?? f.city ?? f.province, status: f.status === 'resolved' ? 'resolved' : 'open' }
      : { ...stage, withinMinutes: kind === 'due-soon' ? f.withinMinutes : undefined };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  params.set('format', format);
  return `/api/v1/exports/${EXPORT_PATHS[kind]}?${params.toString()}`;
}

/** How many entries a queue holds, walking its pages up to COUNT_CAP; `capped` when more remain. */
async function countQueue(kind: QueueKind, f: Filters): Promise<{ n: number; capped: boolean } | null> {
  let n = 0;
  let cursor: string | undefined;
  for (;;) {
    const { data } = await fetchPage(kind, f, cursor, Math.min(500, COUNT_CAP - n + 1));
    if (!data) return null;
    n += data.items.length;
    if (!data.nextCursor) return { n, capped: false };
    if (n >= COUNT_CAP) return { n: COUNT_CAP, capped: true };
    cursor = data.nextCursor;
  }
}

export function formatQueueCount(c: { n: number; capped: boolean }): string {
  return c.capped ? `${formatCount(c.n)}+` : formatCount(c.n);
}

function Remaining({ due, done }: { due: string; done?: boolean }) {
  if (done) return <span class="muted">—</span>;
  const ms = remainingMs(due);
  return ms >= 0 ? (
    <span class="remaining">{formatDuration(ms)}</span>
  ) : (
    <span class="overdue">
      {t('queue.overdueBy')} {formatDuration(ms)}
    </span>
  );
}

/** Province, city and department choices, each listing the children of the one above (read from the API when opened). */
function ScopePicker({ filters, onChange }: { filters: Filters; onChange: (f: Filters) => void }) {
  const s = session.value;
  const provinces = useSignal<OrgUnit[]>([]);
  const cities = useSignal<OrgUnit[]>([]);
  const departments = useSignal<OrgUnit[]>([]);
  const me = s.kind === 'signedIn' ? s.me : null;

  useEffect(() => {
    if (me?.tier === 'national' && me.unitId) void childrenOf(me.unitId).then((u) => (provinces.value = u));
  }, [me?.unitId]);
  const province = me?.tier === 'provincial' ? (me.unitId ?? undefined) : filters.province;
  const city = me?.tier === 'city' ? (me.unitId ?? undefined) : filters.city;
  useEffect(() => {
    cities.value = [];
    if (province && (me?.tier === 'national' || me?.tier === 'provincial')) void childrenOf(province).then((u) => (cities.value = u));
  }, [province]);
  useEffect(() => {
    departments.value = [];
    if (city && me?.tier !== 'department') void childrenOf(city).then((u) => (departments.value = u));
  }, [city]);

  if (!me || me.tier === 'department') return null;
  const select = (
    key: 'province' | 'city' | 'department',
    label: MessageKey,
    units: OrgUnit[],
    value: string | undefined,
    reset: Filters,
  ) => (
    <label>
      {t(label)}
      <select
        name={key}
        value={value ?? ''}
        onChange={(e) => onChange({ ...filters, ...reset, [key]: e.currentTarget.value || undefined })}
      >
        <option value="">{t('filter.all')}</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      {me.tier === 'national' &&
        select('province', 'filter.province', provinces.value, filters.province, { city: undefined, department: undefined })}
      {(me.tier === 'national' || me.tier === 'provincial') &&
        select('city', 'filter.city', cities.value, filters.city, { department: undefined })}
      {select('department', 'filter.department', departments.value, filters.department, {})}
    </>
  );
}

function Choice(props: {
  display?: (value: string) => string;
  name: keyof Filters;
  label: MessageKey;
  values: readonly string[];
  prefix: string;
  filters: Filters;
  onChange: (f: Filters) => void;
}) {
  return (
    <label>
      {t(props.label)}
      <select
        name={props.name}
        value={props.filters[props.name] ?? ''}
        onChange={(e) => props.onChange({ ...props.filters, [props.name]: e.currentTarget.value || undefined })}
      >
        <option value="">{t('filter.all')}</option>
        {props.values.map((v) => (
          <option key={v} value={v}>
            {props.display ? props.display(v) : term(props.prefix, v)}
          </option>
        ))}
      </select>
    </label>
  );
}

type SortKey = 'dueAt' | 'ticketNumber' | 'stage' | 'level';

/** Sorting is within the page shown; the API pages in due order. Orders have no number, stage or level: they sort by due time. */
function sortValue(row: QueueItem | Order, key: SortKey): string {
  return 'ticketNumber' in row ? row[key] : row.dueAt;
}

export function QueuesView({ route }: { route: Route }) {
  const kind: QueueKind = isQueue(route.segments[1]) ? route.segments[1] : 'overdue';
  const filters = filtersOf(route.query);
  const cursor = route.query.get('cursor') ?? undefined;
  const filterKey = JSON.stringify(filters);

  const page = useSignal<Page<QueueItem | Order> | null>(null);
  const error = useSignal<string | null>(null);
  const refreshedAt = useSignal<number | null>(null);
  const counts = useSignal<Partial<Record<QueueKind, { n: number; capped: boolean }>>>({});
  const sort = useSignal<{ key: SortKey; desc: boolean }>({ key: 'dueAt', desc: false });
  /** Business categories: code → label, from the taxonomy. */
  const categories = useSignal<ReadonlyMap<string, string>>(new Map());
  /** Cursors of the pages before this one, for "previous". */
  const trail = useSignal<(string | undefined)[]>([]);

  useEffect(() => {
    void api.GET('/api/v1/taxonomy', { params: { query: { kind: 'business_type', limit: 500 } } }).then(({ data }) => {
      if (data) categories.value = new Map(data.items.map((i) => [i.code, i.label]));
    });
  }, []);

  useEffect(() => {
    let stopped = false;
    const load = async () => {
      const answer = await fetchPage(kind, filters, cursor, PAGE_SIZE);
      if (stopped) return;
      if (answer.data) {
        page.value = answer.data;
        error.value = null;
        refreshedAt.value = Date.now();
      } else {
        error.value = `${t('error.generic')} (${problemCode(answer.error)})`;
      }
      const next: typeof counts.value = {};
      await Promise.all(
        QUEUES.map(async (q) => {
          const c = await countQueue(q.kind, filters);
          if (c) next[q.kind] = c;
        }),
      );
      if (!stopped) counts.value = next;
    };
    page.value = null;
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [kind, filterKey, cursor]);

  const setFilters = (f: Filters) => {
    trail.value = [];
    replaceQuery({ ...f });
  };

  const rows = page.value ? [...page.value.items] : [];
  const { key, desc } = sort.value;
  if (key !== 'dueAt' || desc) rows.sort((a, b) => (desc ? -1 : 1) * sortValue(a, key).localeCompare(sortValue(b, key)));
  const header = (k: SortKey, label: MessageKey) => (
    <th
      aria-sort={sort.value.key === k ? (sort.value.desc ? 'descending' : 'ascending') : 'none'}
      onClick={() => (sort.value = { key: k, desc: sort.value.key === k ? !sort.value.desc : false })}
      class="sortable"
    >
      {t(label)}
    </th>
  );

  return (
    <section class="queues">
      <nav class="tabs" role="tablist">
        {QUEUES.map((q) => {
          const c = counts.value[q.kind];
          return (
            <a
              key={q.kind}
              role="tab"
              aria-selected={q.kind === kind}
              class={q.kind === kind ? 'tab active' : 'tab'}
              href={href(`/queues/${q.kind}`, { ...filters })}
              data-testid={`tab-${q.kind}`}
            >
              {t(q.label)}
              <span class="count" data-testid={`count-${q.kind}`}>
                {c ? formatQueueCount(c) : '…'}
              </span>
            </a>
          );
        })}
      </nav>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <ScopePicker filters={filters} onChange={setFilters} />
        {kind === 'orders' ? (
          <Choice
            name="status"
            label="filter.ordersStatus"
            values={['open', 'resolved']}
            prefix="filter"
            filters={filters}
            onChange={setFilters}
          />
        ) : (
          <>
            <Choice name="stage" label="queue.stage" values={STAGE_KINDS} prefix="stageKind" filters={filters} onChange={setFilters} />
            <Choice name="level" label="queue.level" values={LEVELS} prefix="level" filters={filters} onChange={setFilters} />
            <Choice name="customerTier" label="queue.tier" values={CUSTOMER_TIERS} prefix="tier" filters={filters} onChange={setFilters} />
            <Choice
              name="businessType"
              label="queue.category"
              values={[...categories.value.keys()]}
              prefix="category"
              display={(code) => categories.value.get(code) ?? code}
              filters={filters}
              onChange={setFilters}
            />
            <Choice name="channel" label="filter.channel" values={CHANNELS} prefix="channel" filters={filters} onChange={setFilters} />
          </>
        )}
        {kind === 'due-soon' && (
          <label>
            {t('filter.withinMinutes')}
            <input
              name="withinMinutes"
              type="number"
              min={1}
              max={10080}
              value={filters.withinMinutes ?? '60'}
              onChange={(e) => setFilters({ ...filters, withinMinutes: e.currentTarget.value })}
            />
          </label>
        )}
      </form>
      <p class="muted status-line">
        {refreshedAt.value !== null && `${t('queue.refreshed')} ${formatInstant(new Date(refreshedAt.value))}`}{' '}
        {(['csv', 'xlsx'] as const).map((format) => (
          <a key={format} class="export" href={exportHref(kind, filters, format)} download data-export={format}>
            {t('queue.export')} {format.toUpperCase()}
          </a>
        ))}
        {error.value && (
          <span class="error" role="alert">
            {' '}
            {error.value}
          </span>
        )}
      </p>
      {page.value === null ? (
        <p class="muted">{t('loading')}</p>
      ) : rows.length === 0 ? (
        <p class="muted" data-testid="queue-empty">
          {t('queue.empty')}
        </p>
      ) : kind === 'orders' ? (
        <table class="grid" data-testid="queue-table">
          <thead>
            <tr>
              <th>{t('queue.number')}</th>
              <th>{t('queue.target')}</th>
              <th>{t('queue.issuer')}</th>
              <th>{t('queue.note')}</th>
              {header('dueAt', 'queue.due')}
              <th>{t('queue.remaining')}</th>
            </tr>
          </thead>
          <tbody>
            {(rows as Order[]).map((o) => (
              <tr key={o.id} data-testid="queue-row" data-ticket-id={o.ticketId} onClick={() => navigate(`/tickets/${o.ticketId}`)}>
                <td>
                  <a href={href(`/tickets/${o.ticketId}`)}>{o.ticketId.slice(0, 8)}</a>
                </td>
                <td>{unitName(o.targetUnitId)}</td>
                <td>{unitName(o.issuerUnitId)}</td>
                <td>{o.note}</td>
                <td>{formatInstant(o.dueAt)}</td>
                <td>
                  <Remaining due={o.dueAt} done={o.status === 'resolved'} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <table class="grid" data-testid="queue-table">
          <thead>
            <tr>
              {header('ticketNumber', 'queue.number')}
              {header('stage', 'queue.stage')}
              <th>{t('queue.owner')}</th>
              {header('dueAt', 'queue.due')}
              <th>{t('queue.remaining')}</th>
              {header('level', 'queue.level')}
              <th>{t('queue.tier')}</th>
              <th>{t('queue.category')}</th>
            </tr>
          </thead>
          <tbody>
            {(rows as QueueItem[]).map((r) => (
              <tr key={r.stageId} data-testid="queue-row" data-ticket-id={r.ticketId} onClick={() => navigate(`/tickets/${r.ticketId}`)}>
                <td>
                  <a href={href(`/tickets/${r.ticketId}`)}>{r.ticketNumber}</a>
                </td>
                <td>{term('stageKind', r.stage)}</td>
                <td>{unitName(r.ownerUnitId)}</td>
                <td>{formatInstant(r.dueAt)}</td>
                <td>
                  <Remaining due={r.dueAt} />
                </td>
                <td>{term('level', r.level)}</td>
                <td>{term('tier', r.customerTier)}</td>
                <td>{categories.value.get(r.businessType) ?? r.businessType}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="pager">
        {cursor && (
          <button
            type="button"
            onClick={() => {
              const prev = trail.value.slice(0, -1);
              const back = trail.value[trail.value.length - 1];
              trail.value = prev;
              replaceQuery({ ...filters, cursor: back });
            }}
          >
            {t('queue.previous')}
          </button>
        )}
        {page.value?.nextCursor && (
          <button
            type="button"
            data-testid="next-page"
            onClick={() => {
              trail.value = [...trail.value, cursor];
              replaceQuery({ ...filters, cursor: page.value!.nextCursor! });
            }}
          >
            {t('queue.next')}
          </button>
        )}
      </div>
    </section>
  );
}
