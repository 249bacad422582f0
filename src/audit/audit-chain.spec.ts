import { canonicalJson, chainHash, GENESIS_HASH, AuditRecord, asStoredJson } from './audit-chain';
import { maskForAudit, REDACTED } from './audit-masking';

const record = (over: Partial<AuditRecord> = {}): AuditRecord => ({
  occurredAt: new Date('2026-11-30T08:00:00.123Z'),
  operation: 'routingRules.update',
  category: 'routing_rules',
  outcome: 'success',
  actorKind: 'staff',
  actorId: 's1',
  actorUnitId: null,
  scopePath: '/n/ha/',
  address: '10.0.0.7',
  requestId: 'r1',
  targetType: 'routing_rule',
  targetId: 'rule-1',
  before: { priority: 1, name: 'a' },
  after: { name: 'a', priority: 2 },
  detail: null,
  ...over,
});

describe('audit chain', () => {
  it('serialises the same value to the same bytes whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: null, e: 'x' }], c: true } })).toBe('{"a":{"c":true,"d":[1,{"e":"x","f":null}]},"b":1}');
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });

  it('changes the hash when any field or the previous hash changes', () => {
    const base = chainHash(GENESIS_HASH, record());
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, record({ after: { priority: 2, name: 'a' } }))).toBe(base);
    for (const changed of [
      record({ after: { name: 'a', priority: 3 } }),
      record({ actorId: 's2' }),
      record({ address: '10.0.0.8' }),
      record({ occurredAt: new Date('2026-11-30T08:00:00.124Z') }),
      record({ outcome: 'failure' }),
    ]) {
      expect(chainHash(GENESIS_HASH, changed)).not.toBe(base);
    }
    expect(chainHash('f'.repeat(64), record())).not.toBe(base);
  });

  it('hashes a value as it will come back from jsonb', () => {
    const stored = asStoredJson({ at: new Date('2026-01-01T00:00:00Z'), gone: undefined });
    expect(stored).toEqual({ at: '2026-01-01T00:00:00.000Z' });
  });
});

describe('audit masking', () => {
  it('removes secrets and masks personal data, keeping the rest', () => {
    expect(
      maskForAudit({
        token: 'wos_abc',
        tokenInfo: { id: 't1', tokenPrefix: 'wos_ab' },
        secret: 's',
        customerPhone: '13812345678',
        customerName: '王芳',
        nested: [{ idNumber: '110101199001011234', priority: 3 }],
        name: 'rule',
      }),
    ).toEqual({
      token: REDACTED,
      tokenInfo: { id: 't1', tokenPrefix: 'wos_ab' },
      secret: REDACTED,
      customerPhone: '138******78',
      customerName: '**',
      nested: [{ idNumber: '110*************34', priority: 3 }],
      name: 'rule',
    });
  });
});
