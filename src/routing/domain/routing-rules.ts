/**
 * Routing rules decide which unit a reviewed ticket is dispatched to. `auto` rules let the
 * service dispatch without a human; `suggest` rules only pre-fill the dispatcher's choice.
 * This module only ranks; acting on `mode` is the caller's job.
 */

export interface RoutingRule {
  id: string;
  /** Null criteria are wildcards. */
  provinceUnitId: string | null;
  businessType: string | null;
  nature: string | null;
  customerTier: string | null;
  targetUnitId: string;
  mode: 'auto' | 'suggest';
  /** Lower wins among equally specific rules. */
  priority: number;
  enabled: boolean;
}

export interface RoutingFacts {
  provinceUnitId: string;
  businessType: string;
  /** A ticket can carry several natures; a rule's nature matches if it is any of them. */
  natures: string[];
  customerTier: string;
}

export interface RoutingDecision {
  /** The best matching rule. */
  rule: RoutingRule;
  /** Matching rules best-first, `rule` included, so a dispatcher UI can offer alternatives. */
  suggestions: RoutingRule[];
}

export const MAX_ROUTING_SUGGESTIONS = 5;

export function ruleMatches(rule: RoutingRule, facts: RoutingFacts): boolean {
  return (
    rule.enabled &&
    (rule.provinceUnitId === null || rule.provinceUnitId === facts.provinceUnitId) &&
    (rule.businessType === null || rule.businessType === facts.businessType) &&
    (rule.nature === null || facts.natures.includes(rule.nature)) &&
    (rule.customerTier === null || rule.customerTier === facts.customerTier)
  );
}

/** Best = most non-null criteria, then lowest priority, then id (so equal rules never flip between runs). */
export function evaluateRouting(rules: RoutingRule[], facts: RoutingFacts): RoutingDecision | null {
  const ranked = rules.filter((rule) => ruleMatches(rule, facts)).sort(compareRules);
  if (ranked.length === 0) return null;
  return { rule: ranked[0], suggestions: ranked.slice(0, MAX_ROUTING_SUGGESTIONS) };
}

function compareRules(a: RoutingRule, b: RoutingRule): number {
  return specificity(b) - specificity(a) || a.priority - b.priority || compareIds(a.id, b.id);
}

function specificity(rule: RoutingRule): number {
  return [rule.provinceUnitId, rule.businessType, rule.nature, rule.customerTier].filter((c) => c !== null).length;
}

/** Code-unit order rather than localeCompare: the result must not depend on the server's locale. */
function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
