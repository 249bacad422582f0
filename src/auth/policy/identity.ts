/**
 * The caller as the policy sees it, and the rules derived from who it is: its identity kind, its
 * relations to a ticket, which tickets it reads, which units it administers and where it may send
 * a ticket. Pure functions over plain facts, shared by the guard, the services and the state machine.
 */
import type { OrgTier, StaffRole } from '../../common/vocabulary';
import { IdentityFacts, IdentityKind, Relation } from './policy';

/** The authenticated caller, resolved once per request by the AuthGuard. */
export interface RequestActor {
  /** `admin` is the bootstrap ADMIN_TOKEN, not a member of staff with role admin. */
  kind: 'staff' | 'channel' | 'admin';
  /** Staff user id, channel system id, or 'bootstrap-admin'. */
  id: string;
  role: StaffRole | 'channel';
  /** The caller's org unit; null only for the bootstrap admin before a national centre exists. */
  unitId: string | null;
  tier: OrgTier;
  /** Materialized path of the caller's unit; scope checks are prefix checks on it. */
  unitPath: string;
  provinceId: string | null;
}

export function identityKindOf(actor: Pick<RequestActor, 'kind'>): IdentityKind {
  return actor.kind === 'admin' ? 'bootstrap_admin' : actor.kind;
}

export function identityFacts(actor: Pick<RequestActor, 'kind' | 'role' | 'tier'>): IdentityFacts {
  return { kind: identityKindOf(actor), role: actor.kind === 'staff' && actor.role !== 'channel' ? actor.role : null, tier: actor.tier };
}

/** Staff of the national centre. A channel system attached to the national centre is not: it sees only what it filed. */
export function isNationalStaff(actor: Pick<RequestActor, 'kind' | 'tier'>): boolean {
  return actor.kind === 'staff' && actor.tier === 'national';
}

/** National staff and the bootstrap admin see and (with role admin) administer every unit; everyone else their own subtree. */
export function seesEveryUnit(actor: Pick<RequestActor, 'kind' | 'tier'>): boolean {
  return actor.kind === 'admin' || isNationalStaff(actor);
}

/**
 * Nationwide configuration (SLA policies, dictionaries, the national centre itself) binds every province,
 * so only the national tier's administrators change it. The guard has already checked the admin role.
 */
export function administersNationwide(actor: Pick<RequestActor, 'kind' | 'tier'>): boolean {
  return seesEveryUnit(actor);
}

/** Path prefix of the units the caller reads (and, as an admin, administers); null means every unit. */
export function unitScopePrefix(actor: Pick<RequestActor, 'kind' | 'tier' | 'unitPath'>): string | null {
  return seesEveryUnit(actor) ? null : actor.unitPath;
}

export function inUnitScope(actor: Pick<RequestActor, 'kind' | 'tier' | 'unitPath'>, unitPath: string): boolean {
  const prefix = unitScopePrefix(actor);
  return prefix === null || unitPath.startsWith(prefix);
}

/** The routing rules a caller reads and administers: every province's, or its own province's. */
export function routingProvinceScope(actor: Pick<RequestActor, 'kind' | 'tier' | 'provinceId'>): string | null {
  return seesEveryUnit(actor) ? null : (actor.provinceId ?? '');
}

/**
 * Escalated complaints and appeals enter through the national centre's channels; a provincial
 * channel files only for its own province.
 */
export function intakeRefusal(
  actor: Pick<RequestActor, 'kind' | 'tier' | 'provinceId'>,
  nationalIntake: boolean,
  provinceId: string,
): 'NATIONAL_INTAKE_ONLY' | 'PROVINCE_OUT_OF_SCOPE' | null {
  const national = actor.tier === 'national';
  if (nationalIntake && !national) return 'NATIONAL_INTAKE_ONLY';
  if (!nationalIntake && !national && actor.provinceId !== provinceId) return 'PROVINCE_OUT_OF_SCOPE';
  return null;
}

/**
 * Where the caller's unit may send a ticket (dispatch, transfer, co-handling): inside its own province;
 * the national centre dispatches anywhere (national tickets).
 */
export function mayDispatchTo(actor: Pick<RequestActor, 'kind' | 'tier' | 'provinceId'>, target: { provinceId: string | null }): boolean {
  if (isNationalStaff(actor)) return true;
  return actor.kind === 'staff' && !!actor.provinceId && target.provinceId === actor.provinceId;
}

/** Which tickets a caller reads (DOMAIN §10), in the order the policy decides it. */
export type ReadScope =
  | { kind: 'filed'; channelSystemId: string }
  | { kind: 'all' }
  | { kind: 'province'; provinceId: string }
  | { kind: 'participant_subtree'; unitPath: string };

export function readScope(actor: RequestActor): ReadScope {
  // Channel first: a channel attached to the national centre is still only the channel that filed.
  if (actor.kind === 'channel') return { kind: 'filed', channelSystemId: actor.id };
  if (seesEveryUnit(actor)) return { kind: 'all' };
  if (actor.tier === 'provincial' && actor.provinceId) return { kind: 'province', provinceId: actor.provinceId };
  return { kind: 'participant_subtree', unitPath: actor.unitPath };
}

/** Personal data unmasked, and customer look-ups by phone: centre staff only. */
export function isCentreStaff(actor: Pick<RequestActor, 'kind' | 'tier'>): boolean {
  return (actor.kind === 'staff' || actor.kind === 'admin') && (actor.tier === 'national' || actor.tier === 'provincial');
}

/** The facts of a ticket its relations are computed from; the caller loads them with the ticket row locked. */
export interface TicketFacts {
  channelSystemId: string | null;
  provinceId: string;
  reviewUnitId: string;
  dispatcherUnitId: string | null;
  ownerUnitId: string;
  ownerUnitPath: string;
  openCohandlingUnitIds: readonly string[];
}

/**
 * The caller's relations to a ticket that decide commands. `participant` is a read relation only,
 * evaluated over ticket_participants by the visibility predicate, and is not computed here.
 */
export function ticketRelations(actor: RequestActor, ticket: TicketFacts): Relation[] {
  if (actor.kind === 'channel') return ticket.channelSystemId === actor.id ? ['filed'] : [];
  if (actor.kind === 'admin') return ['national_staff'];
  const unit = actor.unitId;
  const held: Relation[] = [];
  if (unit === ticket.reviewUnitId) held.push('reviewer');
  if (unit !== null && unit === ticket.dispatcherUnitId) held.push('dispatcher');
  if (unit === ticket.ownerUnitId) held.push('owner');
  if (unit !== null && ticket.openCohandlingUnitIds.includes(unit)) held.push('cohandler');
  const strictAncestor = ticket.ownerUnitPath.startsWith(actor.unitPath) && unit !== ticket.ownerUnitId;
  if (isNationalStaff(actor) || strictAncestor) held.push('supervising_centre');
  if (actor.tier === 'provincial' && actor.provinceId === ticket.provinceId) held.push('province_staff');
  if (isNationalStaff(actor)) held.push('national_staff');
  return held;
}
