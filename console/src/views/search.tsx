/**
 * Search: one box of keywords (Chinese or ASCII) through GET /api/v1/tickets/search, with the list's
 * filters; matches highlighted from the API's ranges as text nodes and <mark> elements (never HTML built
 * from ticket text), counts capped at "1,000+" as the API caps them. The query lives in the URL.
 */
import { useSignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { useEffect } from 'preact/hooks';
import { api, problemCode, type Schemas } from '../api';
import { formatCount, t, term } from '../i18n';
import { href, replaceQuery, type Route } from '../router';
import { formatInstant } from '../time';
import { unitName } from '../units';
import { CHANNELS, LEVELS } from '../vocabulary';

type Page = Schemas['TicketSearchPage'];
type Match = Schemas['SearchMatch'];

const STATUSES = ['review', 'sign_for', 'handling', 'feedback_review', 'reply', 'replied', 'closed', 'revisited', 'archived', 'withdrawn'];

/** The text cut at the API's ranges: plain strings between <mark>s. */
export function Highlighted({ match }: { match: Match }) {
  const parts: (string | { marked: string })[] = [];
  let at = 0;
  for (const r of match.ranges) {
    if (r.start > at) parts.push(match.text.slice(at, r.start));
    parts.push({ marked: match.text.slice(r.start, r.end) });
    at = r.end;
  }
  if (at < match.text.length) parts.push(match.text.slice(at));
  return <span>{parts.map((p, i) => (typeof p === 'string' ? p : <mark key={i}>{p.marked}</mark>))}</span>;
}

export function SearchView({ route }: { route: Route }) {
  const q = route.query.get('q') ?? '';
  const filters = {
    status: route.query.get('status') ?? '',
    level: route.query.get('level') ?? '',
    channel: route.query.get('channel') ?? '',
  };
  const draft = useSignal(q);
  const page = useSignal<Page | null>(null);
  const error = useSignal<string | null>(null);

  useEffect(() => {
    draft.value = q;
    page.value = null;
    error.value = null;
    if (!q.trim()) return;
    void api
      .GET('/api/v1/tickets/search', {
        params: {
          query: {
            q,
            limit: 50,
            status: (filters.status || undefined) as never,
            level: (filters.level || undefined) as never,
            channel: (filters.channel || undefined) as never,
          },
        },
      })
      .then(({ data, error: problem }) => {
        if (data) page.value = data;
        else error.value = `${t('error.generic')} (${problemCode(problem)})`;
      });
  }, [q, filters.status, filters.level, filters.channel]);

  const submit = (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const field = (name: string) => {
      const v = form.get(name);
      return typeof v === 'string' ? v : '';
    };
    replaceQuery({ q: draft.value, status: field('status'), level: field('level'), channel: field('channel') });
  };
  const select = (name: 'status' | 'level' | 'channel', label: string, values: readonly string[]) => (
    <label>
      {label}
      <select name={name} value={filters[name]}>
        <option value="">{t('filter.all')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {term(name, v)}
          </option>
        ))}
      </select>
    </label>
  );
  const p = page.value;
  return (
    <section data-testid="search">
      <form class="search-box" role="search" onSubmit={submit}>
        <input
          name="q"
          type="search"
          maxLength={200}
          placeholder={t('search.placeholder')}
          aria-label={t('search.placeholder')}
          value={draft}
          onInput={(e) => (draft.value = e.currentTarget.value)}
        />
        {select('status', t('search.status'), STATUSES)}
        {select('level', t('search.level'), LEVELS)}
        {select('channel', t('search.channel'), CHANNELS)}
        <button type="submit" data-testid="search-submit">
          {t('search.submit')}
        </button>
      </form>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      {p && (
        <>
          <p data-testid="search-total" data-total={p.total} data-capped={String(p.totalCapped)}>
            {t('search.total', { n: p.totalCapped ? `${formatCount(1000)}+` : formatCount(p.total) })}
          </p>
          {p.items.length === 0 && <p class="muted">{t('search.none')}</p>}
          {p.items.map((hit) => (
            <article key={hit.id} class="hit" data-testid="search-hit" data-ticket-id={hit.id}>
              <a href={href(`/tickets/${hit.id}`)}>{hit.number}</a> <span class="badge">{term('status', hit.status)}</span>{' '}
              <span class="muted">
                {unitName(hit.ownerUnitId)} · {formatInstant(hit.filedAt)}
              </span>
              {hit.matches.map((m, i) => (
                <p key={i}>
                  <span class="muted">{m.field}: </span>
                  <Highlighted match={m} />
                </p>
              ))}
            </article>
          ))}
        </>
      )}
    </section>
  );
}
