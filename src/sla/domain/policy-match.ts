/**
 * Picks the SLA policy that applies to a ticket: the most specific matching policy wins,
 * so an operator can state a general default and carve out exceptions (e.g. "national,
 * VIP" beats "national") without touching priorities.
 */

/** A null criterion is a wildcard. */
export interface PolicyCriteria {
  kind: string | null;
  level: string | null;
  customerTier: string | null;
  businessType: string | null;
}

export interface PolicyFacts {
  kind: string;
  level: string;
  customerTier: string;
  businessType: string;
}

/**
 * Tie-break weights between candidates with the SAME number of non-null criteria.
 * Powers of two make the comparison lexicographic over kind > level > customerTier >
 * businessType: the ticket kind changes the whole process (complaint vs appeal), the
 * level sets the commitment tier, the customer tier is a service promise, and the business
 * type is the finest operational split — so a coarser dimension is the stronger signal.
 */
const CRITERION_WEIGHTS: Readonly<Record<keyof PolicyCriteria, number>> = {
  kind: 8,
  level: 4,
  customerTier: 2,
  businessType: 1,
};

const CRITERIA = Object.keys(CRITERION_WEIGHTS) as (keyof PolicyCriteria)[];

export function matchesPolicy(criteria: PolicyCriteria, facts: PolicyFacts): boolean {
  return CRITERIA.every((name) => criteria[name] === null || criteria[name] === facts[name]);
}

/**
 * Ranking: more non-null criteria first; then by CRITERION_WEIGHTS; then lower `priority`
 * (a missing priority ranks after any explicit one); then input order, so the result is
 * deterministic for a given candidate list. Returns null when nothing matches.
 */
export function selectMostSpecific<T extends { criteria: PolicyCriteria; priority?: number }>(
  candidates: T[],
  facts: PolicyFacts,
): T | null {
  let best: T | null = null;
  for (const candidate of candidates) {
    if (!matchesPolicy(candidate.criteria, facts)) continue;
    if (best === null || compareSpecificity(candidate, best) < 0) best = candidate;
  }
  return best;
}

/** Negative when `a` should win over `b`. */
function compareSpecificity(
  a: { criteria: PolicyCriteria; priority?: number },
  b: { criteria: PolicyCriteria; priority?: number },
): number {
  return (
    countCriteria(b.criteria) - countCriteria(a.criteria) ||
    weighCriteria(b.criteria) - weighCriteria(a.criteria) ||
    comparePriority(a.priority, b.priority)
  );
}

function countCriteria(criteria: PolicyCriteria): number {
  return CRITERIA.filter((name) => criteria[name] !== null).length;
}

function weighCriteria(criteria: PolicyCriteria): number {
  return CRITERIA.reduce((sum, name) => sum + (criteria[name] !== null ? CRITERION_WEIGHTS[name] : 0), 0);
}

function comparePriority(a: number | undefined, b: number | undefined): number {
  const left = a ?? Number.POSITIVE_INFINITY;
  const right = b ?? Number.POSITIVE_INFINITY;
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
