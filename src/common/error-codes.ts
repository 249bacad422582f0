/**
 * Every stable `code` the API answers with, with its HTTP status, and which operation can answer
 * which. The OpenAPI document declares each operation's codes as an enum from these lists, and the
 * e2e suites fail on any code an operation answers that its list does not hold, so a new refusal
 * must be added here before it ships.
 */
import { OperationKey, POLICY, PolicyEntry } from '../auth/policy/policy';
import { REFUSAL_CLASSES, REFUSAL_CODES, RefusalCode, refusalHttpStatus } from '../tickets/domain/refusals';

const OTHER_STATUS = {
  // Anything that reaches the HTTP layer
  MALFORMED_REQUEST: 400,
  BAD_REQUEST: 400,
  BODY_TOO_DEEP: 400,
  VALIDATION_FAILED: 400,
  INVALID_TEXT: 400,
  INVALID_VALUE: 400,
  INVALID_CURSOR: 400,
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  REQUEST_TIMEOUT: 408,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  HEADERS_TOO_LARGE: 431,
  DATABASE_UNAVAILABLE: 503,
  DATABASE_BUSY: 503,
  TRANSACTION_CONFLICT: 503,
  UNAVAILABLE: 503,
  // Probes
  UNHEALTHY: 503,
  NOT_READY: 503,
  // Stored-data rules
  DUPLICATE: 409,
  DUPLICATE_CODE: 409,
  REFERENCE_VIOLATION: 422,
  CONSTRAINT_VIOLATION: 422,
  // Administration
  FORBIDDEN_SCOPE: 403,
  NATIONAL_EXISTS: 409,
  PARENT_REQUIRED: 400,
  PARENT_NOT_FOUND: 422,
  INVALID_TIER: 422,
  INVALID_TIER_ORDER: 422,
  CYCLE: 422,
  UNIT_NOT_FOUND: 422,
  INVALID_PROVINCE: 422,
  INVALID_RANGE: 400,
  GROUP_REQUIRED: 400,
  RANGE_TOO_LONG: 400,
  INVALID_SCHEDULE: 400,
  UNKNOWN_PARENT: 422,
  WEBHOOK_URL_FORBIDDEN: 422,
  EVENT_TYPE_NOT_FOR_CHANNELS: 422,
  // Intake
  CHANNEL_REQUIRED: 400,
  EXTERNAL_REF_CHANNEL_ONLY: 400,
  INVALID_IDEMPOTENCY_KEY: 400,
  NATIONAL_INTAKE_ONLY: 403,
  CONTACTED_IN_FUTURE: 422,
  EXTERNAL_REF_REUSED: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  PROVINCE_OUT_OF_SCOPE: 422,
  UNKNOWN_PROVINCE: 422,
  UNKNOWN_TAXONOMY_TERM: 422,
  // Reading
  PII_FORBIDDEN: 403,
  // A customer's requests about their personal data
  CUSTOMER_IDENTIFIER_REQUIRED: 400,
  CUSTOMER_TICKETS_OPEN: 409,
  // The workflow, besides the state machine's refusals
  VERSION_CONFLICT: 409,
  NO_PARENT_TIER: 409,
  NO_ROUTE: 422,
  UNKNOWN_UNIT: 422,
  // Signing in and sessions
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 403,
  SIGN_IN_THROTTLED: 429,
  PASSWORD_CHANGE_REQUIRED: 403,
  CSRF_REFUSED: 403,
  WEAK_PASSWORD: 422,
  WRONG_PASSWORD: 422,
  NO_PASSWORD: 422,
  OIDC_NOT_CONFIGURED: 404,
  OIDC_STATE_MISMATCH: 400,
  OIDC_PROVIDER_REFUSED: 400,
  OIDC_TOKEN_INVALID: 401,
  OIDC_LOGOUT_TOKEN_INVALID: 400,
  OIDC_NO_ACCOUNT: 403,
  OIDC_UNAVAILABLE: 503,
} as const;

/**
 * The state machine's refusals (the policy's relation refusals among them) answer the status of
 * their class, read from the machine's own table: no second list of their statuses is kept here.
 */
const MACHINE_STATUS = Object.fromEntries(REFUSAL_CODES.map((code) => [code, refusalHttpStatus(REFUSAL_CLASSES[code])])) as {
  readonly [C in RefusalCode]: number;
};

export const ERROR_STATUS = { ...OTHER_STATUS, ...MACHINE_STATUS };

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * What any request may be answered before or around its handler: parsing, limits, the input boundary
 * (which walks every query and body, a public probe's included), throttling, the database.
 */
const TRANSPORT: readonly ErrorCode[] = [
  'MALFORMED_REQUEST',
  'BAD_REQUEST',
  'BODY_TOO_DEEP',
  'INVALID_TEXT',
  'REQUEST_TIMEOUT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'HEADERS_TOO_LARGE',
  'RATE_LIMITED',
  'DATABASE_UNAVAILABLE',
  'DATABASE_BUSY',
  'TRANSACTION_CONFLICT',
  'UNAVAILABLE',
];
/** An authenticated operation with input: credentials, the identity rule, validation of path, query and body. */
const AUTHENTICATED: readonly ErrorCode[] = [
  ...TRANSPORT,
  'UNAUTHENTICATED',
  'FORBIDDEN_ROLE',
  'VALIDATION_FAILED',
  'INVALID_VALUE',
  'NOT_FOUND',
  // A session cookie: a write without its CSRF token, or a call before a temporary password is changed.
  'CSRF_REFUSED',
  'PASSWORD_CHANGE_REQUIRED',
];
const LIST: readonly ErrorCode[] = ['INVALID_CURSOR'];
const STORED: readonly ErrorCode[] = ['DUPLICATE', 'REFERENCE_VIOLATION', 'CONSTRAINT_VIOLATION'];
/**
 * Every refusal of the ticket state machine a command may meet depending on the ticket's state (the
 * forbidden ones are the entry's own relation refusal and FORBIDDEN_ROLE, listed elsewhere), and the
 * command services' own.
 */
const WORKFLOW: readonly ErrorCode[] = [
  ...REFUSAL_CODES.filter((code) => REFUSAL_CLASSES[code] !== 'forbidden'),
  'VERSION_CONFLICT',
  'NO_PARENT_TIER',
  'NO_ROUTE',
  'UNKNOWN_UNIT',
  ...STORED,
];
const ORG_WRITE: readonly ErrorCode[] = [
  'FORBIDDEN_SCOPE',
  'DUPLICATE_CODE',
  'NATIONAL_EXISTS',
  'PARENT_REQUIRED',
  'PARENT_NOT_FOUND',
  'INVALID_TIER',
  'INVALID_TIER_ORDER',
  'CYCLE',
  ...STORED,
];
const ROUTING_WRITE: readonly ErrorCode[] = ['INVALID_PROVINCE', 'INVALID_TARGET', 'FORBIDDEN_SCOPE', ...STORED];
const NATIONWIDE_WRITE: readonly ErrorCode[] = ['FORBIDDEN_SCOPE', ...STORED];
const TAXONOMY_WRITE: readonly ErrorCode[] = ['FORBIDDEN_SCOPE', 'DUPLICATE_CODE', 'UNKNOWN_PARENT', ...STORED];
const WEBHOOK_WRITE: readonly ErrorCode[] = ['WEBHOOK_URL_FORBIDDEN', 'EVENT_TYPE_NOT_FOR_CHANNELS', 'FORBIDDEN_SCOPE', ...STORED];
const IDENTITY_WRITE: readonly ErrorCode[] = ['INVALID_TIER', 'UNIT_NOT_FOUND', 'FORBIDDEN_SCOPE', ...STORED];
const BODY: readonly ErrorCode[] = ['VALIDATION_FAILED', 'BODY_TOO_DEEP', 'INVALID_TEXT', 'INVALID_VALUE'];
const OIDC: readonly ErrorCode[] = ['OIDC_NOT_CONFIGURED', 'OIDC_UNAVAILABLE', 'OIDC_PROVIDER_REFUSED', ...BODY];

/** Codes an operation adds to those of its kind (public probe, authenticated call), keyed like the policy. */
const SPECIFIC: Partial<Record<OperationKey, readonly ErrorCode[]>> = {
  'health.check': ['UNHEALTHY'],
  'health.ready': ['NOT_READY'],
  'channelSystems.create': IDENTITY_WRITE,
  'channelSystems.list': LIST,
  'staff.create': IDENTITY_WRITE,
  'staff.list': LIST,
  'staffTokens.issue': STORED,
  'orgUnits.create': ORG_WRITE,
  'orgUnits.list': LIST,
  'orgUnits.update': ORG_WRITE,
  'orgUnits.subtree': LIST,
  'routingRules.create': ROUTING_WRITE,
  'routingRules.list': LIST,
  'routingRules.update': ROUTING_WRITE,
  'routingRules.delete': ['FORBIDDEN_SCOPE'],
  'slaPolicies.list': LIST,
  'slaPolicies.create': NATIONWIDE_WRITE,
  'slaPolicies.update': NATIONWIDE_WRITE,
  'slaPolicies.disable': NATIONWIDE_WRITE,
  'calendarOverrides.list': LIST,
  'calendarOverrides.add': ['DUPLICATE', 'FORBIDDEN_SCOPE', ...STORED],
  'calendarOverrides.remove': ['FORBIDDEN_SCOPE'],
  'workingDays.list': ['INVALID_RANGE', 'RANGE_TOO_LONG', ...LIST],
  'officialCalendar.list': LIST,
  'officialCalendar.import': ['INVALID_SCHEDULE', ...NATIONWIDE_WRITE],
  'taxonomy.list': LIST,
  'taxonomy.create': TAXONOMY_WRITE,
  'taxonomy.update': TAXONOMY_WRITE,
  'tickets.file': [
    'CHANNEL_REQUIRED',
    'EXTERNAL_REF_CHANNEL_ONLY',
    'INVALID_IDEMPOTENCY_KEY',
    'NATIONAL_INTAKE_ONLY',
    'CONTACTED_IN_FUTURE',
    'EXTERNAL_REF_REUSED',
    'IDEMPOTENCY_KEY_REUSED',
    'PROVINCE_OUT_OF_SCOPE',
    'UNKNOWN_PROVINCE',
    'UNKNOWN_TAXONOMY_TERM',
    ...STORED,
  ],
  // During handling a dispatch is the owning province's, refused to callers that do not own the ticket.
  'tickets.dispatch': ['NOT_OWNER'],
  'tickets.list': ['PII_FORBIDDEN', ...LIST],
  'tickets.search': ['PII_FORBIDDEN', ...LIST],
  'tickets.get': ['PII_FORBIDDEN'],
  'tickets.attachments': LIST,
  'supervision.overdue': LIST,
  'supervision.atRisk': LIST,
  'supervision.dueSoon': LIST,
  'supervision.orders': LIST,
  'kpis.report': ['INVALID_RANGE'],
  'kpis.hotIssues': ['INVALID_RANGE'],
  'kpis.tickets': ['INVALID_RANGE', 'GROUP_REQUIRED', ...LIST],
  'exports.tickets': ['PII_FORBIDDEN'],
  'exports.ticketSearch': ['PII_FORBIDDEN'],
  'exports.kpis': ['INVALID_RANGE'],
  'personalData.export': ['CUSTOMER_IDENTIFIER_REQUIRED', ...LIST],
  'personalData.erase': ['CUSTOMER_IDENTIFIER_REQUIRED', 'CUSTOMER_TICKETS_OPEN'],
  'webhookSubscriptions.create': WEBHOOK_WRITE,
  'webhookSubscriptions.list': LIST,
  'webhookSubscriptions.update': WEBHOOK_WRITE,
  'webhookDeliveries.list': LIST,
  'auth.signIn': ['INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'SIGN_IN_THROTTLED', 'CSRF_REFUSED', ...BODY],
  'auth.changePassword': ['WEAK_PASSWORD', 'WRONG_PASSWORD', 'NO_PASSWORD'],
  'auth.oidcLogin': OIDC,
  'auth.oidcCallback': ['OIDC_STATE_MISMATCH', 'OIDC_TOKEN_INVALID', 'OIDC_NO_ACCOUNT', ...OIDC],
  'auth.oidcBackChannelLogout': ['OIDC_LOGOUT_TOKEN_INVALID', ...OIDC],
  'staff.update': IDENTITY_WRITE,
  'staffSessions.list': LIST,
  'auditEvents.list': LIST,
};

/** The codes operation `key` can answer, in a stable order. */
export function errorCodesOf(key: OperationKey): ErrorCode[] {
  const entry: PolicyEntry = POLICY[key];
  const codes = new Set<ErrorCode>(entry.who.public ? TRANSPORT : AUTHENTICATED);
  for (const code of SPECIFIC[key] ?? []) codes.add(code);
  if (entry.relations && entry.refusal) {
    codes.add(entry.refusal);
    for (const code of WORKFLOW) codes.add(code);
  }
  return [...codes].sort();
}

export function statusOf(code: ErrorCode): number {
  return ERROR_STATUS[code];
}
