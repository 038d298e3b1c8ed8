import { seedText } from '../../helpers/seeds';
import { check, Row, sorted } from './helpers';

/**
 * Tuyên Quang 52-CTr/TU (seed 003), checked by hand against the raw text (cells TAB-separated,
 * lines of the seed file):
 * - line 200 is TT 6 of section II, line 203 is TT 8: no 7 (a gap).
 * - line 207 (TT 12, continued on line 210 after a page break) ends "… tỉnh Tuyên Quang," — cut off.
 * - line 213 (TT 15): "Đảng ủy Ủy ban nhân dân tỉnh (Sở Nông nghiệp và Môi trường; Sở Dân tộc và
 *   Tôn giáo)" — two departments lead.
 * - line 220 (III.4): nguồn lực "Bộ Công an" is an agency, not a funding category; a ministry
 *   pays from the central budget.
 * Not defects: every deadline lies in the 2025–2030 term (latest "Quý II/2030", line 249) and
 * after the date of issue 17/4/2026 ("Tháng 5/2026" is the earliest open one); rows 219/221/222
 * "Ngân sách Nhà nước; Bộ Công an; UBND tỉnh hỗ trợ" do name a funding category; "Quỹ Phòng
 * chống thiên tai tỉnh" (line 211) is a fund.
 */
const EXPECTED: Row[] = [
  ['structure.gap', 'PHỤ LỤC', '8', 203, 'tt'],
  ['structure.cutOff', 'PHỤ LỤC', '12', 207, 'task'],
  ['lead.several', 'PHỤ LỤC', '15', 213, 'lead'],
  ['resources.unknown', 'PHỤ LỤC', '4', 220, 'resources'],
];

describe('validate seed 003 (Tuyên Quang, 7 columns)', () => {
  const { report, rows } = check(seedText('003'));

  test('finds exactly the defects found by hand', () => {
    expect(sorted(rows)).toEqual(sorted(EXPECTED));
  });

  test('section I (lines 186–189) and section IV (lines 232–252) raise nothing', () => {
    expect(report.findings.filter((f) => (f.line >= 186 && f.line <= 191) || f.line >= 232)).toEqual([]);
  });

  test('messages quote the value and give the likely fix', () => {
    const gap = report.findings.find((f) => f.rule === 'structure.gap')!;
    expect(gap.message).toContain('6');
    expect(gap.message).toContain('thiếu 7');
    expect(gap.suggestion).toBe('7');
    const res = report.findings.find((f) => f.rule === 'resources.unknown')!;
    expect(res.value).toBe('Bộ Công an');
    expect(res.message).toContain('“Bộ Công an”');
    expect(res.suggestion).toBe('Ngân sách trung ương');
    const several = report.findings.find((f) => f.rule === 'lead.several')!;
    expect(several.message).toContain('“Sở Nông nghiệp và Môi trường”');
    expect(several.message).toContain('“Sở Dân tộc và Tôn giáo”');
    const cut = report.findings.find((f) => f.rule === 'structure.cutOff')!;
    expect(cut.message).toContain('Tuyên Quang,');
  });

  test('summary counts errors and warnings by rule', () => {
    expect(report.summary).toEqual({
      errors: 0,
      warnings: 4,
      byRule: { 'structure.gap': 1, 'structure.cutOff': 1, 'lead.several': 1, 'resources.unknown': 1 },
    });
  });

  test('the term and date of issue come from the document', () => {
    const { report: strict } = check(seedText('003'), { term: { start: 2026, end: 2029 } });
    // With a 2026–2029 term, "Quý II/2030" (line 249, IV.13) falls outside.
    expect(strict.findings.filter((f) => f.rule === 'time.outsideTerm').map((f) => [f.tt, f.line])).toEqual([['13', 249]]);
    const { report: late } = check(seedText('003'), { issuedOn: '2026-07-01' });
    // Issued 1/7/2026: the open deadlines of Quý II/2026 and Tháng 5/2026, Tháng 6/2026 have passed.
    const before = late.findings.filter((f) => f.rule === 'time.beforeIssue').map((f) => f.line);
    expect(before).toEqual([189, 194, 195, 198, 199, 220, 225, 226, 233, 234, 235, 250, 252]);
  });
});
