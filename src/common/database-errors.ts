/**
 * What a failed database call means for the caller. Errors caused by what the caller sent are
 * 4xx; a database that is away, restarting or aborting transactions against each other is a 503
 * the caller may retry (with Retry-After), never a 500.
 */
export interface DatabaseFailure {
  status: 400 | 409 | 422 | 503;
  code: string;
  detail: string;
}

/** Seconds a client should wait before retrying a 503 caused by the database. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

const BY_SQLSTATE: Record<string, DatabaseFailure> = {
  '22P02': { status: 400, code: 'INVALID_VALUE', detail: 'a value has the wrong format for its field' },
  '22021': { status: 400, code: 'INVALID_TEXT', detail: 'text contains a byte sequence that is not valid UTF-8' },
  '22P05': { status: 400, code: 'INVALID_TEXT', detail: 'text contains a character that cannot be stored (such as NUL)' },
  '22008': { status: 400, code: 'INVALID_VALUE', detail: 'a date or time is out of range' },
  '22007': { status: 400, code: 'INVALID_VALUE', detail: 'a date or time has the wrong format' },
  '22003': { status: 400, code: 'INVALID_VALUE', detail: 'a number is out of range' },
  '22001': { status: 400, code: 'INVALID_VALUE', detail: 'a text value is too long' },
  '23502': { status: 400, code: 'INVALID_VALUE', detail: 'a required value is missing' },
  '23505': { status: 409, code: 'DUPLICATE', detail: 'a record with the same unique key exists' },
  '23503': { status: 422, code: 'REFERENCE_VIOLATION', detail: 'a referenced record is missing or still in use' },
  '23514': { status: 422, code: 'CONSTRAINT_VIOLATION', detail: 'the change breaks a rule of the stored data' },
  '40001': { status: 503, code: 'TRANSACTION_CONFLICT', detail: 'the change collided with concurrent changes; retry it' },
  '40P01': { status: 503, code: 'TRANSACTION_CONFLICT', detail: 'the change collided with concurrent changes; retry it' },
  '55P03': { status: 503, code: 'TRANSACTION_CONFLICT', detail: 'a record is locked by another change; retry it' },
  '57014': { status: 503, code: 'DATABASE_BUSY', detail: 'the database took too long to answer; retry it' },
};

const UNAVAILABLE: DatabaseFailure = {
  status: 503,
  code: 'DATABASE_UNAVAILABLE',
  detail: 'the database is unavailable; retry shortly',
};

const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
/** Messages node-postgres and its pool give without a code when a connection is lost or never made. */
const LOST_CONNECTION =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed|not queryable/i;

/** The SQLSTATE or socket error code of an error as pg, TypeORM (QueryFailedError) or net raise it. */
function codesOf(err: unknown): string[] {
  const codes: string[] = [];
  const visit = (e: unknown, depth: number) => {
    if (typeof e !== 'object' || e === null || depth > 3) return;
    const { code, driverError, errors, cause } = e as { code?: unknown; driverError?: unknown; errors?: unknown; cause?: unknown };
    if (typeof code === 'string') codes.push(code);
    visit(driverError, depth + 1);
    visit(cause, depth + 1);
    if (Array.isArray(errors)) errors.slice(0, 4).forEach((x) => visit(x, depth + 1));
  };
  visit(err, 0);
  return codes;
}

/** A deadlock victim or serialization failure: nothing was written and the same transaction may simply run again. */
export function isTransientConflict(err: unknown): boolean {
  return codesOf(err).some((c) => c === '40001' || c === '40P01');
}

/** The caller-facing meaning of a database failure, or null when the error did not come from the database. */
export function databaseFailure(err: unknown): DatabaseFailure | null {
  const codes = codesOf(err);
  for (const code of codes) {
    if (BY_SQLSTATE[code]) return BY_SQLSTATE[code];
    // 08: connection exceptions; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now; 53: out of resources.
    if (code.startsWith('08') || /^57P0[1-3]$/.test(code) || code.startsWith('53') || SOCKET_CODES.has(code)) return UNAVAILABLE;
  }
  const message = err instanceof Error ? err.message : '';
  if (LOST_CONNECTION.test(message)) return UNAVAILABLE;
  return null;
}
