/**
 * Expected answers of the authorization matrix, written by hand from the policy in prose (DOMAIN §10 and
 * the security model) — deliberately NOT derived from the policy table the guard reads, so that the
 * matrix can disagree with it. Keyed by `METHOD path` as in openapi.json.
 *
 * Each case names the resource its path parameters point at (`target`, for tickets: the state the ticket
 * is in) and puts every authenticated identity in exactly one class: `ok` (2xx, with a valid body),
 * `forbidden` (403) or `hidden` (404). The anonymous caller answers 401 on every operation that is not public.
 *
 * Readings of the prose applied throughout:
 * - Who may call an operation at all (identity kind, staff role) is decided before the resource is looked
 *   at: a refused kind or role answers 403 whatever the id, which reveals nothing about the resource.
 * - Then visibility: a ticket (or unit-scoped resource) the caller cannot read answers 404.
 * - Then the relation: visible but without the required relation answers 403.
 * - Workflow commands are never for role admin, the bootstrap admin, or a channel (except withdraw,
 *   attachments and customer updates of a ticket it filed).
 */

export const IDENTITIES = [
  'anonymous',
  'bootstrapAdmin',
  'p1Channel',
  'nationalChannel',
  'nationalAgent',
  'nationalSupervisor',
  'nationalAdmin',
  'p1Agent',
  'p1Handler',
  'p1Supervisor',
  'p1Admin',
  'p1DeptHandler',
  'p1DeptAdmin',
  'p1Dept2Handler',
  'p1CityAgent',
  'p2Agent',
  'p2DeptHandler',
  'p1SupervisorSession',
  'p1AdminSession',
] as const;
export type Identity = (typeof IDENTITIES)[number];

/**
 * Signed-in browsers: each is the session cookie (with its CSRF token) of the very staff member whose
 * bearer token is its twin. One actor, one policy: every cell of a session equals its twin's, so the
 * cases below list only the twins and `withSessions` places each session beside it.
 */
export const SESSION_TWINS = { p1SupervisorSession: 'p1Supervisor', p1AdminSession: 'p1Admin' } as const satisfies Partial<
  Record<Identity, Identity>
>;

/**
 * What the path parameters name. Ticket targets (all P1 unless named otherwise, filed by the P1 channel,
 * reviewed by the P1 centre, dispatched to P1 department 1):
 * - review: just filed; sign_for: dispatched to dept 1; handling: signed by dept 1;
 * - cohandling: handling with an open co-handling task for P1 dept 2; extension: handling with an extension pending;
 * - feedback_review, reply, replied, closed: the later stages; withdrawn: withdrawn by the channel while in review;
 * - city_dept_handling: dispatched to the P1 city's department and signed (the city supervises it);
 * - p2_review: a P2 ticket filed by a P2 channel;
 * - national_sign_for: an escalated complaint filed by the national channel, dispatched by the national centre to the P1 centre;
 * - suggestion_handling: a suggestion (not a complaint) dispatched to P1 department 1 and signed by it.
 */
export type TicketTarget =
  | 'review'
  | 'sign_for'
  | 'handling'
  | 'cohandling'
  | 'extension'
  | 'feedback_review'
  | 'reply'
  | 'replied'
  | 'closed'
  | 'withdrawn'
  | 'city_dept_handling'
  | 'p2_review'
  | 'national_sign_for'
  | 'suggestion_handling';

/**
 * Non-ticket targets: unit_d1 (P1 department 1), channel_system (attached to the P1 centre), staff_d1 and
 * staff_p1_centre (members of those units), staff_token (a token of a dept 1 member), routing_rule (a P1 rule),
 * sla_policy, calendar_override (on dept 1), taxonomy_term, webhook_subscription and webhook_delivery (of dept 1),
 * staff_session (a signed-in session of a dept 1 member).
 */
export type ResourceTarget =
  | 'none'
  | 'unit_d1'
  | 'channel_system'
  | 'staff_d1'
  | 'staff_p1_centre'
  | 'staff_token'
  | 'routing_rule'
  | 'sla_policy'
  | 'calendar_override'
  | 'taxonomy_term'
  | 'webhook_subscription'
  | 'webhook_delivery'
  | 'staff_session';

export type Target = TicketTarget | ResourceTarget;

export interface GoldenCase {
  target: Target;
  /** Selects another valid body or query for the same operation (see the spec's request builders). */
  variant?: 'escalated_complaint' | 'appeal' | 'p1_unit_filter';
  /** A list filtered to a unit outside the caller's subtree may answer 404 or an empty page (policy: either). */
  hiddenMayBeEmpty?: true;
  ok: readonly Identity[];
  forbidden: readonly Identity[];
  hidden: readonly Identity[];
}

/**
 * `credential`: operations on the caller's own credential rather than on a resource — signing in with a
 * password or through the identity provider, the provider's logout call, signing out, changing one's
 * password. There is no target to authorize against; test/e2e/sessions.e2e-spec.ts and oidc.e2e-spec.ts
 * cover them, and the matrix only requires their entry.
 */
export type GoldenEntry = 'public' | 'credential' | readonly GoldenCase[];

// Shorthands, by hand. "workers" are the agent / handler / supervisor roles (workflow roles).
const BOOT = ['bootstrapAdmin'] as const;
const CHANNELS = ['p1Channel', 'nationalChannel'] as const;
const N_WORKERS = ['nationalAgent', 'nationalSupervisor'] as const;
const N_STAFF = [...N_WORKERS, 'nationalAdmin'] as const;
const P1C_WORKERS = ['p1Agent', 'p1Handler', 'p1Supervisor'] as const;
const P1C_STAFF = [...P1C_WORKERS, 'p1Admin'] as const;
const D1 = ['p1DeptHandler', 'p1DeptAdmin'] as const;
const P1_OTHERS = ['p1Dept2Handler', 'p1CityAgent'] as const;
const P2 = ['p2Agent', 'p2DeptHandler'] as const;
const ALL_STAFF = [...N_STAFF, ...P1C_STAFF, ...D1, ...P1_OTHERS, ...P2] as const;
/** Never a workflow command: administrators, the bootstrap admin, channel systems. */
const NOT_WORKFLOW = [...BOOT, ...CHANNELS, 'nationalAdmin', 'p1Admin', 'p1DeptAdmin'] as const;
const ADMINS = [...BOOT, 'nationalAdmin', 'p1Admin', 'p1DeptAdmin'] as const;
const NON_ADMIN_STAFF = [...N_WORKERS, ...P1C_WORKERS, 'p1DeptHandler', ...P1_OTHERS, ...P2] as const;

/** Any authenticated caller. */
const EVERYONE: GoldenCase = { target: 'none', ok: [...BOOT, ...CHANNELS, ...ALL_STAFF], forbidden: [], hidden: [] };
/** Configuration reads and queues: any staff and the bootstrap admin; never a channel. */
const STAFF_READ: GoldenCase = { target: 'none', ok: [...BOOT, ...ALL_STAFF], forbidden: [...CHANNELS], hidden: [] };
/** Nationwide configuration (SLA policies, dictionaries): national administrators and the bootstrap admin. */
const NATIONAL_ADMIN_ONLY = (target: Target): GoldenCase => ({
  target,
  ok: [...BOOT, 'nationalAdmin'],
  forbidden: [...CHANNELS, ...NON_ADMIN_STAFF, 'p1Admin', 'p1DeptAdmin'],
  hidden: [],
});
/** Administration of something inside P1 dept 1: every admin whose subtree holds it. */
const D1_ADMINS = (target: Target): GoldenCase => ({
  target,
  ok: [...ADMINS],
  forbidden: [...CHANNELS, ...NON_ADMIN_STAFF],
  hidden: [],
});
/** Administration of something attached to the P1 centre: national and P1 centre admins; a dept admin is below it. */
const P1_CENTRE_ADMINS = (target: Target, deptAdmin: 'forbidden' | 'hidden'): GoldenCase => ({
  target,
  ok: [...BOOT, 'nationalAdmin', 'p1Admin'],
  forbidden: [...CHANNELS, ...NON_ADMIN_STAFF, ...(deptAdmin === 'forbidden' ? (['p1DeptAdmin'] as const) : [])],
  hidden: deptAdmin === 'hidden' ? ['p1DeptAdmin'] : [],
});
/** Reads of P1 dept 1 (unit, calendar, preview, its subscription): units whose subtree holds it. */
const D1_VISIBLE = (target: Target): GoldenCase => ({
  target,
  ok: [...BOOT, ...N_STAFF, ...P1C_STAFF, ...D1],
  forbidden: [...CHANNELS],
  hidden: [...P1_OTHERS, ...P2],
});

/** Webhook subscriptions and deliveries: channel systems read their own (an empty list here), staff their scope's. */
const OWN_WEBHOOKS_READ: GoldenCase = { target: 'none', ok: [...BOOT, ...ALL_STAFF, ...CHANNELS], forbidden: [], hidden: [] };
/** A unit's webhook resource as a channel system meets it: not one of its own, so not there. */
const CHANNELS_HIDDEN = (c: GoldenCase): GoldenCase => ({
  ...c,
  forbidden: c.forbidden.filter((i) => !(CHANNELS as readonly Identity[]).includes(i)),
  hidden: [...c.hidden, ...CHANNELS],
});

// Ticket reads.
const READ_REVIEW: GoldenCase = {
  target: 'review',
  ok: [...BOOT, ...N_STAFF, ...P1C_STAFF, 'p1Channel'],
  forbidden: [],
  hidden: ['nationalChannel', ...D1, ...P1_OTHERS, ...P2],
};
const READ_COHANDLING: GoldenCase = {
  target: 'cohandling',
  ok: [...BOOT, ...N_STAFF, ...P1C_STAFF, 'p1Channel', ...D1, 'p1Dept2Handler'],
  forbidden: [],
  hidden: ['nationalChannel', 'p1CityAgent', ...P2],
};
/** Dept 1 handled it before it came back to the centre: it keeps reading it. */
const READ_CLOSED: GoldenCase = {
  target: 'closed',
  ok: [...BOOT, ...N_STAFF, ...P1C_STAFF, 'p1Channel', ...D1],
  forbidden: [],
  hidden: ['nationalChannel', ...P1_OTHERS, ...P2],
};
const READ_CITY_DEPT: GoldenCase = {
  target: 'city_dept_handling',
  ok: [...BOOT, ...N_STAFF, ...P1C_STAFF, 'p1Channel', 'p1CityAgent'],
  forbidden: [],
  hidden: ['nationalChannel', ...D1, 'p1Dept2Handler', ...P2],
};
const READ_NATIONAL: GoldenCase = {
  target: 'national_sign_for',
  ok: [...BOOT, ...N_STAFF, ...P1C_STAFF, 'nationalChannel'],
  forbidden: [],
  hidden: ['p1Channel', ...D1, ...P1_OTHERS, ...P2],
};
const READ_P2: GoldenCase = {
  target: 'p2_review',
  ok: [...BOOT, ...N_STAFF, 'p2Agent'],
  forbidden: [],
  hidden: [...CHANNELS, ...P1C_STAFF, ...D1, ...P1_OTHERS, 'p2DeptHandler'],
};

// Ticket commands.
/** The reviewing centre (P1 centre) or national staff standing in, on a ticket in review. */
const REVIEWER_ON_REVIEW: GoldenCase = {
  target: 'review',
  ok: [...N_WORKERS, ...P1C_WORKERS],
  forbidden: [...NOT_WORKFLOW],
  hidden: ['p1DeptHandler', ...P1_OTHERS, ...P2],
};
/** Owner only (P1 dept 1); national staff are not the owner here. */
const OWNER_D1 = (target: 'sign_for' | 'handling'): GoldenCase => ({
  target,
  ok: ['p1DeptHandler'],
  forbidden: [...NOT_WORKFLOW, ...N_WORKERS, ...P1C_WORKERS],
  hidden: [...P1_OTHERS, ...P2],
});
/** Owner only, on the ticket whose co-handler (dept 2) can read it. */
const OWNER_D1_COHANDLING: GoldenCase = {
  target: 'cohandling',
  ok: ['p1DeptHandler'],
  forbidden: [...NOT_WORKFLOW, ...N_WORKERS, ...P1C_WORKERS, 'p1Dept2Handler'],
  hidden: ['p1CityAgent', ...P2],
};
/** The dispatcher (P1 centre) or the centre holding the stage, or national staff standing in; dept 1 took part and reads it. */
const CENTRE_OR_NATIONAL = (target: 'extension' | 'feedback_review' | 'reply' | 'replied' | 'closed'): GoldenCase => ({
  target,
  ok: [...N_WORKERS, ...P1C_WORKERS],
  forbidden: [...NOT_WORKFLOW, 'p1DeptHandler'],
  hidden: [...P1_OTHERS, ...P2],
});
/**
 * A suggestion's analysis, its schedule and its adoption decision: the responsible department's handlers
 * (and supervisors) only; the centre and national staff do not decide for it, and an agent's role is
 * refused before the ticket is looked at.
 */
const ANALYST_D1: GoldenCase = {
  target: 'suggestion_handling',
  ok: ['p1DeptHandler'],
  forbidden: [...NOT_WORKFLOW, ...N_WORKERS, ...P1C_WORKERS, 'p1CityAgent', 'p2Agent'],
  hidden: ['p1Dept2Handler', 'p2DeptHandler'],
};
/** Attachments and customer updates on a P1 ticket owned by dept 1. */
const ANNOTATE_SIGN_FOR: GoldenCase = {
  target: 'sign_for',
  ok: ['p1Channel', ...N_WORKERS, ...P1C_WORKERS, 'p1DeptHandler'],
  forbidden: [...BOOT, 'nationalAdmin', 'p1Admin', 'p1DeptAdmin'],
  hidden: ['nationalChannel', ...P1_OTHERS, ...P2],
};
/** Attachments on the national ticket: the national channel filed it, the P1 centre owns the stage. */
const ANNOTATE_NATIONAL: GoldenCase = {
  target: 'national_sign_for',
  ok: ['nationalChannel', ...N_WORKERS, ...P1C_WORKERS],
  forbidden: [...BOOT, 'nationalAdmin', 'p1Admin', 'p1DeptAdmin'],
  hidden: ['p1Channel', 'p1DeptHandler', ...P1_OTHERS, ...P2],
};
/** Customer updates on a P2 ticket: only the P2 centre (reviewer) and national staff; P1 sees nothing. */
const ANNOTATE_P2: GoldenCase = {
  target: 'p2_review',
  ok: [...N_WORKERS, 'p2Agent'],
  forbidden: [...BOOT, 'nationalAdmin', 'p1Admin', 'p1DeptAdmin'],
  hidden: [...CHANNELS, ...P1C_WORKERS, 'p1DeptHandler', ...P1_OTHERS, 'p2DeptHandler'],
};
/** Handlers are never among the roles that urge, withdraw or issue supervision orders. */
const HANDLERS = ['p1Handler', 'p1DeptHandler', 'p1Dept2Handler', 'p2DeptHandler'] as const;

function withSessions(golden: Record<string, GoldenEntry>): Record<string, GoldenEntry> {
  const twinned = (list: readonly Identity[]): Identity[] => [
    ...list,
    ...Object.entries(SESSION_TWINS)
      .filter(([, twin]) => list.includes(twin))
      .map(([session]) => session as Identity),
  ];
  return Object.fromEntries(
    Object.entries(golden).map(([key, entry]) => [
      key,
      typeof entry === 'string'
        ? entry
        : entry.map((c) => ({ ...c, ok: twinned(c.ok), forbidden: twinned(c.forbidden), hidden: twinned(c.hidden) })),
    ]),
  );
}

export const GOLDEN: Record<string, GoldenEntry> = withSessions({
  'GET /health': 'public',
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'GET /metrics': 'public',
  'GET /api/v1/me': [EVERYONE],

  // Identities.
  'POST /api/v1/channel-systems': [P1_CENTRE_ADMINS('none', 'forbidden')],
  'GET /api/v1/channel-systems': [{ target: 'none', ok: [...ADMINS], forbidden: [...CHANNELS, ...NON_ADMIN_STAFF], hidden: [] }],
  'POST /api/v1/channel-systems/{id}/revoke': [P1_CENTRE_ADMINS('channel_system', 'hidden')],
  'POST /api/v1/staff': [D1_ADMINS('none')],
  'GET /api/v1/staff': [{ target: 'none', ok: [...ADMINS], forbidden: [...CHANNELS, ...NON_ADMIN_STAFF], hidden: [] }],
  'POST /api/v1/staff/{id}/tokens': [D1_ADMINS('staff_d1'), P1_CENTRE_ADMINS('staff_p1_centre', 'hidden')],
  'POST /api/v1/staff/{id}/tokens/{tokenId}/revoke': [D1_ADMINS('staff_token')],

  // Org units (a new city department under the P1 city; reads and changes of dept 1).
  'POST /api/v1/org-units': [P1_CENTRE_ADMINS('none', 'forbidden')],
  'GET /api/v1/org-units': [STAFF_READ],
  'GET /api/v1/org-units/{id}': [D1_VISIBLE('unit_d1')],
  'PATCH /api/v1/org-units/{id}': [D1_ADMINS('unit_d1')],
  'GET /api/v1/org-units/{id}/subtree': [D1_VISIBLE('unit_d1')],
  'GET /api/v1/org-units/{id}/escalation-chain': [D1_VISIBLE('unit_d1')],

  // Routing rules of P1: any staff of P1 reads them; the P1 centre's admins (and national) change them.
  'POST /api/v1/routing-rules': [P1_CENTRE_ADMINS('none', 'forbidden')],
  'GET /api/v1/routing-rules': [STAFF_READ],
  'GET /api/v1/routing-rules/{id}': [
    { target: 'routing_rule', ok: [...BOOT, ...N_STAFF, ...P1C_STAFF, ...D1, ...P1_OTHERS], forbidden: [...CHANNELS], hidden: [...P2] },
  ],
  'PATCH /api/v1/routing-rules/{id}': [
    {
      target: 'routing_rule',
      ok: [...BOOT, 'nationalAdmin', 'p1Admin'],
      forbidden: [...CHANNELS, ...NON_ADMIN_STAFF, 'p1DeptAdmin'],
      hidden: [],
    },
  ],
  'DELETE /api/v1/routing-rules/{id}': [
    {
      target: 'routing_rule',
      ok: [...BOOT, 'nationalAdmin', 'p1Admin'],
      forbidden: [...CHANNELS, ...NON_ADMIN_STAFF, 'p1DeptAdmin'],
      hidden: [],
    },
  ],

  // SLA policies and calendars.
  'GET /api/v1/sla-policies': [STAFF_READ],
  'POST /api/v1/sla-policies': [NATIONAL_ADMIN_ONLY('none')],
  'POST /api/v1/sla-policies/resolve': [STAFF_READ],
  'GET /api/v1/sla-policies/{id}': [{ ...STAFF_READ, target: 'sla_policy' }],
  'PATCH /api/v1/sla-policies/{id}': [NATIONAL_ADMIN_ONLY('sla_policy')],
  'DELETE /api/v1/sla-policies/{id}': [NATIONAL_ADMIN_ONLY('sla_policy')],
  'GET /api/v1/org-units/{id}/calendar-overrides': [D1_VISIBLE('unit_d1')],
  'POST /api/v1/org-units/{id}/calendar-overrides': [D1_ADMINS('unit_d1')],
  'DELETE /api/v1/org-units/{id}/calendar-overrides/{overrideId}': [D1_ADMINS('calendar_override')],
  'GET /api/v1/org-units/{id}/working-days': [D1_VISIBLE('unit_d1')],
  'POST /api/v1/sla/deadline-preview': [D1_VISIBLE('none')],
  'GET /api/v1/official-calendar': [STAFF_READ],
  'POST /api/v1/official-calendar': [NATIONAL_ADMIN_ONLY('none')],

  // Dictionaries: channels read them to file.
  'GET /api/v1/taxonomy': [EVERYONE],
  'POST /api/v1/taxonomy': [NATIONAL_ADMIN_ONLY('none')],
  'PATCH /api/v1/taxonomy/{id}': [NATIONAL_ADMIN_ONLY('taxonomy_term')],

  // Filing: channel systems only; escalated complaints and appeals only through the national centre's channels.
  'POST /api/v1/tickets': [
    { target: 'none', ok: [...CHANNELS], forbidden: [...BOOT, ...ALL_STAFF], hidden: [] },
    {
      target: 'none',
      variant: 'escalated_complaint',
      ok: ['nationalChannel'],
      forbidden: [...BOOT, 'p1Channel', ...ALL_STAFF],
      hidden: [],
    },
    { target: 'none', variant: 'appeal', ok: ['nationalChannel'], forbidden: [...BOOT, 'p1Channel', ...ALL_STAFF], hidden: [] },
  ],
  'GET /api/v1/tickets': [EVERYONE],
  // Keyword search is a staff tool over the same visibility as the list; a channel system is refused.
  'GET /api/v1/tickets/search': [STAFF_READ],
  'GET /api/v1/tickets/{id}': [READ_REVIEW, READ_COHANDLING, READ_CLOSED, READ_CITY_DEPT, READ_NATIONAL, READ_P2],
  'GET /api/v1/tickets/{id}/events': [READ_REVIEW, READ_COHANDLING, READ_NATIONAL, READ_P2],
  'GET /api/v1/tickets/{id}/actions': [READ_REVIEW, READ_COHANDLING, READ_NATIONAL, READ_P2],
  'GET /api/v1/tickets/{id}/deadlines': [READ_REVIEW, READ_COHANDLING, READ_NATIONAL, READ_P2],
  'GET /api/v1/tickets/{id}/attachments': [READ_REVIEW, READ_NATIONAL, READ_P2],
  'POST /api/v1/tickets/{id}/attachments': [ANNOTATE_SIGN_FOR, ANNOTATE_NATIONAL],
  'POST /api/v1/tickets/{id}/customer-updates': [ANNOTATE_SIGN_FOR, ANNOTATE_P2],

  // Review.
  'GET /api/v1/tickets/{id}/routing-suggestions': [REVIEWER_ON_REVIEW],
  'POST /api/v1/tickets/{id}/regrade': [REVIEWER_ON_REVIEW],
  'POST /api/v1/tickets/{id}/resolve': [REVIEWER_ON_REVIEW],
  'POST /api/v1/tickets/{id}/dispatch': [REVIEWER_ON_REVIEW],

  // The owning unit's steps.
  'POST /api/v1/tickets/{id}/sign': [
    OWNER_D1('sign_for'),
    // The P1 centre owns the national ticket's sign-for stage; the national centre dispatched it but is not the owner.
    {
      target: 'national_sign_for',
      ok: [...P1C_WORKERS],
      forbidden: [...NOT_WORKFLOW, ...N_WORKERS],
      hidden: ['p1DeptHandler', ...P1_OTHERS, ...P2],
    },
  ],
  'POST /api/v1/tickets/{id}/return': [OWNER_D1('sign_for')],
  'POST /api/v1/tickets/{id}/transfer': [OWNER_D1('sign_for')],
  'POST /api/v1/tickets/{id}/cohandling': [OWNER_D1_COHANDLING],
  'POST /api/v1/tickets/{id}/cohandling/{unitId}/cancel': [OWNER_D1_COHANDLING],
  'POST /api/v1/tickets/{id}/cohandling/opinion': [
    {
      target: 'cohandling',
      ok: ['p1Dept2Handler'],
      forbidden: [...NOT_WORKFLOW, ...N_WORKERS, ...P1C_WORKERS, 'p1DeptHandler'],
      hidden: ['p1CityAgent', ...P2],
    },
  ],
  'POST /api/v1/tickets/{id}/extensions': [OWNER_D1('handling')],
  'POST /api/v1/tickets/{id}/escalate': [OWNER_D1('handling')],
  'POST /api/v1/tickets/{id}/feedback': [OWNER_D1('handling')],
  'POST /api/v1/tickets/{id}/analysis-schedule': [ANALYST_D1],
  'POST /api/v1/tickets/{id}/analysis': [ANALYST_D1],

  // The dispatcher's decisions and the centre's closing steps.
  'POST /api/v1/tickets/{id}/extensions/approve': [CENTRE_OR_NATIONAL('extension')],
  'POST /api/v1/tickets/{id}/extensions/reject': [CENTRE_OR_NATIONAL('extension')],
  'POST /api/v1/tickets/{id}/feedback/accept': [CENTRE_OR_NATIONAL('feedback_review')],
  'POST /api/v1/tickets/{id}/feedback/reject': [CENTRE_OR_NATIONAL('feedback_review')],
  'POST /api/v1/tickets/{id}/reply': [CENTRE_OR_NATIONAL('reply')],
  'POST /api/v1/tickets/{id}/close': [CENTRE_OR_NATIONAL('replied')],
  'POST /api/v1/tickets/{id}/revisit': [CENTRE_OR_NATIONAL('closed')],
  // Reviewer, dispatcher or owner; the prose gives national staff no stand-in here, and a co-handler is none of them.
  'POST /api/v1/tickets/{id}/progress-replies': [
    {
      target: 'cohandling',
      ok: [...P1C_WORKERS, 'p1DeptHandler'],
      forbidden: [...NOT_WORKFLOW, ...N_WORKERS, 'p1Dept2Handler'],
      hidden: ['p1CityAgent', ...P2],
    },
  ],

  // Supervision: a strict ancestor of the owning unit (national staff supervise every ticket).
  'POST /api/v1/tickets/{id}/urge': [
    {
      target: 'cohandling',
      ok: ['p1Agent', 'p1Supervisor', ...N_WORKERS],
      forbidden: [...NOT_WORKFLOW, ...HANDLERS],
      hidden: ['p1CityAgent', 'p2Agent'],
    },
    // Owned by the P1 centre itself: only the national centre is above it.
    {
      target: 'review',
      ok: [...N_WORKERS],
      forbidden: [...NOT_WORKFLOW, ...HANDLERS, 'p1Agent', 'p1Supervisor'],
      hidden: ['p1CityAgent', 'p2Agent'],
    },
    // Owned by the city's department: the city is above it.
    {
      target: 'city_dept_handling',
      ok: ['p1Agent', 'p1Supervisor', ...N_WORKERS, 'p1CityAgent'],
      forbidden: [...NOT_WORKFLOW, ...HANDLERS],
      hidden: ['p2Agent'],
    },
  ],
  'POST /api/v1/tickets/{id}/supervision-orders': [
    {
      target: 'cohandling',
      ok: ['p1Supervisor', 'nationalSupervisor'],
      forbidden: [...NOT_WORKFLOW, ...HANDLERS, 'nationalAgent', 'p1Agent', 'p1CityAgent', 'p2Agent'],
      hidden: [],
    },
  ],

  // Withdrawal and archiving: the filing channel, or the reviewing / dispatching centre (agents, supervisors), or national staff.
  'POST /api/v1/tickets/{id}/withdraw': [
    {
      target: 'review',
      ok: ['p1Channel', 'p1Agent', 'p1Supervisor', ...N_WORKERS],
      forbidden: [...BOOT, 'nationalAdmin', 'p1Admin', 'p1DeptAdmin', ...HANDLERS],
      hidden: ['nationalChannel', 'p1CityAgent', 'p2Agent'],
    },
    // The national channel withdraws what it filed; the P1 centre owns the stage but neither reviewed nor dispatched it.
    {
      target: 'national_sign_for',
      ok: ['nationalChannel', ...N_WORKERS],
      forbidden: [...BOOT, 'nationalAdmin', 'p1Admin', 'p1DeptAdmin', ...HANDLERS, 'p1Agent', 'p1Supervisor'],
      hidden: ['p1Channel', 'p1CityAgent', 'p2Agent'],
    },
  ],
  'POST /api/v1/tickets/{id}/archive': [
    {
      target: 'withdrawn',
      ok: [...N_WORKERS, ...P1C_WORKERS],
      forbidden: [...NOT_WORKFLOW],
      hidden: ['p1DeptHandler', ...P1_OTHERS, ...P2],
    },
  ],

  // Queues and KPIs: any staff, over what they may read.
  'GET /api/v1/supervision/overdue': [STAFF_READ],
  'GET /api/v1/supervision/at-risk': [STAFF_READ],
  'GET /api/v1/supervision/due-soon': [
    STAFF_READ,
    {
      target: 'none',
      variant: 'p1_unit_filter',
      hiddenMayBeEmpty: true,
      ok: [...BOOT, ...N_STAFF, ...P1C_STAFF],
      forbidden: [...CHANNELS],
      hidden: [...D1, ...P1_OTHERS, ...P2],
    },
  ],
  'GET /api/v1/supervision/orders': [STAFF_READ],
  'GET /api/v1/kpis': [STAFF_READ],
  'GET /api/v1/kpis/hot-issues': [STAFF_READ],
  'GET /api/v1/kpis/tickets': [STAFF_READ],
  // Exports: the same lists as files, for staff; the rows are those the caller may list.
  'GET /api/v1/exports/tickets': [STAFF_READ],
  'GET /api/v1/exports/ticket-search': [STAFF_READ],
  'GET /api/v1/exports/overdue': [STAFF_READ],
  'GET /api/v1/exports/at-risk': [STAFF_READ],
  'GET /api/v1/exports/due-soon': [STAFF_READ],
  'GET /api/v1/exports/supervision-orders': [STAFF_READ],
  'GET /api/v1/exports/kpis': [STAFF_READ],

  // A customer's requests about their personal data: an administrative act of a centre (national or provincial
  // administrators, the bootstrap admin), over the tickets the caller reads; a department's administrator is refused.
  'POST /api/v1/personal-data/exports': [P1_CENTRE_ADMINS('none', 'forbidden')],
  'POST /api/v1/personal-data/erasures': [P1_CENTRE_ADMINS('none', 'forbidden')],

  // Webhooks of P1 dept 1: its subtree's admins manage them; whoever sees the unit reads them.
  // A channel system manages only its own subscriptions: naming a unit is refused, a unit's are not there for it.
  'POST /api/v1/webhook-subscriptions': [D1_ADMINS('none')],
  'GET /api/v1/webhook-subscriptions': [OWN_WEBHOOKS_READ],
  'GET /api/v1/webhook-subscriptions/{id}': [CHANNELS_HIDDEN(D1_VISIBLE('webhook_subscription'))],
  'PATCH /api/v1/webhook-subscriptions/{id}': [CHANNELS_HIDDEN(D1_ADMINS('webhook_subscription'))],
  'DELETE /api/v1/webhook-subscriptions/{id}': [CHANNELS_HIDDEN(D1_ADMINS('webhook_subscription'))],
  'POST /api/v1/webhook-subscriptions/{id}/rotate-secret': [CHANNELS_HIDDEN(D1_ADMINS('webhook_subscription'))],
  'GET /api/v1/webhook-deliveries': [OWN_WEBHOOKS_READ],
  'POST /api/v1/webhook-deliveries/{id}/replay': [CHANNELS_HIDDEN(D1_ADMINS('webhook_delivery'))],

  // People's accounts, sessions and the audit trail: administrators whose subtree holds the member.
  'PATCH /api/v1/staff/{id}': [D1_ADMINS('staff_d1'), P1_CENTRE_ADMINS('staff_p1_centre', 'hidden')],
  'POST /api/v1/staff/{id}/password-reset': [D1_ADMINS('staff_d1'), P1_CENTRE_ADMINS('staff_p1_centre', 'hidden')],
  'GET /api/v1/staff/{id}/sessions': [D1_ADMINS('staff_d1'), P1_CENTRE_ADMINS('staff_p1_centre', 'hidden')],
  'POST /api/v1/staff/{id}/sessions/{sessionId}/revoke': [D1_ADMINS('staff_session')],
  'GET /api/v1/audit-events': [{ target: 'none', ok: [...ADMINS], forbidden: [...CHANNELS, ...NON_ADMIN_STAFF], hidden: [] }],
  'POST /api/v1/auth/sign-in': 'credential',
  'POST /api/v1/auth/sign-out': 'credential',
  'POST /api/v1/auth/password': 'credential',
  'GET /api/v1/auth/oidc/login': 'credential',
  'GET /api/v1/auth/oidc/callback': 'credential',
  'POST /api/v1/auth/oidc/back-channel-logout': 'credential',
});
