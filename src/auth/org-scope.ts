import { RequestActor, isNational } from './actor';

/**
 * The one rule for what a caller may see (DOMAIN §10). National sees everything; every other
 * caller sees its own unit's subtree (a provincial centre: its province). Ticket visibility adds
 * "owns or co-handles", expressed over ticket participants with the same prefix rule.
 * Callers outside scope get 404, never 403, so existence does not leak.
 */
export function scopePrefix(actor: RequestActor): string | null {
  return isNational(actor) ? null : actor.unitPath;
}

export function canSeeUnitPath(actor: RequestActor, unitPath: string): boolean {
  const prefix = scopePrefix(actor);
  return prefix === null || unitPath.startsWith(prefix);
}

/** SQL predicate restricting a `path` column to the caller's subtree, with its parameter. */
export function pathScopeSql(actor: RequestActor, column: string, param = 'scopePrefix'): { sql: string; params: Record<string, string> } {
  const prefix = scopePrefix(actor);
  if (prefix === null) return { sql: 'TRUE', params: {} };
  return { sql: `${column} LIKE :${param}`, params: { [param]: escapeLike(prefix) + '%' } };
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
