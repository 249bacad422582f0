/**
 * Who may do what (DOMAIN §10, docs/security.md): one table, read by the global guard (the identity
 * part) and by the ticket state machine and ticket services (the relation part). Pure data and pure
 * functions: no Nest, no TypeORM, so the state machine and its table tests read the very same rules.
 */
import { OrgTier, STAFF_ROLES, StaffRole } from '../../common/vocabulary';

/** The kinds of caller the API authenticates. */
export const IDENTITY_KINDS = ['channel', 'staff', 'bootstrap_admin'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

/**
 * Relations of a caller to one ticket, computed from the org tree and the ticket row (several may hold):
 * - filed: the channel system that filed it
 * - reviewer / dispatcher / owner: the caller's unit is the ticket's reviewing centre / dispatcher / current owner
 * - cohandler: the caller's unit has an open co-handling task on it
 * - supervising_centre: the caller's unit is a strict ancestor of the owner (national staff supervise every ticket)
 * - participant: a unit of the caller's subtree took part (owner, co-handler or supervisor rows)
 * - province_staff: provincial-centre staff, and the ticket belongs to that province
 * - national_staff: the caller's unit is the national centre (the bootstrap admin counts as national for reading)
 */
export const RELATIONS = [
  'filed',
  'reviewer',
  'dispatcher',
  'owner',
  'cohandler',
  'supervising_centre',
  'participant',
  'province_staff',
  'national_staff',
] as const;
export type Relation = (typeof RELATIONS)[number];

/** The identity part of an entry: which kinds of caller, and which staff roles and tiers, may call the operation at all. */
export interface Who {
  /** No credential needed (probes, scraping). */
  readonly public?: true;
  readonly channel?: true;
  readonly staffRoles?: readonly StaffRole[];
  /** Staff of these tiers only (all tiers when absent). */
  readonly staffTiers?: readonly OrgTier[];
  readonly bootstrapAdmin?: true;
}

export interface PolicyEntry {
  /** The route the entry governs (`<Controller>_<handler>`), checked against the controllers in a unit test; its OpenAPI operationId is the entry's key. */
  readonly operationId: string;
  readonly who: Who;
  /**
   * On ticket operations: the caller must hold at least one of these relations to the ticket.
   * Reads are enforced by the visibility predicate (404 outside it), commands by the state machine
   * and the ticket services (403 with `refusal` when the ticket is visible but the relation is missing).
   */
  readonly relations?: readonly Relation[];
  /** The stable code of a relation refusal. */
  readonly refusal?: RelationRefusal;
  /**
   * An administrative act, written to the tamper-evident audit trail (src/audit). Absent: the
   * operation is not administrative (a test fails on an administrative one without it).
   */
  readonly audit?: AuditSpec;
}

/** What the audit trail groups acts by; administrators filter on it. */
export const AUDIT_CATEGORIES = [
  'identities',
  'sessions',
  'sign_in',
  'org_units',
  'routing_rules',
  'sla_policies',
  'calendars',
  'taxonomy',
  'webhooks',
  'personal_data',
  'exports',
  'audit',
] as const;
export type AuditCategory = (typeof AUDIT_CATEGORIES)[number];

/** The kinds of record an audited operation addresses (src/audit/audit-targets.repository.ts reads them for before/after). */
export const AUDIT_TARGETS = [
  'org_unit',
  'staff',
  'staff_token',
  'staff_session',
  'channel_system',
  'routing_rule',
  'sla_policy',
  'calendar_override',
  'official_calendar_year',
  'taxonomy_term',
  'webhook_subscription',
  'webhook_delivery',
  'ticket',
  'export',
] as const;
export type AuditTarget = (typeof AUDIT_TARGETS)[number];

export interface AuditSpec {
  readonly category: AuditCategory;
  readonly target: AuditTarget;
  /** The path parameter naming the target (default `id`); absent on creations, whose answer names it. */
  readonly idParam?: string;
  /**
   * `interceptor` (default): the global audit interceptor records the act after it succeeded, with the
   * target before and after. `service`: the operation records its own rows, failures included (sign-ins).
   */
  readonly recordedBy?: 'interceptor' | 'service';
  /** Only requests with this query parameter set to `true` are acts worth recording (a reveal of personal data). */
  readonly whenQueryFlag?: string;
  /** Record who and what, never the answer (the answer is the personal data itself). */
  readonly withoutContent?: true;
}

export type RelationRefusal = 'NOT_OWNER' | 'NOT_REVIEWER' | 'NOT_DISPATCHER' | 'NOT_SUPERVISOR' | 'NOT_COHANDLER';

export const REFUSAL_MESSAGES: { readonly [C in RelationRefusal]: string } = {
  NOT_OWNER: 'Only the unit owning the current stage (or the centre handling it) may do this',
  NOT_REVIEWER: 'Only the reviewing centre (or, for withdrawing and archiving, the dispatching centre) may do this',
  NOT_DISPATCHER: 'Only the dispatching centre may do this',
  NOT_SUPERVISOR: 'Only a higher tier over the owning unit may do this',
  NOT_COHANDLER: 'Your unit has no open co-handling task on this ticket',
};

const PUBLIC: Who = { public: true };
const ANY_CALLER: Who = { channel: true, staffRoles: STAFF_ROLES, bootstrapAdmin: true };
/** Any member of staff and the bootstrap admin; never a channel system. */
const ANY_STAFF: Who = { staffRoles: STAFF_ROLES, bootstrapAdmin: true };
/** Administration: role admin (within its subtree) and the bootstrap admin. */
const ADMIN: Who = { staffRoles: ['admin'], bootstrapAdmin: true };
/** A member of staff acting on their own account (the bootstrap admin has none). */
const ANY_STAFF_MEMBER: Who = { staffRoles: STAFF_ROLES };
/** Administration of what only a centre has: channel systems attach to a centre, routing rules route a province's tickets. */
const CENTRE_ADMIN: Who = { ...ADMIN, staffTiers: ['national', 'provincial'] };
/** Creating units: a department has no units below it. */
const UNIT_CREATOR: Who = { ...ADMIN, staffTiers: ['national', 'provincial', 'city'] };
/**
 * Webhook subscriptions and their delivery log: a unit's are administered by admins of its subtree and
 * read by its staff; a channel system manages its own (the services keep each caller to its own).
 */
const WEBHOOK_ADMIN: Who = { ...ADMIN, channel: true };
const WEBHOOK_READ: Who = { ...ANY_STAFF, channel: true };
/** The workflow: never an administrator (an administrator administers; it is no shortcut through separation of duties). */
const WORKER: Who = { staffRoles: ['agent', 'handler', 'supervisor'] };

/** A suggestion's analysis, its schedule and its adoption decision: the responsible department's handlers and supervisors. */
const ANALYST: Who = { staffRoles: ['handler', 'supervisor'] };

/** Reading a ticket: channel what it filed, national staff everything, a province its tickets, others what their subtree took part in. */
const READ: readonly Relation[] = ['filed', 'national_staff', 'province_staff', 'participant'];
/** Centre work the national centre may stand in for. */
const AS_REVIEWER: readonly Relation[] = ['reviewer', 'national_staff'];
const AS_DISPATCHER: readonly Relation[] = ['dispatcher', 'national_staff'];
/** The owner's own work: national staff only when the national centre itself owns the stage. */
const AS_OWNER: readonly Relation[] = ['owner'];
const AS_CENTRE_OWNER: readonly Relation[] = ['owner', 'national_staff'];
const AS_CENTRE: readonly Relation[] = ['reviewer', 'dispatcher', 'national_staff'];

const ticketRead = (operationId: string): PolicyEntry => ({ operationId, who: ANY_CALLER, relations: READ });
const command = (operationId: string, who: Who, relations: readonly Relation[], refusal: RelationRefusal): PolicyEntry => ({
  operationId,
  who,
  relations,
  refusal,
});

const audit = (category: AuditCategory, target: AuditTarget, more: Partial<AuditSpec> = {}): AuditSpec => ({ category, target, ...more });

/** An export's audit row is written by the export once its rows are counted (src/exports). */
const EXPORT_AUDIT = audit('exports', 'export', { recordedBy: 'service' });
/** A subject-access export or erasure: recorded by the service once it knows which tickets it touched. */
const PERSONAL_DATA_AUDIT = audit('personal_data', 'ticket', { recordedBy: 'service' });

export const POLICY = {
  'health.check': { operationId: 'HealthController_check', who: PUBLIC },
  'health.live': { operationId: 'HealthController_live', who: PUBLIC },
  'health.ready': { operationId: 'HealthController_ready', who: PUBLIC },
  'metrics.scrape': { operationId: 'MetricsController_scrape', who: PUBLIC },
  'me.get': { operationId: 'AuthController_me', who: ANY_CALLER },

  'channelSystems.create': {
    operationId: 'AuthController_createChannelSystem',
    who: CENTRE_ADMIN,
    audit: audit('identities', 'channel_system'),
  },
  'channelSystems.list': { operationId: 'AuthController_listChannelSystems', who: ADMIN },
  'channelSystems.revoke': {
    operationId: 'AuthController_revokeChannelSystem',
    who: ADMIN,
    audit: audit('identities', 'channel_system', { idParam: 'id' }),
  },
  'staff.create': { operationId: 'AuthController_createStaff', who: ADMIN, audit: audit('identities', 'staff') },
  'staff.list': { operationId: 'AuthController_listStaff', who: ADMIN },
  'staffTokens.issue': { operationId: 'AuthController_issueToken', who: ADMIN, audit: audit('identities', 'staff_token') },
  'staffTokens.revoke': {
    operationId: 'AuthController_revokeToken',
    who: ADMIN,
    audit: audit('identities', 'staff_token', { idParam: 'tokenId' }),
  },

  'orgUnits.create': { operationId: 'OrgController_create', who: UNIT_CREATOR, audit: audit('org_units', 'org_unit') },
  'orgUnits.list': { operationId: 'OrgController_list', who: ANY_STAFF },
  'orgUnits.get': { operationId: 'OrgController_get', who: ANY_STAFF },
  'orgUnits.update': { operationId: 'OrgController_update', who: ADMIN, audit: audit('org_units', 'org_unit', { idParam: 'id' }) },
  'orgUnits.subtree': { operationId: 'OrgController_subtree', who: ANY_STAFF },
  'orgUnits.escalationChain': { operationId: 'OrgController_escalationChain', who: ANY_STAFF },

  'routingRules.create': { operationId: 'RoutingController_create', who: CENTRE_ADMIN, audit: audit('routing_rules', 'routing_rule') },
  'routingRules.list': { operationId: 'RoutingController_list', who: ANY_STAFF },
  'routingRules.get': { operationId: 'RoutingController_get', who: ANY_STAFF },
  'routingRules.update': {
    operationId: 'RoutingController_update',
    who: CENTRE_ADMIN,
    audit: audit('routing_rules', 'routing_rule', { idParam: 'id' }),
  },
  'routingRules.delete': {
    operationId: 'RoutingController_remove',
    who: CENTRE_ADMIN,
    audit: audit('routing_rules', 'routing_rule', { idParam: 'id' }),
  },

  'slaPolicies.list': { operationId: 'SlaPolicyController_list', who: ANY_STAFF },
  'slaPolicies.create': { operationId: 'SlaPolicyController_create', who: ADMIN, audit: audit('sla_policies', 'sla_policy') },
  'slaPolicies.resolve': { operationId: 'SlaPolicyController_resolve', who: ANY_STAFF },
  'slaPolicies.get': { operationId: 'SlaPolicyController_get', who: ANY_STAFF },
  'slaPolicies.update': {
    operationId: 'SlaPolicyController_update',
    who: ADMIN,
    audit: audit('sla_policies', 'sla_policy', { idParam: 'id' }),
  },
  'slaPolicies.disable': {
    operationId: 'SlaPolicyController_disable',
    who: ADMIN,
    audit: audit('sla_policies', 'sla_policy', { idParam: 'id' }),
  },
  'calendarOverrides.list': { operationId: 'CalendarController_list', who: ANY_STAFF },
  'calendarOverrides.add': { operationId: 'CalendarController_add', who: ADMIN, audit: audit('calendars', 'calendar_override') },
  'calendarOverrides.remove': {
    operationId: 'CalendarController_remove',
    who: ADMIN,
    audit: audit('calendars', 'calendar_override', { idParam: 'overrideId' }),
  },
  'workingDays.list': { operationId: 'CalendarController_workingDays', who: ANY_STAFF },
  'officialCalendar.list': { operationId: 'OfficialCalendarController_list', who: ANY_STAFF },
  'officialCalendar.import': {
    operationId: 'OfficialCalendarController_import',
    who: ADMIN,
    audit: audit('calendars', 'official_calendar_year'),
  },
  'deadlines.preview': { operationId: 'DeadlinePreviewController_preview', who: ANY_STAFF },

  // Channel systems read the dictionaries they must file with.
  'taxonomy.list': { operationId: 'TaxonomyController_list', who: ANY_CALLER },
  'taxonomy.create': { operationId: 'TaxonomyController_create', who: ADMIN, audit: audit('taxonomy', 'taxonomy_term') },
  'taxonomy.update': { operationId: 'TaxonomyController_update', who: ADMIN, audit: audit('taxonomy', 'taxonomy_term', { idParam: 'id' }) },

  'tickets.file': { operationId: 'TicketsController_file', who: { channel: true } },
  // Lists are filtered by the same visibility predicate as a single read.
  'tickets.list': ticketRead('TicketsController_list'),
  // Keyword search: the list's visibility, for staff only (a channel system looks its tickets up by its own reference).
  'tickets.search': { ...ticketRead('TicketsController_search'), who: ANY_STAFF },
  // Reading with ?reveal=true unmasks personal data: each such read is recorded (who, which ticket), never its content.
  'tickets.get': {
    ...ticketRead('TicketsController_get'),
    audit: audit('personal_data', 'ticket', { idParam: 'id', whenQueryFlag: 'reveal', withoutContent: true }),
  },
  // What the caller may do now: the commands' own rules, read by whoever reads the ticket.
  'tickets.actions': ticketRead('TicketsController_actions'),
  'tickets.deadlines': ticketRead('TicketsController_deadlines'),
  'tickets.events': ticketRead('TicketsController_history'),
  'tickets.attachments': ticketRead('TicketsController_attachments'),
  'tickets.addAttachment': command(
    'TicketsController_addAttachment',
    { channel: true, staffRoles: WORKER.staffRoles },
    ['filed', 'reviewer', 'dispatcher', 'owner', 'national_staff'],
    'NOT_OWNER',
  ),
  'tickets.customerUpdate': command(
    'TicketsController_customerUpdate',
    { channel: true, staffRoles: WORKER.staffRoles },
    ['filed', 'reviewer', 'dispatcher', 'owner', 'national_staff'],
    'NOT_OWNER',
  ),
  'tickets.routingSuggestions': command('TicketsController_suggestions', WORKER, AS_REVIEWER, 'NOT_REVIEWER'),

  'tickets.regrade': command('TicketsController_regrade', WORKER, AS_REVIEWER, 'NOT_REVIEWER'),
  'tickets.resolve': command('TicketsController_resolve', WORKER, AS_REVIEWER, 'NOT_REVIEWER'),
  'tickets.dispatch': command('TicketsController_dispatch', WORKER, AS_REVIEWER, 'NOT_REVIEWER'),
  'tickets.sign': command('TicketsController_sign', WORKER, AS_OWNER, 'NOT_OWNER'),
  'tickets.return': command('TicketsController_returnTicket', WORKER, AS_OWNER, 'NOT_OWNER'),
  'tickets.transfer': command('TicketsController_transfer', WORKER, AS_OWNER, 'NOT_OWNER'),
  'tickets.addCohandling': command('TicketsController_addCohandling', WORKER, AS_OWNER, 'NOT_OWNER'),
  'tickets.cancelCohandling': command('TicketsController_cancelCohandling', WORKER, AS_OWNER, 'NOT_OWNER'),
  'tickets.cohandlingOpinion': command('TicketsController_opinion', WORKER, ['cohandler'], 'NOT_COHANDLER'),
  'tickets.requestExtension': command('TicketsController_requestExtension', WORKER, AS_OWNER, 'NOT_OWNER'),
  'tickets.approveExtension': command('TicketsController_approveExtension', WORKER, AS_DISPATCHER, 'NOT_DISPATCHER'),
  'tickets.rejectExtension': command('TicketsController_rejectExtension', WORKER, AS_DISPATCHER, 'NOT_DISPATCHER'),
  'tickets.escalate': command('TicketsController_escalate', WORKER, AS_OWNER, 'NOT_OWNER'),
  'tickets.submitFeedback': command('TicketsController_feedback', WORKER, AS_OWNER, 'NOT_OWNER'),
  'tickets.reportAnalysisSchedule': command('TicketsController_reportAnalysisSchedule', ANALYST, AS_OWNER, 'NOT_OWNER'),
  'tickets.submitAnalysis': command('TicketsController_submitAnalysis', ANALYST, AS_OWNER, 'NOT_OWNER'),
  'tickets.acceptFeedback': command('TicketsController_acceptFeedback', WORKER, AS_DISPATCHER, 'NOT_DISPATCHER'),
  'tickets.rejectFeedback': command('TicketsController_rejectFeedback', WORKER, AS_DISPATCHER, 'NOT_DISPATCHER'),
  'tickets.progressReply': command('TicketsController_progressReply', WORKER, ['reviewer', 'dispatcher', 'owner'], 'NOT_OWNER'),
  'tickets.reply': command('TicketsController_reply', WORKER, AS_CENTRE_OWNER, 'NOT_OWNER'),
  'tickets.close': command('TicketsController_close', WORKER, AS_CENTRE_OWNER, 'NOT_OWNER'),
  'tickets.revisit': command('TicketsController_revisit', WORKER, AS_CENTRE_OWNER, 'NOT_OWNER'),
  // Agents chase tickets for calling customers; handlers are the ones being chased.
  'tickets.urge': command('TicketsController_urge', { staffRoles: ['agent', 'supervisor'] }, ['supervising_centre'], 'NOT_SUPERVISOR'),
  // A supervision order is a formal instrument of a supervisor.
  'tickets.supervise': command('TicketsController_supervise', { staffRoles: ['supervisor'] }, ['supervising_centre'], 'NOT_SUPERVISOR'),
  // The customer withdraws through the channel they filed with, or by asking the centre.
  'tickets.withdraw': command(
    'TicketsController_withdraw',
    { channel: true, staffRoles: ['agent', 'supervisor'] },
    ['filed', ...AS_CENTRE],
    'NOT_REVIEWER',
  ),
  'tickets.archive': command('TicketsController_archive', WORKER, AS_CENTRE, 'NOT_REVIEWER'),

  'supervision.overdue': { operationId: 'SupervisionController_overdue', who: ANY_STAFF },
  'supervision.atRisk': { operationId: 'SupervisionController_atRisk', who: ANY_STAFF },
  'supervision.dueSoon': { operationId: 'SupervisionController_dueSoon', who: ANY_STAFF },
  'supervision.orders': { operationId: 'SupervisionController_orders', who: ANY_STAFF },
  'kpis.report': { operationId: 'KpiController_report', who: ANY_STAFF },
  'kpis.hotIssues': { operationId: 'KpiController_hotIssues', who: ANY_STAFF },
  'kpis.tickets': { operationId: 'KpiController_tickets', who: ANY_STAFF },

  // Exports: staff only, over what the same caller may list; each one recorded (who, which, filters, row count) by the export itself.
  'exports.tickets': { operationId: 'ExportsController_tickets', who: ANY_STAFF, audit: EXPORT_AUDIT },
  'exports.ticketSearch': { operationId: 'ExportsController_ticketSearch', who: ANY_STAFF, audit: EXPORT_AUDIT },
  'exports.overdue': { operationId: 'ExportsController_overdue', who: ANY_STAFF, audit: EXPORT_AUDIT },
  'exports.atRisk': { operationId: 'ExportsController_atRisk', who: ANY_STAFF, audit: EXPORT_AUDIT },
  'exports.dueSoon': { operationId: 'ExportsController_dueSoon', who: ANY_STAFF, audit: EXPORT_AUDIT },
  'exports.supervisionOrders': { operationId: 'ExportsController_supervisionOrders', who: ANY_STAFF, audit: EXPORT_AUDIT },
  'exports.kpis': { operationId: 'ExportsController_kpis', who: ANY_STAFF, audit: EXPORT_AUDIT },

  // A customer's requests about their personal data (PIPL): an administrative act of a centre, over the
  // tickets its administrators may read; each one recorded by the service (who, which tickets), never the identifiers.
  'personalData.export': { operationId: 'PersonalDataController_export', who: CENTRE_ADMIN, audit: PERSONAL_DATA_AUDIT },
  'personalData.erase': { operationId: 'PersonalDataController_erase', who: CENTRE_ADMIN, audit: PERSONAL_DATA_AUDIT },

  'webhookSubscriptions.create': {
    operationId: 'WebhookSubscriptionsController_create',
    who: WEBHOOK_ADMIN,
    audit: audit('webhooks', 'webhook_subscription'),
  },
  'webhookSubscriptions.list': { operationId: 'WebhookSubscriptionsController_list', who: WEBHOOK_READ },
  'webhookSubscriptions.get': { operationId: 'WebhookSubscriptionsController_get', who: WEBHOOK_READ },
  'webhookSubscriptions.update': {
    operationId: 'WebhookSubscriptionsController_update',
    who: WEBHOOK_ADMIN,
    audit: audit('webhooks', 'webhook_subscription', { idParam: 'id' }),
  },
  'webhookSubscriptions.delete': {
    operationId: 'WebhookSubscriptionsController_remove',
    who: WEBHOOK_ADMIN,
    audit: audit('webhooks', 'webhook_subscription', { idParam: 'id' }),
  },
  'webhookSubscriptions.rotateSecret': {
    operationId: 'WebhookSubscriptionsController_rotateSecret',
    who: WEBHOOK_ADMIN,
    audit: audit('webhooks', 'webhook_subscription', { idParam: 'id' }),
  },
  'webhookDeliveries.list': { operationId: 'WebhookDeliveriesController_list', who: WEBHOOK_READ },
  'webhookDeliveries.replay': {
    operationId: 'WebhookDeliveriesController_replay',
    who: WEBHOOK_ADMIN,
    audit: audit('webhooks', 'webhook_delivery', { idParam: 'id' }),
  },

  // People signing in. The exchange of a password or an identity provider's answer for a session is
  // public; every attempt, failed or not, is recorded by the sign-in service itself.
  'auth.signIn': {
    operationId: 'SessionsController_signIn',
    who: PUBLIC,
    audit: audit('sign_in', 'staff_session', { recordedBy: 'service' }),
  },
  'auth.signOut': {
    operationId: 'SessionsController_signOut',
    who: ANY_STAFF,
    audit: audit('sessions', 'staff_session', { recordedBy: 'service' }),
  },
  'auth.changePassword': {
    operationId: 'SessionsController_changePassword',
    who: ANY_STAFF_MEMBER,
    audit: audit('identities', 'staff', { recordedBy: 'service' }),
  },
  'auth.oidcLogin': { operationId: 'OidcController_login', who: PUBLIC },
  'auth.oidcCallback': {
    operationId: 'OidcController_callback',
    who: PUBLIC,
    audit: audit('sign_in', 'staff_session', { recordedBy: 'service' }),
  },
  'auth.oidcBackChannelLogout': {
    operationId: 'OidcController_backChannelLogout',
    who: PUBLIC,
    audit: audit('sessions', 'staff_session', { recordedBy: 'service' }),
  },
  'staff.update': { operationId: 'StaffAccountsController_update', who: ADMIN, audit: audit('identities', 'staff', { idParam: 'id' }) },
  'staff.resetPassword': {
    operationId: 'StaffAccountsController_resetPassword',
    who: ADMIN,
    audit: audit('identities', 'staff', { idParam: 'id' }),
  },
  'staffSessions.list': { operationId: 'StaffAccountsController_listSessions', who: ADMIN },
  'staffSessions.revoke': {
    operationId: 'StaffAccountsController_revokeSession',
    who: ADMIN,
    audit: audit('sessions', 'staff_session', { idParam: 'sessionId' }),
  },
  'auditEvents.list': { operationId: 'AuditController_list', who: ADMIN },
} as const satisfies Record<string, PolicyEntry>;

/**
 * Routes outside the controllers, which the guard never sees, with their identity rule here all the same.
 * The queue dashboard shows and retries every province's jobs: national administrators only.
 */
export const NON_API_ROUTES = {
  queueDashboard: { staffRoles: ['admin'], staffTiers: ['national'], bootstrapAdmin: true },
} as const satisfies Record<string, Who>;

export type OperationKey = keyof typeof POLICY;
export const OPERATION_KEYS = Object.keys(POLICY) as OperationKey[];

export function policyOf(key: OperationKey): PolicyEntry {
  return POLICY[key];
}

const KEY_BY_OPERATION_ID: ReadonlyMap<string, OperationKey> = new Map(OPERATION_KEYS.map((key) => [POLICY[key].operationId, key]));

/** The policy key of an OpenAPI operation, or undefined if the operation has no entry (which a test forbids). */
export function operationKeyOf(operationId: string): OperationKey | undefined {
  return KEY_BY_OPERATION_ID.get(operationId);
}

/** The facts about a caller the identity part of an entry is decided on. */
export interface IdentityFacts {
  kind: IdentityKind;
  role: StaffRole | null;
  tier: OrgTier;
}

export function identityMay(who: Who, identity: IdentityFacts): boolean {
  if (who.public) return true;
  switch (identity.kind) {
    case 'channel':
      return who.channel === true;
    case 'bootstrap_admin':
      return who.bootstrapAdmin === true;
    case 'staff':
      return (
        identity.role !== null &&
        (who.staffRoles ?? []).includes(identity.role) &&
        (!who.staffTiers || who.staffTiers.includes(identity.tier))
      );
  }
}

/** The refusal code when none of the entry's relations holds, else null. Entries without relations have no relation condition. */
export function relationRefusal(key: OperationKey, held: readonly Relation[]): RelationRefusal | null {
  const entry: PolicyEntry = POLICY[key];
  if (!entry.relations || entry.relations.some((r) => held.includes(r))) return null;
  return entry.refusal ?? 'NOT_OWNER';
}
