/**
 * What an SLA policy promises (DOMAIN §5), independent of how it is stored. Pure.
 */
import { STAGE_KINDS } from '../../tickets/domain/ticket.types';
import type { CustomerTier, StageKind, TicketKind, TicketLevel } from '../../tickets/domain/ticket.types';
import type { Limit } from './deadline';

export const LIMIT_UNITS = ['hours', 'working_days'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

/** Stage kinds a policy limits one by one; the `commitment` stage runs on the policy's own commitment term. */
export type LimitedStageKind = Exclude<StageKind, 'commitment'>;
export const LIMITED_STAGE_KINDS: readonly LimitedStageKind[] = STAGE_KINDS.filter(
  (kind): kind is LimitedStageKind => kind !== 'commitment',
);

/** Every limited stage kind has a limit, so one policy lookup answers any deadline of a ticket. */
export type StageLimits = Record<LimitedStageKind, Limit>;

/** A policy as operators state it; null criteria are wildcards (see policy-match.ts). */
export interface SlaPolicyDefinition {
  name: string;
  kind: TicketKind | null;
  level: TicketLevel | null;
  customerTier: CustomerTier | null;
  businessType: string | null;
  /** Tie-break between policies with the same criteria: lower wins. */
  priority: number;
  stageLimits: StageLimits;
  /** Filing → reply: the ticket's overall promise to the customer. */
  commitment: Limit;
  warnRatio: number;
  maxExtensions: number;
}

export function isCatchAll(policy: Pick<SlaPolicyDefinition, 'kind' | 'level' | 'customerTier' | 'businessType'>): boolean {
  return policy.kind === null && policy.level === null && policy.customerTier === null && policy.businessType === null;
}

/** "24 hours", "1 working day". */
export function describeLimit(limit: Limit): string {
  const unit = limit.unit === 'hours' ? 'hour' : 'working day';
  return `${limit.value} ${unit}${limit.value === 1 ? '' : 's'}`;
}

/**
 * Provenance stored with a deadline, e.g. "policy 'national VIP' handling 24 hours", so that
 * "why is this due then?" is answerable from the row alone. A compressed demo/test clock is
 * named too, because it is the reason the instants look nothing like the limit.
 */
export function deadlineBasis(policyName: string, subject: string, limit: Limit, timeScale = 1): string {
  const scaled = timeScale === 1 ? '' : ` (time compressed ×${timeScale})`;
  return `policy '${policyName}' ${subject} ${describeLimit(limit)}${scaled}`;
}
