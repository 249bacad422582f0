import { RoutingFacts, RoutingRule, evaluateRouting } from './routing-rules';

const facts: RoutingFacts = {
  provinceUnitId: 'prov-gd',
  businessType: 'broadband',
  natures: ['billing', 'network_quality'],
  customerTier: 'vip',
};

function rule(id: string, overrides: Partial<RoutingRule> = {}): RoutingRule {
  return {
    id,
    provinceUnitId: null,
    businessType: null,
    nature: null,
    customerTier: null,
    targetUnitId: `unit-${id}`,
    mode: 'suggest',
    priority: 100,
    enabled: true,
    ...overrides,
  };
}

const ids = (rules: RoutingRule[]) => rules.map((r) => r.id);

describe('evaluateRouting', () => {
  it('returns null when there are no rules or none match', () => {
    expect(evaluateRouting([], facts)).toBeNull();
    const others = [rule('a', { provinceUnitId: 'prov-bj' }), rule('b', { businessType: 'mobile' }), rule('c', { nature: 'fraud' })];
    expect(evaluateRouting(others, facts)).toBeNull();
  });

  it('a catch-all rule matches everything', () => {
    expect(evaluateRouting([rule('all')], facts)?.rule.id).toBe('all');
  });

  it('requires every non-null criterion to match', () => {
    const result = evaluateRouting(
      [
        rule('partial', { provinceUnitId: 'prov-gd', businessType: 'mobile' }),
        rule('ok', { provinceUnitId: 'prov-gd', customerTier: 'vip' }),
      ],
      facts,
    );
    expect(ids(result!.suggestions)).toEqual(['ok']);
  });

  it('nature matches when it is any of the ticket natures', () => {
    expect(evaluateRouting([rule('n', { nature: 'network_quality' })], facts)?.rule.id).toBe('n');
    expect(evaluateRouting([rule('n', { nature: 'billing' })], facts)?.rule.id).toBe('n');
    expect(evaluateRouting([rule('n', { nature: 'fraud' })], facts)).toBeNull();
    expect(evaluateRouting([rule('n', { nature: 'billing' })], { ...facts, natures: [] })).toBeNull();
  });

  it('disabled rules never match, however specific', () => {
    const exact = { provinceUnitId: 'prov-gd', businessType: 'broadband', nature: 'billing', customerTier: 'vip' };
    const rules = [rule('exact', { ...exact, enabled: false, priority: 0 }), rule('broad')];
    const result = evaluateRouting(rules, facts);
    expect(result?.rule.id).toBe('broad');
    expect(ids(result!.suggestions)).toEqual(['broad']);
    expect(evaluateRouting([rules[0]], facts)).toBeNull();
  });

  it('orders by specificity, then priority, then id', () => {
    const rules = [
      rule('catch-all', { priority: 0 }),
      rule('prov-p5', { provinceUnitId: 'prov-gd', priority: 5 }),
      rule('prov-p1', { provinceUnitId: 'prov-gd', priority: 1 }),
      rule('tier-b', { customerTier: 'vip', priority: 1 }),
      rule('prov+type', { provinceUnitId: 'prov-gd', businessType: 'broadband', priority: 50 }),
      rule('full', {
        provinceUnitId: 'prov-gd',
        businessType: 'broadband',
        nature: 'network_quality',
        customerTier: 'vip',
        mode: 'auto',
        priority: 999,
      }),
      rule('tier-a', { customerTier: 'vip', priority: 1 }),
    ];
    const result = evaluateRouting(rules, facts)!;
    expect(result.rule.id).toBe('full');
    expect(result.rule.mode).toBe('auto');
    expect(ids(result.suggestions)).toEqual(['full', 'prov+type', 'prov-p1', 'tier-a', 'tier-b']);
  });

  it('caps suggestions at 5 and includes the best rule first', () => {
    const rules = Array.from({ length: 8 }, (_, i) => rule(`r${i}`, { priority: 8 - i }));
    const result = evaluateRouting(rules, facts)!;
    expect(result.rule.id).toBe('r7');
    expect(ids(result.suggestions)).toEqual(['r7', 'r6', 'r5', 'r4', 'r3']);
  });

  it('is independent of input order and does not mutate the input', () => {
    const rules = [rule('b', { priority: 1 }), rule('a', { priority: 1 }), rule('c', { nature: 'billing', priority: 9 })];
    const snapshot = ids(rules);
    const forward = evaluateRouting(rules, facts)!;
    const backward = evaluateRouting([...rules].reverse(), facts)!;
    expect(ids(forward.suggestions)).toEqual(['c', 'a', 'b']);
    expect(ids(backward.suggestions)).toEqual(ids(forward.suggestions));
    expect(ids(rules)).toEqual(snapshot);
  });
});
