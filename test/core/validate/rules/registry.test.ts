import { readdirSync } from 'fs';
import { join } from 'path';
import { ALL_RULES, RULE_IDS, RULE_LABELS, RULES } from '../../../../src/core/validate';
import { CELL_RULES, PROGRAMME_RULES, SUMMARY_RULES, TABLE_RULES } from '../../../../src/core/validate/rules';

/** The ids `validate --json` writes, in report order, with their severities: a contract (README). */
const CONTRACT: Array<[string, 'error' | 'warning']> = [
  ['lead.missing', 'error'],
  ['lead.unknown', 'warning'],
  ['lead.several', 'warning'],
  ['lead.time', 'error'],
  ['lead.variant', 'warning'],
  ['time.missing', 'error'],
  ['time.unrecognised', 'warning'],
  ['time.invalid', 'error'],
  ['time.reversed', 'error'],
  ['time.agency', 'error'],
  ['time.outsideTerm', 'warning'],
  ['time.beforeIssue', 'warning'],
  ['resources.missing', 'error'],
  ['resources.cutOff', 'warning'],
  ['resources.unknown', 'warning'],
  ['structure.gap', 'warning'],
  ['structure.duplicate', 'error'],
  ['structure.order', 'warning'],
  ['structure.wrongLevel', 'error'],
  ['structure.noNumber', 'warning'],
  ['structure.emptyTask', 'error'],
  ['structure.cutOff', 'warning'],
  ['structure.headingLead', 'warning'],
  ['structure.headingTime', 'warning'],
  ['structure.duplicateTask', 'warning'],
  ['tracking.progress', 'error'],
  ['tracking.dateText', 'error'],
  ['tracking.reportDate', 'error'],
];

describe('rule registry', () => {
  test('every rule id and severity of the contract, in report order, each once', () => {
    expect(RULE_IDS).toEqual(CONTRACT.map(([id]) => id));
    expect(RULE_IDS.map((id) => RULES[id].severity)).toEqual(CONTRACT.map(([, s]) => s));
  });

  test("labels come from the rules' meta", () => {
    expect(RULE_LABELS['structure.gap']).toBe('Số thứ tự bị nhảy');
    expect(RULE_LABELS['tracking.reportDate']).toBe('Ngày báo cáo không phải ngày');
  });

  test("scopes: the table rules, one programme rule, the workbook's cell and summary rules", () => {
    expect(PROGRAMME_RULES.map((r) => r.meta.id)).toEqual(['structure.duplicateTask']);
    expect(CELL_RULES.map((r) => r.meta.id)).toEqual(['tracking.progress', 'tracking.dateText']);
    expect(SUMMARY_RULES.map((r) => r.meta.id)).toEqual(['tracking.reportDate']);
    expect(TABLE_RULES.length + PROGRAMME_RULES.length + CELL_RULES.length + SUMMARY_RULES.length).toBe(ALL_RULES.length);
  });

  test('each rule lives in rules/<family>/<name>.ts, named by its id', () => {
    const dir = join(__dirname, '../../../../src/core/validate/rules');
    const files = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(dir, d.name)).map((f) => `${d.name}.${f.replace(/\.ts$/, '')}`))
      .filter((id) => id !== 'tracking.cellText');
    expect(files.sort()).toEqual([...RULE_IDS].sort());
  });
});
