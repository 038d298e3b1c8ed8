import { ALL_RULES, RuleId } from './rules';
import type { Severity } from './types';

export type { RuleId } from './rules';

/** Every rule's Vietnamese label (report, Kiểm tra sheet) and severity, by id (from the rules' meta). */
export const RULES = Object.fromEntries(ALL_RULES.map((r) => [r.meta.id, { label: r.meta.label, severity: r.meta.severity }])) as Record<
  RuleId,
  { label: string; severity: Severity }
>;

/** Vietnamese label per rule id. */
export const RULE_LABELS: Record<RuleId, string> = Object.fromEntries(ALL_RULES.map((r) => [r.meta.id, r.meta.label])) as Record<RuleId, string>;

/** The rule ids in report order (lead, time, resources, structure, tracking). */
export const RULE_IDS: RuleId[] = ALL_RULES.map((r) => r.meta.id);
