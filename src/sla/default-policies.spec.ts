import { TICKET_KINDS, TICKET_LEVELS } from '../tickets/domain/ticket.types';
import { CUSTOMER_TIERS } from '../common/vocabulary';
import { CATCH_ALL_POLICY, DEFAULT_SLA_POLICIES } from './default-policies';
import { Limit } from './domain/deadline';
import { PolicyFacts, selectMostSpecific } from './domain/policy-match';
import { LIMITED_STAGE_KINDS, SlaPolicyDefinition, isCatchAll } from './domain/policy-terms';

const hours = (value: number): Limit => ({ unit: 'hours', value });
const wd = (value: number): Limit => ({ unit: 'working_days', value });

/** Resolution as SlaPolicyService runs it, over the defaults in seed order. */
function resolve(facts: Partial<PolicyFacts>): SlaPolicyDefinition {
  const candidates = DEFAULT_SLA_POLICIES.map((policy) => ({ policy, criteria: policy, priority: policy.priority }));
  const full: PolicyFacts = { kind: 'complaint', level: 'provincial', customerTier: 'normal', businessType: 'broadband', ...facts };
  const chosen = selectMostSpecific(candidates, full);
  if (!chosen) throw new Error(`nothing matches ${JSON.stringify(full)}`);
  return chosen.policy;
}

describe('DEFAULT_SLA_POLICIES', () => {
  it.each(DEFAULT_SLA_POLICIES.map((p) => [p.name, p]))('%s has a valid limit for every stage kind', (_name, policy) => {
    expect(Object.keys(policy.stageLimits).sort()).toEqual([...LIMITED_STAGE_KINDS].sort());
    for (const limit of [...Object.values(policy.stageLimits), ...(policy.commitment ? [policy.commitment] : [])]) {
      expect(['hours', 'working_days']).toContain(limit.unit);
      expect(limit.value).toBeGreaterThan(0);
    }
    expect(policy.warnRatio).toBeGreaterThan(0);
    expect(policy.warnRatio).toBeLessThanOrEqual(1);
  });

  it('has unique names and exactly one catch-all', () => {
    const names = DEFAULT_SLA_POLICIES.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(DEFAULT_SLA_POLICIES.filter(isCatchAll)).toEqual([CATCH_ALL_POLICY]);
  });

  it('catch-all carries the DOMAIN §5 stage defaults and leaves the commitment to the level', () => {
    expect(CATCH_ALL_POLICY).toMatchObject({
      stageLimits: {
        intake: hours(1),
        review: hours(4),
        sign_for: hours(1),
        handling: hours(24),
        cohandling: hours(24),
        feedback_review: hours(4),
        reply: hours(2),
        revisit: hours(168),
      },
      commitment: null,
      warnRatio: 0.9,
      maxExtensions: 2,
    });
  });
});

describe('resolution over the defaults', () => {
  it.each([
    ['general', { level: 'general' }, 'general', hours(24), hours(24)],
    ['provincial', { level: 'provincial' }, 'provincial', hours(24), hours(48)],
    ['provincial VIP', { level: 'provincial', customerTier: 'vip' }, 'provincial VIP', hours(12), hours(48)],
    ['national', { level: 'national' }, 'national', hours(48), hours(72)],
    ['national VIP', { level: 'national', customerTier: 'vip' }, 'national VIP', hours(24), hours(72)],
    [
      'escalated mobile',
      { kind: 'escalated_complaint', level: 'national', businessType: 'mobile' },
      'escalated complaint mobile',
      wd(3),
      wd(3),
    ],
    ['escalated fixed', { kind: 'escalated_complaint', businessType: 'fixed' }, 'escalated complaint fixed', wd(7), wd(7)],
    ['escalated other', { kind: 'escalated_complaint', businessType: 'broadband' }, 'escalated complaint', wd(7), wd(7)],
    [
      'escalated VIP national',
      { kind: 'escalated_complaint', level: 'national', customerTier: 'vip' },
      'escalated complaint VIP',
      wd(7),
      wd(7),
    ],
    [
      'escalated mobile VIP',
      { kind: 'escalated_complaint', level: 'national', customerTier: 'vip', businessType: 'mobile' },
      'escalated complaint mobile VIP',
      wd(3),
      wd(3),
    ],
    ['appeal', { kind: 'appeal', level: 'national' }, 'appeal', hours(96), wd(7)],
    ['appeal VIP', { kind: 'appeal', level: 'national', customerTier: 'vip' }, 'appeal VIP', hours(96), wd(7)],
    // DOMAIN §3: analysed within a month (30 days), the proposer told within the month and two days.
    ['suggestion', { kind: 'suggestion', level: 'general' }, 'suggestion', hours(720), hours(768)],
    [
      'suggestion VIP provincial',
      { kind: 'suggestion', level: 'provincial', customerTier: 'vip' },
      'suggestion VIP',
      hours(720),
      hours(768),
    ],
  ] as const)('%s', (_label, facts, name, handling, commitment) => {
    const policy = resolve(facts);
    expect(policy.name).toBe(name);
    expect(policy.stageLimits.handling).toEqual(handling);
    expect(policy.commitment).toEqual(commitment);
  });

  it('appeals keep their review and reply terms', () => {
    expect(resolve({ kind: 'appeal', customerTier: 'vip' }).stageLimits).toMatchObject({ review: hours(24), reply: hours(48) });
  });

  it('narrower policies inherit the stages they do not change', () => {
    expect(resolve({ level: 'national', customerTier: 'vip' }).stageLimits.review).toEqual(hours(4));
    expect(resolve({ kind: 'escalated_complaint', businessType: 'mobile' }).stageLimits.revisit).toEqual(hours(168));
  });

  it('an escalated complaint, appeal or suggestion always gets its own kind, whatever its level and customer tier', () => {
    for (const kind of ['escalated_complaint', 'appeal', 'suggestion'] as const) {
      for (const level of TICKET_LEVELS) {
        for (const customerTier of CUSTOMER_TIERS) {
          for (const businessType of ['mobile', 'fixed', 'broadband']) {
            expect(resolve({ kind, level, customerTier, businessType }).kind).toBe(kind);
          }
        }
      }
    }
  });

  it('every combination of facts resolves to some default', () => {
    for (const kind of TICKET_KINDS) {
      for (const level of TICKET_LEVELS) {
        for (const customerTier of CUSTOMER_TIERS) {
          expect(() => resolve({ kind, level, customerTier })).not.toThrow();
        }
      }
    }
  });
});
