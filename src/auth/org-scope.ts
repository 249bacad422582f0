import { RequestActor } from './actor';
import { inUnitScope, unitScopePrefix } from './policy/identity';

/**
 * Unit scope as code and as SQL, both from the policy's one rule (`unitScopePrefix`): national staff
 * and the bootstrap admin reach every unit, everyone else their own unit's subtree. Callers outside
 * scope get 404, never 403, so existence does not leak.
 */
export function canSeeUnitPath(actor: RequestActor, unitPath: string): boolean {
  return inUnitScope(actor, unitPath);
}

/** SQL predicate restricting a `path` column to the caller's subtree, with its parameter. */
export function pathScopeSql(actor: RequestActor, column: string, param = 'scopePrefix'): { sql: string; params: Record<string, string> } {
  const prefix = unitScopePrefix(actor);
  if (prefix === null) return { sql: 'TRUE', params: {} };
  return { sql: `${column} LIKE :${param}`, params: { [param]: escapeLike(prefix) + '%' } };
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
