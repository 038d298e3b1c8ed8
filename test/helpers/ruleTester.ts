/**
 * Tests of one validation rule as tables of cases, the way ESLint's RuleTester takes them: `valid`
 * inputs give no finding of the rule, `invalid` inputs give exactly the findings listed, in order.
 * Only the rule under test runs (validateWith). Table and programme rules take a document text
 * (imported with importProgramme); workbook cell rules a filled cell; summary rules Tổng hợp's
 * settings. An expected finding names the fields it checks; the rule id and the rule's severity
 * are checked on every finding.
 */
import { importProgramme } from '../../src/core/import';
import type { CellScalar, SummarySettings } from '../../src/core/plan/sheetData';
import type { WorkbookColumn } from '../../src/core/plan/workbookColumns';
import { validateWith, ValidateOptions } from '../../src/core/validate';
import type { Rule } from '../../src/core/validate/rule';
import type { TrackingPlace } from '../../src/core/validate/tracking';
import type { Finding } from '../../src/core/validate/types';

/** One input: a document text, a workbook cell, or Tổng hợp's settings (by the rule's scope). */
export type RuleInput = { text: string; options?: ValidateOptions } | { cell: { column: WorkbookColumn | null; value: CellScalar } } | { summary: SummarySettings };

export type ValidCase = { name: string } & RuleInput;
export type Expected = Partial<Omit<Finding, 'rule' | 'severity'>>;
export type InvalidCase = ValidCase & { findings: Expected[] };

/** Where a tester's cell sits: row 5 of sheet "Phụ lục", task 3 of table 0, column C. */
export const CELL_PLACE: TrackingPlace = { table: 'PHỤ LỤC', tableIndex: 0, tt: '3', line: 5, itemIndex: 2 };
export const CELL_ADDRESS = "'Phụ lục'!C5";

/** The rule's findings on one input. */
export function runRule(rule: Rule, input: RuleInput): Finding[] {
  if ('text' in input) return validateWith([rule], importProgramme(input.text), input.options ?? {}).findings;
  const out: Finding[] = [];
  const report = (f: Finding) => out.push(f);
  if ('cell' in input) (rule as Rule<string, never, 'cell'>).check({ ...input.cell, place: CELL_PLACE, address: () => CELL_ADDRESS, report });
  else (rule as Rule<string, never, 'summary'>).check({ summary: input.summary, report });
  return out;
}

/** Only the fields the expectation names. */
const pick = (f: Finding, e: Expected): Expected => Object.fromEntries(Object.keys(e).map((k) => [k, f[k as keyof Finding]]));

export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    test('meta: id, severity, Vietnamese label and messages, description', () => {
      expect(rule.meta.id).toMatch(/^(lead|time|resources|structure|tracking)\.[a-z][A-Za-z]*$/);
      expect(['error', 'warning']).toContain(rule.meta.severity);
      expect(rule.meta.label).toMatch(/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i);
      expect(rule.meta.description.length).toBeGreaterThan(20);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    });
    if (cases.valid.length) {
      test.each(cases.valid)('valid: $name', (c) => {
        expect(runRule(rule, c)).toEqual([]);
      });
    }
    test.each(cases.invalid)('invalid: $name', (c) => {
      const got = runRule(rule, c);
      expect(got.map((f) => [f.rule, f.severity])).toEqual(c.findings.map(() => [rule.meta.id, rule.meta.severity]));
      expect(got.map((f, i) => pick(f, c.findings[i]))).toEqual(c.findings);
    });
  });
}
