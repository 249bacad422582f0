/**
 * What an SLA policy promises (DOMAIN §5), independent of how it is stored. Pure.
 */
import { STAGE_KINDS } from '../../tickets/domain/ticket.types';
import type { StageKind, TicketKind, TicketLevel } from '../../tickets/domain/ticket.types';
import type { CustomerTier } from '../../common/vocabulary';
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
  /** Filing → reply: the ticket's overall promise to the customer; null means the level's (policy-resolution.ts). */
  commitment: Limit | null;
  /** Time the unit a supervision order is issued to has to answer it. */
  supervisionLimit: Limit;
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
export function deadlineBasis(policyName: string, subject: string, limit: Limit, timeScale = 1, note?: string): string {
  const why = note ? ` (${note})` : '';
  const scaled = timeScale === 1 ? '' : ` (time compressed ×${timeScale})`;
  return `policy '${policyName}' ${subject} ${describeLimit(limit)}${why}${scaled}`;
}

const provisionalMark = (year: number) => `[provisional: no official ${year} calendar, weekends only]`;
const PROVISIONAL_MARK_PATTERN = /\[provisional: no official (\d{4}) calendar, weekends only\]/g;

/**
 * The basis of a deadline counted across years with no official schedule, marked once per year so
 * that importing a year's schedule finds exactly the deadlines it settles.
 */
export function provisionalBasis(basis: string, years: readonly number[]): string {
  return years.length === 0 ? basis : `${basis} ${years.map(provisionalMark).join(' ')}`;
}

/** The text a basis carries while its deadline awaits `year`'s schedule (for a LIKE search). */
export function provisionalMarkOf(year: number): string {
  return provisionalMark(year);
}

export function provisionalYearsOf(basis: string): number[] {
  return [...basis.matchAll(PROVISIONAL_MARK_PATTERN)].map((m) => Number(m[1]));
}

/** The basis once `year`'s schedule is in: the mark is replaced, so the history still shows the deadline was provisional. */
export function settledBasis(basis: string, year: number, importedAt: Date): string {
  return basis.replace(provisionalMark(year), `[recounted on the official ${year} calendar imported ${importedAt.toISOString()}]`);
}
