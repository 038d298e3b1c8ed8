/** Dates on the command line as a Vietnamese clerk types them (DD/MM/YYYY) or as ISO. */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { dateInput } from '../../src/core/status/dates';
import { runCli } from '../helpers/cli';
import { seedPath } from '../helpers/seeds';

describe('dates typed on the command line', () => {
  it.each([
    ['30/09/2026', '2026-09-30'],
    ['1/7/2026', '2026-07-01'],
    ['2026-09-30', '2026-09-30'],
    ['31/02/2026', null],
    ['2026-13-01', null],
    ['30.09.2026', null],
  ])('%s → %s', (typed, iso) => expect(dateInput(typed)).toBe(iso));

  it('import and validate take --as-of 30/09/2026, and refuse a day that does not exist (exit 2)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'phuluc-date-')), 'so.xlsx');
    const imp = runCli(['import', seedPath('003'), '-o', out, '--as-of', '30/09/2026']);
    expect(imp.code).toBe(0);
    expect(runCli(['validate', seedPath('003'), '--as-of', '30/09/2026', '--json']).code).not.toBe(2);
    const bad = runCli(['validate', seedPath('003'), '--as-of', '31/02/2026']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/không hợp lệ/);
  });
});
