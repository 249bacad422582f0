/**
 * What an audit row may keep of a record. Secrets never (the row would become a way to read them);
 * personal data only masked, enough to tell two values apart when comparing before and after.
 */
const SECRET_KEY =
  /^(token|apiKey|secret|password|temporaryPassword|currentPassword|newPassword|csrfToken|keyHash|tokenHash|secretHash|csrfHash|passwordHash|oidcIdToken|idToken)$/i;
const PERSONAL_KEY = /phone|mobile|idNumber|idCard|email|customerName|address$/i;

export const REDACTED = '[REDACTED]';

/** Keeps the first and last character of short values, the first three and last two of longer ones. */
export function maskText(value: string): string {
  if (value.length <= 2) return '*'.repeat(value.length);
  if (value.length <= 6) return `${value[0]}${'*'.repeat(value.length - 2)}${value[value.length - 1]}`;
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 5)}${value.slice(-2)}`;
}

export function maskForAudit(value: unknown, key = ''): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (key && SECRET_KEY.test(key)) return REDACTED;
  if (Array.isArray(value)) return value.map((v) => maskForAudit(v, key));
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskForAudit(v, k)]));
  }
  if (typeof value === 'string' && key && PERSONAL_KEY.test(key)) return maskText(value);
  return value;
}
