/** Org units by id, read once per page load through the API and cached: queues and tickets name units by id. */
import { signal } from '@preact/signals';
import { api, type Schemas } from './api';

export type OrgUnit = Schemas['OrgUnit'];

const names = signal<ReadonlyMap<string, string>>(new Map());
const pending = new Set<string>();

/** The unit's name once known (a re-render follows its arrival), its id until then. */
export function unitName(id: string | null | undefined): string {
  if (!id) return '—';
  const known = names.value.get(id);
  if (known) return known;
  if (!pending.has(id)) {
    pending.add(id);
    void api.GET('/api/v1/org-units/{id}', { params: { path: { id } } }).then(({ data }) => {
      if (data) remember([data]);
    });
  }
  return id.slice(0, 8);
}

function remember(units: readonly OrgUnit[]): void {
  const next = new Map(names.value);
  for (const u of units) next.set(u.id, u.name);
  names.value = next;
}

/** The children of a unit (a province's cities, a city's departments), sorted by name. */
export async function childrenOf(parentId: string): Promise<OrgUnit[]> {
  const out: OrgUnit[] = [];
  let cursor: string | undefined;
  do {
    const { data } = await api.GET('/api/v1/org-units', { params: { query: { parentId, limit: 1000, cursor } } });
    if (!data) break;
    out.push(...data.items);
    cursor = data.nextCursor ?? undefined;
  } while (cursor);
  remember(out);
  return out.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
