/**
 * Why the machine refuses a command, and what kind of refusal each reason is. Pure. The class
 * travels with the refusal, so the API's status (403 / 422 / 409) is read from the machine's
 * answer instead of from a list of codes kept beside it.
 */

/** forbidden: who acts may not; invalid: what was sent cannot be accepted; conflict: the ticket's state does not allow it now. */
export type RefusalClass = 'forbidden' | 'invalid' | 'conflict';

export const REFUSAL_CLASSES = {
  FORBIDDEN_ROLE: 'forbidden',
  NOT_OWNER: 'forbidden',
  NOT_DISPATCHER: 'forbidden',
  NOT_REVIEWER: 'forbidden',
  NOT_SUPERVISOR: 'forbidden',
  NOT_COHANDLER: 'forbidden',

  RETURN_TEXT_REQUIRED: 'invalid',
  REASON_REQUIRED: 'invalid',
  CAUSE_REQUIRED: 'invalid',
  CONCLUSION_REQUIRED: 'invalid',
  CONCLUSION_NOT_ALLOWED: 'invalid',
  RESPONSIBILITY_REQUIRED: 'invalid',
  COMPANY_POSITION_REQUIRED: 'invalid',
  INVALID_TARGET: 'invalid',
  TARGET_OUT_OF_SCOPE: 'invalid',
  INVALID_EXTENSION: 'invalid',
  INVALID_DUE: 'invalid',
  COHANDLING_DUE_AFTER_LEAD: 'invalid',
  LEVEL_UNCHANGED: 'invalid',
  SUGGESTION_ONLY: 'invalid',
  ANALYSIS_REQUIRED: 'invalid',
  EFFECTIVE_DATE_REQUIRED: 'invalid',
  EFFECTIVE_DATE_NOT_ALLOWED: 'invalid',

  TICKET_ARCHIVED: 'conflict',
  INVALID_TRANSITION: 'conflict',
  COHANDLING_EXISTS: 'conflict',
  COHANDLING_NOT_FOUND: 'conflict',
  COHANDLING_OPEN: 'conflict',
  DEADLINE_PASSED: 'conflict',
  EXTENSION_LIMIT: 'conflict',
  EXTENSION_PENDING: 'conflict',
  NO_PENDING_EXTENSION: 'conflict',
  SCHEDULE_ALREADY_REPORTED: 'conflict',
} as const satisfies Record<string, RefusalClass>;

export type RefusalCode = keyof typeof REFUSAL_CLASSES;

export const REFUSAL_CODES = Object.keys(REFUSAL_CLASSES) as RefusalCode[];

const HTTP_STATUS: Record<RefusalClass, number> = { forbidden: 403, invalid: 422, conflict: 409 };

/** The HTTP status of a refusal class (RFC 9457 problem+json). */
export function refusalHttpStatus(refusalClass: RefusalClass): number {
  return HTTP_STATUS[refusalClass];
}
