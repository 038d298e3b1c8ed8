/**
 * The reviewers' check: chủ trì, thời gian, nguồn lực and structure of every appendix table.
 *
 *   validateProgramme(importProgramme(text), { profile: 'auto' }) → { findings, summary }
 *
 * One module per rule (rules/, listed in rules/index.ts): `{ meta, scope, check }`, as ESLint
 * shapes its rules. Rules of one family read what one walk of the table found (lead.ts, time.ts,
 * resources.ts, structure.ts, through ctx.memo), so a table is still walked once per family.
 * Host-free.
 */
import { builtinCatalogue } from '../agencies';
import type { Programme } from '../model';
import { TableContext } from './context';
import { RULE_IDS, RULES } from './labels';
import { LeadResolver } from './leadMatch';
import { requiredColumns, ValidateOptions } from './options';
import type { Messages, Rule } from './rule';
import { PROGRAMME_RULES, TABLE_RULES } from './rules';
import { deriveIssuedOn, deriveTerm } from './term';
import type { Finding, ValidationReport, ValidationSummary } from './types';

export type { Finding, Severity, ValidationReport, ValidationSummary } from './types';
export type { ValidateOptions, ValidationProfile } from './options';
export { PROFILES, requiredColumns } from './options';
export { RULE_IDS, RULE_LABELS, RULES } from './labels';
export type { RuleId } from './labels';
export { ALL_RULES } from './rules';
export type { Rule, RuleMeta } from './rule';
export { deriveIssuedOn, deriveTerm } from './term';

/**
 * Every table rule on every table, then the programme rules; findings sorted by table, line and
 * rule order (RULE_IDS), with the summary. `options`: see ValidateOptions (catalogue: the built-in
 * one when absent; term and issuedOn derived from the document when absent).
 */
export function validateProgramme(programme: Programme, options: ValidateOptions = {}): ValidationReport {
  return validateWith(PROGRAMME_ORDER, programme, options);
}

const PROGRAMME_ORDER: readonly Rule[] = [...TABLE_RULES, ...PROGRAMME_RULES];

/**
 * validateProgramme with the given rules only (their 'table' rules on every table, then their
 * 'programme' rules; 'cell' and 'summary' rules are the workbook's, tracking.ts): for a tool or a
 * test that checks one rule.
 */
export function validateWith(rules: readonly Rule[], programme: Programme, options: ValidateOptions = {}): ValidationReport {
  const findings: Finding[] = [];
  const catalogue = options.catalogue ?? builtinCatalogue();
  const resolver = new LeadResolver(catalogue, programme.quality === 'ocr');
  const term = options.term ?? deriveTerm(programme);
  const issuedOn = options.issuedOn ?? deriveIssuedOn(programme);
  const contexts: TableContext[] = programme.tables.map((table, tableIndex) => {
    const facts = new Map<unknown, unknown>();
    const ctx: TableContext = {
      table,
      tableIndex,
      required: requiredColumns(table, options),
      catalogue,
      term,
      issuedOn,
      prose: programme.shape === 'prose',
      ocr: programme.quality === 'ocr',
      resolver,
      report: (f) => findings.push(f),
      memo<T>(fact: (c: TableContext) => T): T {
        if (!facts.has(fact)) facts.set(fact, fact(ctx));
        return facts.get(fact) as T;
      },
    };
    return ctx;
  });
  const tableRules = rules.filter((r): r is Rule<string, Messages, 'table'> => r.scope === 'table');
  for (const ctx of contexts) for (const rule of tableRules) rule.check(ctx);
  for (const rule of rules) if (rule.scope === 'programme') (rule as Rule<string, Messages, 'programme'>).check({ programme, tables: contexts });
  findings.sort(byPlace);
  return { findings, summary: summarise(findings) };
}

const ORDER = new Map(RULE_IDS.map((id, i) => [id as string, i]));

function byPlace(a: Finding, b: Finding): number {
  return a.tableIndex - b.tableIndex || a.line - b.line || (ORDER.get(a.rule) ?? 99) - (ORDER.get(b.rule) ?? 99);
}

export function summarise(findings: Finding[]): ValidationSummary {
  const byRule: Record<string, number> = {};
  let errors = 0;
  for (const f of findings) {
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    if (f.severity === 'error') errors++;
  }
  return { errors, warnings: findings.length - errors, byRule };
}

/** Severity of a rule id (for renderers that only have the id). */
export const severityOf = (rule: string) => (rule in RULES ? RULES[rule as keyof typeof RULES].severity : 'warning');
