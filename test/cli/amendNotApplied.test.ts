import { applyAmendment } from '../../src/core/amend';
import { importProgramme } from '../../src/core/import';
import { planWorkbook } from '../../src/core/plan';
import { runCli } from '../helpers/cli';
import { seedPath, seedText } from '../helpers/seeds';

// Seed 000: the title block before part A (lines 3–11) and part B "ĐIỀU KHOẢN THI HÀNH" with the
// recipients and the signature (lines 437–458) are not changes — read off the seed by hand.
const EXPECTED_LINES = [3, 5, 7, 9, 11, 437, 439, 441, 443, 444, 445, 446, 447, 448, 449, 450, 451, 453, 454, 458];

describe('text of an amending document that is no change is listed, never dropped', () => {
  it('phuluc amend --json adds "notApplied" beside the agreed keys', () => {
    const r = runCli(['amend', seedPath('001'), seedPath('000'), '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['items', 'changes', 'conflicts', 'notApplied']);
    expect(j.notApplied.map((n: { line: number }) => n.line)).toEqual(EXPECTED_LINES);
    expect(j.notApplied.find((n: { line: number }) => n.line === 437).text).toContain('ĐIỀU KHOẢN THI HÀNH');
  });

  it('the Điều chỉnh sheet lists it under the conflicts', () => {
    const base = importProgramme(seedText('001'));
    const amendment = applyAmendment(base, seedText('000'));
    const plan = planWorkbook({ programme: base, amendment, settings: { asOf: '2026-06-15', dueSoonDays: 30 } });
    const sheet = plan.sheets.find((s) => s.kind === 'changes')!;
    const table = sheet.tables.find((t) => t.name === 'KhongApDung')!;
    expect(table.rows.map((r) => r[6])).toEqual(EXPECTED_LINES);
    expect(table.rows.every((r) => typeof r[4] === 'string' && (r[4] as string).length > 0)).toBe(true);
  });
});
