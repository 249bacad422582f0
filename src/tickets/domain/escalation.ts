/**
 * Where a breach escalates (DOMAIN §6). Pure: the writer loads the owner's chain from the org
 * tree and asks here, so the rule is table-tested instead of living in a SQL join.
 */
import type { OrgTier } from '../../common/vocabulary';

export interface ChainUnit {
  id: string;
  tier: OrgTier;
}

/**
 * Ids on a materialized path (`/root/…/self/`), the unit itself first, then its ancestors nearest
 * first: the order in which a breach looks for a centre above the owner.
 */
export function chainIds(path: string): string[] {
  return path
    .split('/')
    .filter((id) => id.length > 0)
    .reverse();
}

/** Orders the units of a chain as `chainIds(path)` lists them; ids with no unit (moved away meanwhile) are dropped. */
export function orderChain(path: string, units: readonly ChainUnit[]): ChainUnit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return chainIds(path).flatMap((id) => byId.get(id) ?? []);
}

/**
 * The nearest centre strictly above the owner: a department or city escalates to its provincial
 * centre (or straight to national, for a department under national), a provincial centre to
 * national. National has nothing above it: null, and the breach is recorded and notified only.
 */
export function escalationTarget(chain: readonly ChainUnit[]): ChainUnit | null {
  return chain.slice(1).find((u) => u.tier === 'provincial' || u.tier === 'national') ?? null;
}

/**
 * Where a breached supervision order escalates: the nearest centre above the one that issued it,
 * on the line of the unit that had to answer (`targetChain`, that unit first). The issuer already
 * supervises, so a department or city ordered by its provincial centre goes to the national
 * centre, and an order issued by the national centre has nothing above it (null: recorded and
 * notified only). Each breach therefore climbs one tier and the climb ends at national. An issuer
 * no longer on the line (moved meanwhile) is passed over: the order escalates as a stage of the
 * answering unit would.
 */
export function orderEscalationTarget(targetChain: readonly ChainUnit[], issuerUnitId: string): ChainUnit | null {
  const issuer = targetChain.findIndex((u) => u.id === issuerUnitId);
  return escalationTarget(issuer < 0 ? targetChain : targetChain.slice(issuer));
}
