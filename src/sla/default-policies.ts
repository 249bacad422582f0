/**
 * The DOMAIN §5 defaults as policy rows. They are data: operators change them through the API,
 * and this list is only what an empty `sla_policies` table starts with.
 */
import type { EntityManager } from 'typeorm';
import type { Limit } from './domain/deadline';
import type { SlaPolicyDefinition, StageLimits } from './domain/policy-terms';
import { insertPoliciesIfEmpty } from './sla-policy.repository';

const hours = (value: number): Limit => ({ unit: 'hours', value });
const workingDays = (value: number): Limit => ({ unit: 'working_days', value });

/** Applies to whatever no narrower policy matches; every other default starts from it. */
export const CATCH_ALL_POLICY: Readonly<SlaPolicyDefinition> = {
  name: 'default',
  kind: null,
  level: null,
  customerTier: null,
  businessType: null,
  priority: 100,
  stageLimits: {
    intake: hours(1),
    review: hours(4),
    sign_for: hours(1),
    handling: hours(24),
    cohandling: hours(24),
    feedback_review: hours(4),
    reply: hours(2),
    revisit: hours(7 * 24),
  },
  // Unset: every ticket gets its level's commitment (24 / 48 / 72 h) unless a narrower policy states one.
  commitment: null,
  // What every supervision order was given before policies carried the term (also the column's default).
  supervisionLimit: hours(2),
  warnRatio: 0.9,
  maxExtensions: 2,
};

type Criteria = Partial<Pick<SlaPolicyDefinition, 'kind' | 'level' | 'customerTier' | 'businessType'>>;

/** `base` with more criteria and some terms changed; stages not mentioned keep `base`'s limits. */
function narrow(
  base: SlaPolicyDefinition,
  name: string,
  criteria: Criteria,
  terms: { stageLimits?: Partial<StageLimits>; commitment?: Limit } = {},
): SlaPolicyDefinition {
  return {
    ...base,
    ...criteria,
    name,
    stageLimits: { ...base.stageLimits, ...terms.stageLimits },
    commitment: terms.commitment ?? base.commitment,
  };
}

const general = narrow(CATCH_ALL_POLICY, 'general', { level: 'general' }, { commitment: hours(24) });
const provincial = narrow(
  CATCH_ALL_POLICY,
  'provincial',
  { level: 'provincial' },
  { commitment: hours(48), stageLimits: { handling: hours(24) } },
);
const provincialVip = narrow(provincial, 'provincial VIP', { customerTier: 'vip' }, { stageLimits: { handling: hours(12) } });
const national = narrow(
  CATCH_ALL_POLICY,
  'national',
  { level: 'national' },
  { commitment: hours(72), stageLimits: { handling: hours(48) } },
);
const nationalVip = narrow(national, 'national VIP', { customerTier: 'vip' }, { stageLimits: { handling: hours(24) } });

const escalated = narrow(
  CATCH_ALL_POLICY,
  'escalated complaint',
  { kind: 'escalated_complaint' },
  { commitment: workingDays(7), stageLimits: { handling: workingDays(7) } },
);
const escalatedMobile = narrow(
  escalated,
  'escalated complaint mobile',
  { businessType: 'mobile' },
  { commitment: workingDays(3), stageLimits: { handling: workingDays(3) } },
);
const escalatedFixed = narrow(escalated, 'escalated complaint fixed', { businessType: 'fixed' });

const appeal = narrow(
  CATCH_ALL_POLICY,
  'appeal',
  { kind: 'appeal' },
  { commitment: workingDays(7), stageLimits: { review: hours(24), handling: hours(96), reply: hours(48) } },
);

/**
 * DOMAIN §3: a suggestion is analysed by the responsible department within one month (counted as 30
 * days), and the proposer is told the outcome within the month plus two days for the centre's review
 * and notice. A schedule the department reports replaces the month (the `report_analysis_schedule` command).
 */
const suggestion = narrow(
  CATCH_ALL_POLICY,
  'suggestion',
  { kind: 'suggestion' },
  { commitment: hours(32 * 24), stageLimits: { handling: hours(30 * 24) } },
);

/**
 * Specificity counts criteria before weighing them, so without these twins a VIP escalated
 * complaint, appeal or suggestion would match 'national VIP' (level + tier) over its kind's policy (kind
 * alone) and lose its kind's terms. DOMAIN §5 gives escalations, appeals and suggestions no
 * stricter VIP bound, so a twin carries its kind's terms unchanged.
 */
const vipTwin = (policy: SlaPolicyDefinition) => narrow(policy, `${policy.name} VIP`, { customerTier: 'vip' });

export const DEFAULT_SLA_POLICIES: readonly Readonly<SlaPolicyDefinition>[] = [
  CATCH_ALL_POLICY,
  general,
  provincial,
  provincialVip,
  national,
  nationalVip,
  escalated,
  escalatedMobile,
  escalatedFixed,
  appeal,
  suggestion,
  ...[escalated, escalatedMobile, escalatedFixed, appeal, suggestion].map(vipTwin),
];

/**
 * Inserts the defaults when `sla_policies` is empty and returns how many it inserted; a table holding
 * any row, even only disabled ones, belongs to the operator and is left alone.
 */
export function seedDefaultPolicies(manager: EntityManager): Promise<number> {
  return insertPoliciesIfEmpty(manager, DEFAULT_SLA_POLICIES);
}
