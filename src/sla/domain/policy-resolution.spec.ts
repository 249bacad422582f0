import { DEFAULT_SLA_POLICIES } from '../default-policies';
import type { Limit } from './deadline';
import { PolicyFacts } from './policy-match';
import { LEVEL_COMMITMENTS, resolveTerms } from './policy-resolution';
import { SlaPolicyDefinition } from './policy-terms';

const hours = (value: number): Limit => ({ unit: 'hours', value });
const wd = (value: number): Limit => ({ unit: 'working_days', value });
const [catchAll] = DEFAULT_SLA_POLICIES;

const candidatesOf = (policies: readonly SlaPolicyDefinition[]) =>
  policies.map((policy) => ({ policy, criteria: policy, priority: policy.priority }));
const defaults = candidatesOf(DEFAULT_SLA_POLICIES);
const mobileLine = (bt: string) => (['gsm', 'wcdma', 'lte'].includes(bt) ? [bt, 'mobile'] : [bt]);

function facts(over: Partial<PolicyFacts>): PolicyFacts {
  const f = { kind: 'complaint', level: 'provincial', customerTier: 'normal', businessType: 'broadband', ...over };
  return { ...f, businessTypeLineage: mobileLine(f.businessType) };
}

/** An operator-made policy: the catch-all's terms with some changed. */
function made(name: string, criteria: Partial<SlaPolicyDefinition>, terms: Partial<SlaPolicyDefinition> = {}): SlaPolicyDefinition {
  return { ...catchAll, kind: null, level: null, customerTier: null, businessType: null, ...criteria, ...terms, name };
}

describe('resolveTerms: policies follow the taxonomy', () => {
  it.each(['gsm', 'wcdma', 'lte'])('an escalated %s complaint is a mobile complaint: 3 working days, not 7', (businessType) => {
    const terms = resolveTerms(defaults, facts({ kind: 'escalated_complaint', level: 'national', businessType }), catchAll);
    expect(terms.policy.name).toBe('escalated complaint mobile');
    expect(terms.stageLimits.handling).toEqual(wd(3));
    expect(terms.commitment).toEqual(wd(3));
  });

  it('a sub-type of another line stays with the general escalation terms', () => {
    const terms = resolveTerms(defaults, facts({ kind: 'escalated_complaint', level: 'national', businessType: 'broadband' }), catchAll);
    expect(terms.policy.name).toBe('escalated complaint');
    expect(terms.commitment).toEqual(wd(7));
  });
});

describe("resolveTerms: the level's commitment", () => {
  it.each([
    ['general', hours(24)],
    ['provincial', hours(48)],
    ['national', hours(72)],
  ] as const)('a %s ticket matched only by a policy without a commitment gets %j', (level, commitment) => {
    const broadband = made(
      'broadband handling',
      { businessType: 'broadband' },
      { commitment: null, stageLimits: { ...catchAll.stageLimits, handling: hours(10) } },
    );
    const terms = resolveTerms(candidatesOf([catchAll, broadband]), facts({ level }), catchAll);
    expect(terms.policy.name).toBe('broadband handling');
    expect(terms.stageLimits.handling).toEqual(hours(10));
    expect(terms.commitment).toEqual(commitment);
    expect(LEVEL_COMMITMENTS[level]).toEqual(commitment);
    expect(terms.notes.commitment).toBe(`the ${level} level's commitment`);
  });

  it('a policy that states its own commitment keeps it, longer or shorter than the level', () => {
    const own = made('broadband 96 h', { businessType: 'broadband' }, { commitment: hours(96) });
    const terms = resolveTerms(candidatesOf([catchAll, own]), facts({ level: 'general' }), catchAll);
    expect(terms.commitment).toEqual(hours(96));
    expect(terms.notes.commitment).toBeUndefined();
  });
});

describe('resolveTerms: the VIP bound', () => {
  const normal = made(
    'national',
    { level: 'national' },
    { commitment: hours(72), stageLimits: { ...catchAll.stageLimits, handling: hours(48) } },
  );
  const sloppyVip = made(
    'national VIP (mistyped)',
    { level: 'national', customerTier: 'vip' },
    { commitment: hours(96), stageLimits: { ...catchAll.stageLimits, handling: hours(60), review: hours(2) } },
  );

  it("caps every VIP limit at the normal customer's for the same ticket, and says why", () => {
    const terms = resolveTerms(candidatesOf([catchAll, normal, sloppyVip]), facts({ level: 'national', customerTier: 'vip' }), catchAll);
    expect(terms.policy.name).toBe('national VIP (mistyped)');
    expect(terms.stageLimits.handling).toEqual(hours(48));
    expect(terms.commitment).toEqual(hours(72));
    expect(terms.notes.handling).toContain("VIP bound: no longer than policy 'national'");
    // A stricter VIP limit stays as it is.
    expect(terms.stageLimits.review).toEqual(hours(2));
    expect(terms.notes.review).toBeUndefined();
  });

  it("caps a VIP's time to answer a supervision order at the normal customer's, and says why", () => {
    const normalOrders = made('national', { level: 'national' }, { supervisionLimit: hours(2) });
    const slowVip = made('national VIP', { level: 'national', customerTier: 'vip' }, { supervisionLimit: hours(8) });
    const quickVip = made('national VIP', { level: 'national', customerTier: 'vip' }, { supervisionLimit: hours(1) });
    const vipFacts = facts({ level: 'national', customerTier: 'vip' });
    const capped = resolveTerms(candidatesOf([catchAll, normalOrders, slowVip]), vipFacts, catchAll);
    expect(capped.supervisionLimit).toEqual(hours(2));
    expect(capped.notes.supervisionLimit).toContain("VIP bound: no longer than policy 'national'");
    const kept = resolveTerms(candidatesOf([catchAll, normalOrders, quickVip]), vipFacts, catchAll);
    expect(kept.supervisionLimit).toEqual(hours(1));
    expect(kept.notes.supervisionLimit).toBeUndefined();
  });

  it('the chosen policy sets the time to answer a supervision order, along the taxonomy line', () => {
    const mobileOrders = made('mobile orders', { businessType: 'mobile' }, { supervisionLimit: hours(4) });
    const terms = resolveTerms(candidatesOf([catchAll, mobileOrders]), facts({ businessType: 'lte' }), catchAll);
    expect(terms.supervisionLimit).toEqual(hours(4));
    expect(resolveTerms(candidatesOf([catchAll, mobileOrders]), facts({ businessType: 'broadband' }), catchAll).supervisionLimit).toEqual(
      catchAll.supervisionLimit,
    );
  });

  it('compares working days as 24 counted hours each', () => {
    const escalated = made('esc', { kind: 'escalated_complaint' }, { commitment: wd(3) });
    const escalatedVip = made('esc VIP', { kind: 'escalated_complaint', customerTier: 'vip' }, { commitment: hours(96) });
    const terms = resolveTerms(
      candidatesOf([catchAll, escalated, escalatedVip]),
      facts({ kind: 'escalated_complaint', customerTier: 'vip' }),
      catchAll,
    );
    expect(terms.commitment).toEqual(wd(3));
  });

  it('the defaults already satisfy it: resolution changes no VIP default', () => {
    for (const f of [
      { level: 'provincial' },
      { level: 'national' },
      { kind: 'escalated_complaint', level: 'national', businessType: 'gsm' },
      { kind: 'appeal', level: 'national' },
    ]) {
      const vip = resolveTerms(defaults, facts({ ...f, customerTier: 'vip' }), catchAll);
      const normal = resolveTerms(defaults, facts({ ...f, customerTier: 'normal' }), catchAll);
      for (const note of Object.values(vip.notes)) expect(note).not.toContain('VIP bound');
      expect(vip.commitment).toEqual(normal.commitment);
    }
  });
});
