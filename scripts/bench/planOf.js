'use strict';
// The workbook plan of one document file as JSON (as `phuluc import` builds it for a new
// workbook, status as of 30/06/2026): node scripts/bench/planOf.js FILE. Used by outputs.js.
const path = require('path');
const LIB = path.join(__dirname, '..', '..', 'lib');

async function main(file) {
  const { readProgramme } = require(path.join(LIB, 'cli/io'));
  const { builtinCatalogue } = require(path.join(LIB, 'core/agencies'));
  const { validateProgramme } = require(path.join(LIB, 'core/validate'));
  const { buildWorkbook } = require(path.join(LIB, 'core/plan'));
  const read = await readProgramme(file);
  if (!read.ok) return `REFUSED ${read.message}`;
  const catalogue = builtinCatalogue();
  const asOf = '2026-06-30';
  const findings = validateProgramme(read.value, { asOf, profile: 'auto', catalogue }).findings;
  const { plan } = buildWorkbook({ programme: read.value, findings, catalogue, settings: { asOf, dueSoonDays: 30, today: asOf } });
  return JSON.stringify(plan, null, 1);
}
main(process.argv[2]).then(
  (s) => process.stdout.write(s),
  (e) => {
    process.stdout.write(`THREW ${e.stack}`);
  },
);
