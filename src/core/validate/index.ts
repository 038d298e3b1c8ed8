/**
 * The reviewers' check: chủ trì, thời gian, nguồn lực and structure of every appendix table.
 *
 *   validateProgramme(importProgramme(text), { profile: 'auto' }) → { findings, summary }
 *
 * One file per rule family (lead, time, resources, structure/tasks); each walks a table once.
 * Host-free.
 */
import { builtinCatalogue } from '../agencies';
import type { Programme } from '../model';
import { TableContext } from './context';
import { RULE_IDS, RULES } from './labels';
import { checkLead } from './lead';
import { LeadResolver } from './leadMatch';
import { requiredColumns, ValidateOptions } from './options';
import { checkResources } from './resources';
import { checkHeadings, checkNumbering } from './structure';
import { checkDuplicateTasks, checkTaskText } from './tasks';
import { deriveIssuedOn, deriveTerm } from './term';
import { checkTime } from './time';
import type { Finding, ValidationReport, ValidationSummary } from './types';

export type { Finding, Severity, ValidationReport, ValidationSummary } from './types';
export type { ValidateOptions, ValidationProfile } from './options';
export { PROFILES, requiredColumns } from './options';
export { RULE_IDS, RULE_LABELS, RULES } from './labels';
export type { RuleId } from './labels';
export { deriveIssuedOn, deriveTerm } from './term';
export { syntheticProgramme } from './synthetic';

export function validateProgramme(programme: Programme, options: ValidateOptions = {}): ValidationReport {
  const findings: Finding[] = [];
  const catalogue = options.catalogue ?? builtinCatalogue();
  const resolver = new LeadResolver(catalogue, programme.quality === 'ocr');
  const term = options.term ?? deriveTerm(programme);
  const issuedOn = options.issuedOn ?? deriveIssuedOn(programme);
  const contexts: TableContext[] = programme.tables.map((table, tableIndex) => ({
    table,
    tableIndex,
    required: requiredColumns(table, options),
    catalogue,
    term,
    issuedOn,
    prose: programme.shape === 'prose',
    ocr: programme.quality === 'ocr',
    report: (f) => findings.push(f),
  }));
  for (const ctx of contexts) {
    checkLead(ctx, resolver);
    checkTime(ctx);
    checkResources(ctx);
    checkNumbering(ctx);
    checkHeadings(ctx);
    checkTaskText(ctx);
  }
  checkDuplicateTasks(programme, contexts);
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
