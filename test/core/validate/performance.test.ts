import { validateProgramme } from '../../../src/core/validate';
import { syntheticProgramme } from '../../../src/core/validate/synthetic';

// Timing belongs to `npm run bench`; this only checks that 10,000 items go through, cleanly.
test('10,000 synthetic items validate without findings', () => {
  const p = syntheticProgramme(10000);
  expect(p.tables[0].items).toHaveLength(10000);
  const report = validateProgramme(p, { profile: 'tuyen-quang' });
  expect(report.findings).toEqual([]);
  expect(report.summary).toEqual({ errors: 0, warnings: 0, byRule: {} });
});

test('a defect planted among 10,000 items is found', () => {
  const p = syntheticProgramme(10000);
  p.tables[0].items[7777].tt = '156.99';
  p.tables[0].items[9000].task = p.tables[0].items[10].task;
  const rules = validateProgramme(p).findings.map((f) => [f.rule, f.tt]);
  // Item 7777 is the 28th of section 156; item 9000 the 1st of section 181.
  expect(rules).toEqual([
    ['structure.gap', '156.99'],
    ['structure.duplicateTask', '181.1'],
  ]);
  expect(validateProgramme(p).findings[0].suggestion).toBe('156.28');
});
