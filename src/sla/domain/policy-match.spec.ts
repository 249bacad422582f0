import { PolicyCriteria, PolicyFacts, matchesPolicy, rankMatches, refinedBy, selectMostSpecific } from './policy-match';

const facts: PolicyFacts = { kind: 'complaint', level: 'national', customerTier: 'vip', businessType: 'mobile' };

function policy(name: string, criteria: Partial<PolicyCriteria>, priority?: number) {
  return {
    name,
    priority,
    criteria: { kind: null, level: null, customerTier: null, businessType: null, ...criteria },
  };
}

const names = (p: { name: string } | null) => p?.name ?? null;

describe('matchesPolicy', () => {
  it('treats null as a wildcard and requires equality otherwise', () => {
    expect(matchesPolicy(policy('any', {}).criteria, facts)).toBe(true);
    expect(matchesPolicy(policy('n', { level: 'national' }).criteria, facts)).toBe(true);
    expect(matchesPolicy(policy('p', { level: 'provincial' }).criteria, facts)).toBe(false);
    const all = policy('all', { kind: 'complaint', level: 'national', customerTier: 'vip', businessType: 'mobile' });
    expect(matchesPolicy(all.criteria, facts)).toBe(true);
  });
});

describe('selectMostSpecific', () => {
  it('returns null for no candidates or no match', () => {
    expect(selectMostSpecific([], facts)).toBeNull();
    const others = [policy('p', { level: 'provincial' }), policy('a', { kind: 'appeal' })];
    expect(selectMostSpecific(others, facts)).toBeNull();
  });

  it('falls back to the all-wildcard default', () => {
    const candidates = [policy('default', {}), policy('p', { level: 'provincial' })];
    expect(names(selectMostSpecific(candidates, facts))).toBe('default');
  });

  it('prefers more non-null criteria regardless of input order', () => {
    const candidates = [
      policy('default', {}),
      policy('national', { level: 'national' }),
      policy('national-vip', { level: 'national', customerTier: 'vip' }),
      policy('national-regular', { level: 'national', customerTier: 'regular' }),
    ];
    expect(names(selectMostSpecific(candidates, facts))).toBe('national-vip');
    expect(names(selectMostSpecific([...candidates].reverse(), facts))).toBe('national-vip');
  });

  it('more criteria beat a heavier single criterion (count first, weights only break ties)', () => {
    const candidates = [policy('kind', { kind: 'complaint' }), policy('tier+type', { customerTier: 'vip', businessType: 'mobile' })];
    expect(names(selectMostSpecific(candidates, facts))).toBe('tier+type');
  });

  it.each([
    ['kind over level', { kind: 'complaint' }, { level: 'national' }],
    ['level over customerTier', { level: 'national' }, { customerTier: 'vip' }],
    ['customerTier over businessType', { customerTier: 'vip' }, { businessType: 'mobile' }],
    [
      'kind+businessType over level+customerTier',
      { kind: 'complaint', businessType: 'mobile' },
      { level: 'national', customerTier: 'vip' },
    ],
  ])('equal counts: %s', (_label, winner, loser) => {
    const candidates = [policy('loser', loser, 0), policy('winner', winner, 99)];
    expect(names(selectMostSpecific(candidates, facts))).toBe('winner');
    expect(names(selectMostSpecific([...candidates].reverse(), facts))).toBe('winner');
  });

  it('equally specific on the same criteria: lower priority wins', () => {
    const candidates = [
      policy('p10', { level: 'national' }, 10),
      policy('p1', { level: 'national' }, 1),
      policy('p5', { level: 'national' }, 5),
    ];
    expect(names(selectMostSpecific(candidates, facts))).toBe('p1');
  });

  it('a missing priority ranks after any explicit priority', () => {
    const candidates = [policy('none', { level: 'national' }), policy('p1000', { level: 'national' }, 1000)];
    expect(names(selectMostSpecific(candidates, facts))).toBe('p1000');
  });

  it('a full tie keeps the first candidate', () => {
    const candidates = [policy('first', { level: 'national' }, 1), policy('second', { level: 'national' }, 1)];
    expect(names(selectMostSpecific(candidates, facts))).toBe('first');
  });

  it('priority never overrides specificity', () => {
    const candidates = [policy('broad', { level: 'national' }, -100), policy('narrow', { level: 'national', businessType: 'mobile' }, 100)];
    expect(names(selectMostSpecific(candidates, facts))).toBe('narrow');
  });
});

describe('business types follow the taxonomy hierarchy', () => {
  const gsm: PolicyFacts = { ...facts, businessType: 'gsm', businessTypeLineage: ['gsm', 'mobile'] };

  it('a policy naming a business type covers its sub-types', () => {
    expect(matchesPolicy(policy('mobile', { businessType: 'mobile' }).criteria, gsm)).toBe(true);
    expect(matchesPolicy(policy('fixed', { businessType: 'fixed' }).criteria, gsm)).toBe(false);
    // Without a lineage only the exact business type matches.
    expect(matchesPolicy(policy('mobile', { businessType: 'mobile' }).criteria, { ...facts, businessType: 'gsm' })).toBe(false);
  });

  it('an escalated gsm complaint gets the mobile escalation policy, not the escalation catch-all', () => {
    const candidates = [
      policy('escalated', { kind: 'escalated_complaint' }),
      policy('escalated mobile', { kind: 'escalated_complaint', businessType: 'mobile' }),
    ];
    const escalatedGsm = { ...gsm, kind: 'escalated_complaint' };
    expect(names(selectMostSpecific(candidates, escalatedGsm))).toBe('escalated mobile');
    expect(names(selectMostSpecific([...candidates].reverse(), escalatedGsm))).toBe('escalated mobile');
  });

  it('the nearer business type in the line is the more specific, whatever the priorities', () => {
    const candidates = [policy('mobile', { businessType: 'mobile' }, 0), policy('gsm', { businessType: 'gsm' }, 50)];
    expect(names(selectMostSpecific(candidates, gsm))).toBe('gsm');
    expect(rankMatches(candidates, gsm).map((p) => p.name)).toEqual(['gsm', 'mobile']);
  });
});

describe('refinedBy: the policy a new one refines', () => {
  const lineageOf = (bt: string) => (['gsm', 'wcdma', 'lte'].includes(bt) ? [bt, 'mobile'] : [bt]);
  const criteria = (c: Partial<PolicyCriteria>): PolicyCriteria => ({
    kind: null,
    level: null,
    customerTier: null,
    businessType: null,
    ...c,
  });
  const existing = [
    policy('default', {}),
    policy('national', { level: 'national' }),
    policy('escalated', { kind: 'escalated_complaint' }),
    policy('escalated mobile', { kind: 'escalated_complaint', businessType: 'mobile' }),
    policy('escalated VIP', { kind: 'escalated_complaint', customerTier: 'vip' }),
  ];

  it('is the most specific existing policy covering every ticket the new one covers', () => {
    expect(names(refinedBy(existing, criteria({ kind: 'escalated_complaint', businessType: 'gsm' }), lineageOf))).toBe('escalated mobile');
    expect(names(refinedBy(existing, criteria({ kind: 'escalated_complaint', businessType: 'broadband' }), lineageOf))).toBe('escalated');
    expect(names(refinedBy(existing, criteria({ level: 'national', customerTier: 'vip' }), lineageOf))).toBe('national');
  });

  it('never a policy narrower on a criterion the new one leaves open', () => {
    // A new policy for any escalated complaint is not covered by the mobile or VIP ones.
    expect(names(refinedBy(existing, criteria({ kind: 'escalated_complaint', level: 'national' }), lineageOf))).toBe('escalated');
    expect(names(refinedBy(existing, criteria({ businessType: 'gsm' }), lineageOf))).toBe('default');
  });

  it('nothing when no policy is general enough', () => {
    expect(refinedBy(existing.slice(1), criteria({ businessType: 'gsm' }), lineageOf)).toBeNull();
  });
});
