import { createHash } from 'node:crypto';

/** The hash the first row of the chain points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** The columns of an audit row that its hash covers: everything but the row id and the hashes. */
export interface AuditRecord {
  occurredAt: Date;
  operation: string;
  category: string;
  outcome: 'success' | 'failure';
  actorKind: string | null;
  actorId: string | null;
  actorUnitId: string | null;
  scopePath: string | null;
  address: string | null;
  requestId: string | null;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  detail: unknown;
}

/**
 * JSON with object keys sorted at every level and no insignificant whitespace, so the same value
 * serialises to the same bytes whatever order Postgres' jsonb gives its keys back in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A JSON value as jsonb will give it back: dates as ISO strings, undefined members gone. */
export function asStoredJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/** sha256 over the previous row's hash and the canonical serialisation of this row. */
export function chainHash(prevHash: string, record: AuditRecord): string {
  const body = canonicalJson({
    occurredAt: record.occurredAt.toISOString(),
    operation: record.operation,
    category: record.category,
    outcome: record.outcome,
    actorKind: record.actorKind,
    actorId: record.actorId,
    actorUnitId: record.actorUnitId,
    scopePath: record.scopePath,
    address: record.address,
    requestId: record.requestId,
    targetType: record.targetType,
    targetId: record.targetId,
    before: record.before ?? null,
    after: record.after ?? null,
    detail: record.detail ?? null,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
