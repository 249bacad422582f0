/**
 * Picks the SLA policy that applies to a ticket: the most specific matching policy wins,
 * so an operator can state a general default and carve out exceptions (e.g. "national,
 * VIP" beats "national") without touching priorities.
 *
 * Business types form a hierarchy (taxonomy parents: gsm, wcdma and lte are mobile), so a
 * policy naming a business type also covers its sub-types; between two policies naming
 * different levels of the same line, the nearer one is the more specific.
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
  /** The business type and its ancestors, nearest first; just the business type when omitted. */
  businessTypeLineage?: readonly string[];
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
  return CRITERIA.every((name) =>
    name === 'businessType'
      ? businessTypeDistance(criteria, facts) !== undefined
      : criteria[name] === null || criteria[name] === facts[name],
  );
}

/** 0 for no business type or the ticket's own, 1 for its parent, …; undefined when the policy's business type is not in the line. */
function businessTypeDistance(criteria: PolicyCriteria, facts: PolicyFacts): number | undefined {
  if (criteria.businessType === null) return 0;
  const lineage = facts.businessTypeLineage ?? [facts.businessType];
  const index = lineage.indexOf(criteria.businessType);
  return index < 0 ? undefined : index;
}

/**
 * Ranking: more non-null criteria first; then by CRITERION_WEIGHTS; then the nearer business
 * type in the ticket's line; then lower `priority` (a missing priority ranks after any explicit
 * one); then input order, so the result is deterministic for a given candidate list. Returns null
 * when nothing matches.
 */
export function selectMostSpecific<T extends { criteria: PolicyCriteria; priority?: number }>(
  candidates: readonly T[],
  facts: PolicyFacts,
): T | null {
  return rankMatches(candidates, facts)[0] ?? null;
}

/** Every matching candidate, the most specific first: the chain a policy refines, from itself to the catch-all. */
export function rankMatches<T extends { criteria: PolicyCriteria; priority?: number }>(candidates: readonly T[], facts: PolicyFacts): T[] {
  const matching = candidates.map((candidate, order) => ({ candidate, order })).filter((c) => matchesPolicy(c.candidate.criteria, facts));
  return matching.sort((a, b) => compareSpecificity(a.candidate, b.candidate, facts) || a.order - b.order).map((c) => c.candidate);
}

/**
 * The policy a new policy with `criteria` refines: the most specific existing one that matches
 * every ticket the new one matches (each of its criteria is a wildcard, the same value, or, for
 * the business type, an ancestor). `lineageOf` gives a business type and its ancestors.
 */
export function refinedBy<T extends { criteria: PolicyCriteria; priority?: number }>(
  candidates: readonly T[],
  criteria: PolicyCriteria,
  lineageOf: (businessType: string) => readonly string[],
): T | null {
  const generalises = (c: PolicyCriteria) =>
    CRITERIA.every((name) => {
      if (c[name] === null) return true;
      if (criteria[name] === null) return false;
      return name === 'businessType' ? lineageOf(criteria.businessType!).includes(c.businessType!) : c[name] === criteria[name];
    });
  // Ranked as a ticket carrying exactly the new policy's criteria would rank them.
  const facts: PolicyFacts = {
    kind: criteria.kind ?? '',
    level: criteria.level ?? '',
    customerTier: criteria.customerTier ?? '',
    businessType: criteria.businessType ?? '',
    businessTypeLineage: criteria.businessType ? lineageOf(criteria.businessType) : [],
  };
  const general = candidates.filter((c) => generalises(c.criteria));
  return (
    general
      .map((candidate, order) => ({ candidate, order }))
      .sort((a, b) => compareSpecificity(a.candidate, b.candidate, facts) || a.order - b.order)[0]?.candidate ?? null
  );
}

/** Negative when `a` should win over `b`; both match `facts`. */
function compareSpecificity(
  a: { criteria: PolicyCriteria; priority?: number },
  b: { criteria: PolicyCriteria; priority?: number },
  facts: PolicyFacts,
): number {
  return (
    countCriteria(b.criteria) - countCriteria(a.criteria) ||
    weighCriteria(b.criteria) - weighCriteria(a.criteria) ||
    (businessTypeDistance(a.criteria, facts) ?? 0) - (businessTypeDistance(b.criteria, facts) ?? 0) ||
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
