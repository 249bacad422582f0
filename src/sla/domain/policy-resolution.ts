/**
 * What a ticket's policy promises once the rules no operator-made policy can break are applied
 * (DOMAIN §5). Pure: candidates and facts in, terms out.
 *
 * - The level's commitment to the customer (general 24 h, provincial 48 h, national 72 h) holds
 *   unless the chosen policy states a commitment of its own.
 * - The VIP bound: a VIP customer's limit never exceeds a normal customer's for the same ticket,
 *   stage by stage, for the commitment and for the time to answer a supervision order.
 */
import type { TicketLevel } from '../../tickets/domain/ticket.types';
import type { Limit } from './deadline';
import { PolicyCriteria, PolicyFacts, selectMostSpecific } from './policy-match';
import { LIMITED_STAGE_KINDS, LimitedStageKind, SlaPolicyDefinition, StageLimits, describeLimit } from './policy-terms';

export const LEVEL_COMMITMENTS: Readonly<Record<TicketLevel, Limit>> = {
  general: { unit: 'hours', value: 24 },
  provincial: { unit: 'hours', value: 48 },
  national: { unit: 'hours', value: 72 },
};

export interface ResolvedTerms<P> {
  policy: P;
  stageLimits: StageLimits;
  commitment: Limit;
  supervisionLimit: Limit;
  /** Why a term differs from what the policy row says, keyed by stage kind, 'commitment' or 'supervisionLimit'. */
  notes: Partial<Record<LimitedStageKind | 'commitment' | 'supervisionLimit', string>>;
}

interface Candidate<P> {
  policy: P;
  criteria: PolicyCriteria;
  priority: number;
}

const MS_PER_HOUR = 3_600_000;

/** Counted time of a limit: a working day counts 24 h of working time. */
function countedMs(limit: Limit): number {
  return limit.value * MS_PER_HOUR * (limit.unit === 'hours' ? 1 : 24);
}

function commitmentOf(policy: SlaPolicyDefinition, level: string): { limit: Limit; note?: string } {
  if (policy.commitment) return { limit: policy.commitment };
  const byLevel = LEVEL_COMMITMENTS[level as TicketLevel] ?? LEVEL_COMMITMENTS.national;
  return { limit: byLevel, note: `the ${level} level's commitment` };
}

/**
 * The terms for `facts`: the most specific matching policy (or `fallback`), its commitment or the
 * level's, and for a VIP customer each limit capped at the normal customer's.
 */
export function resolveTerms<P extends SlaPolicyDefinition>(
  candidates: readonly Candidate<P>[],
  facts: PolicyFacts,
  fallback: P,
): ResolvedTerms<P> {
  const policy = selectMostSpecific(candidates, facts)?.policy ?? fallback;
  const commitment = commitmentOf(policy, facts.level);
  const resolved: ResolvedTerms<P> = {
    policy,
    stageLimits: { ...policy.stageLimits },
    commitment: commitment.limit,
    supervisionLimit: policy.supervisionLimit,
    notes: commitment.note ? { commitment: commitment.note } : {},
  };
  if (facts.customerTier !== 'vip') return resolved;

  const normal = resolveTerms(candidates, { ...facts, customerTier: 'normal' }, fallback);
  const bound = (term: LimitedStageKind | 'commitment' | 'supervisionLimit', vip: Limit, cap: Limit): Limit => {
    if (countedMs(vip) <= countedMs(cap)) return vip;
    resolved.notes[term] = `VIP bound: no longer than policy '${normal.policy.name}' gives normal customers (${describeLimit(cap)})`;
    return cap;
  };
  for (const kind of LIMITED_STAGE_KINDS) resolved.stageLimits[kind] = bound(kind, resolved.stageLimits[kind], normal.stageLimits[kind]);
  resolved.commitment = bound('commitment', resolved.commitment, normal.commitment);
  resolved.supervisionLimit = bound('supervisionLimit', resolved.supervisionLimit, normal.supervisionLimit);
  return resolved;
}
