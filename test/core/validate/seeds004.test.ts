import { seedText } from '../../helpers/seeds';
import { check, Row, sorted } from './helpers';

const P3 = 'PHỤ LỤC 3';
const P4 = 'PHỤ LỤC 4';

/**
 * Lai Châu plan (seed 004), four appendices, checked by hand against the raw lines:
 * Phụ lục 1 (indicators, no time column): clean — leads are merged cells down each section,
 *   "- …"/"+ …" sub-rows have no number by design, numbers run 1…22 through sections I–IV.
 * Phụ lục 2: clean — every row has its time (lines 433–450), numbering restarts at 1 in I, II, III.
 * Phụ lục 3:
 *   498 4.2  "Chi bộ Kinh tế ngành – Văn xã; Chi bộ Tin học – Hành chính công" — two leads
 *   502 4.7  after 4.5 — 4.6 missing
 *   504 4.9  "Chi bộ Tổng hợp – Nội chính; Kinh tế ngành - Văn xã" — two leads, the second
 *            written without "Chi bộ" and with a hyphen: not the catalogue's name
 *   521 5.10 "Chi bộ Hành chính – Quản trị và các chi bộ" — two leads, "các chi bộ" unnamed
 *   533 6.9  after 6.7 — 6.8 missing
 *   555 ''   a task with no number between 8.3 and 8.5 (it is 8.4)
 *   566 9.8  after 9.5 — 9.6, 9.7 missing;  567 9.10 after 9.8 — 9.9 missing
 *   600 12.3 "Năm 2026 - 2031", 610 II.2.3 "Năm 2026 - 2031", 637 2.24 "Năm 2026 - 2035",
 *   653 III.1.1 "Năm 2025 - 2035", 660 2.1, 662 2.3, 671 4.2, 679 4.8 "Năm 2026 - 2035":
 *            beyond the 2025–2030 term the appendix names (warnings)
 *   650 "4.0" after 3.9 under heading 3 — wrong level (3.10)
 *   666 2.5  time cell "Chi bộ Kinh tế ngành – Văn xã" — an agency in the time column
 *   668 "1"  the only task under heading III.3, numbered like a heading (3.1)
 * Phụ lục 4:
 *   748 A.VIII.2, 750 A.IX.1, 755–759 B.I.1.–5.: "Năm 2026-203" — truncated year
 *   818 heading "4 Khu, cụm công nghiệp" carries the lead "Chi bộ Kinh tế ngành – Văn xã"
 *   842 B.V.1, 845 B.V.2: time cell "Chi bộ Kinh tế ngành – Văn xã"
 *   847 B.VI.1 "Cao tốc Bảo Hà (Lào Cai) - Lai Châu (CT.13)." = A.I.1 (line 701) "(CT13)."
 * Not defects: the headings "HẠ TẦNG GIAO THÔNG", "HẠ TẦNG NÔNG NGHIỆP", "HẠ TẦNG Y TẾ" occur
 * under both A (Ngân sách nhà nước) and B (Vốn ngoài ngân sách): Phụ lục 4 groups its projects
 * by funding source, so each group repeats the sectors; only the project listed in both is one.
 */
const EXPECTED: Row[] = [
  ['lead.several', P3, '4.2', 498, 'lead'],
  ['structure.gap', P3, '4.7', 502, 'tt'],
  ['lead.several', P3, '4.9', 504, 'lead'],
  ['lead.unknown', P3, '4.9', 504, 'lead'],
  ['lead.several', P3, '5.10', 521, 'lead'],
  ['lead.unknown', P3, '5.10', 521, 'lead'],
  ['structure.gap', P3, '6.9', 533, 'tt'],
  ['structure.noNumber', P3, '', 555, 'tt'],
  ['structure.gap', P3, '9.8', 566, 'tt'],
  ['structure.gap', P3, '9.10', 567, 'tt'],
  ['time.outsideTerm', P3, '12.3', 600, 'time'],
  ['time.outsideTerm', P3, '2.3', 610, 'time'],
  ['time.outsideTerm', P3, '2.24', 637, 'time'],
  ['structure.wrongLevel', P3, '4.0', 650, 'tt'],
  ['time.outsideTerm', P3, '1.1', 653, 'time'],
  ['time.outsideTerm', P3, '2.1', 660, 'time'],
  ['time.outsideTerm', P3, '2.3', 662, 'time'],
  ['time.agency', P3, '2.5', 666, 'time'],
  ['structure.wrongLevel', P3, '1', 668, 'tt'],
  ['time.outsideTerm', P3, '4.2', 671, 'time'],
  ['time.outsideTerm', P3, '4.8', 679, 'time'],
  ['time.invalid', P4, '2', 748, 'time'],
  ['time.invalid', P4, '1', 750, 'time'],
  ['time.invalid', P4, '1.', 755, 'time'],
  ['time.invalid', P4, '2.', 756, 'time'],
  ['time.invalid', P4, '3.', 757, 'time'],
  ['time.invalid', P4, '4.', 758, 'time'],
  ['time.invalid', P4, '5.', 759, 'time'],
  ['structure.headingLead', P4, '4', 818, 'lead'],
  ['time.agency', P4, '1', 842, 'time'],
  ['time.agency', P4, '2', 845, 'time'],
  ['structure.duplicateTask', P4, '1', 847, 'task'],
];

describe('validate seed 004 (Lai Châu, four appendices)', () => {
  const { report, rows, programme } = check(seedText('004'));
  const find = (rule: string, line: number) => report.findings.find((f) => f.rule === rule && f.line === line)!;

  test('finds exactly the defects found by hand', () => {
    expect(sorted(rows)).toEqual(sorted(EXPECTED));
  });

  test('Phụ lục 1 (indicators) and Phụ lục 2 raise nothing', () => {
    expect(programme.tables[0].kind).toBe('indicators');
    expect(report.findings.filter((f) => f.tableIndex <= 1)).toEqual([]);
  });

  test('numbering findings say what is missing and suggest the number', () => {
    expect(find('structure.gap', 566).message).toBe('Số thứ tự nhảy từ 9.5 lên 9.8: thiếu 9.6, 9.7.');
    expect(find('structure.gap', 566).suggestion).toBe('9.6');
    expect(find('structure.noNumber', 555).suggestion).toBe('8.4');
    expect(find('structure.wrongLevel', 650).suggestion).toBe('3.10');
    expect(find('structure.wrongLevel', 668).suggestion).toBe('3.1');
    expect(find('structure.wrongLevel', 668).severity).toBe('error');
  });

  test('time findings quote the value', () => {
    const cut = find('time.invalid', 748);
    expect(cut.value).toBe('Năm 2026-203');
    expect(cut.message).toContain('“Năm 2026-203”');
    expect(cut.message).toContain('bị cắt');
    expect(find('time.agency', 842).value).toBe('Chi bộ Kinh tế ngành – Văn xã');
    expect(find('time.outsideTerm', 600).message).toContain('2025 - 2030');
    expect(find('time.outsideTerm', 600).severity).toBe('warning');
  });

  test('lead findings name the agencies and suggest the catalogue name', () => {
    const unknown = find('lead.unknown', 504);
    expect(unknown.message).toContain('“Kinh tế ngành - Văn xã”');
    expect(unknown.suggestion).toBe('Chi bộ Tổng hợp – Nội chính; Chi bộ Kinh tế ngành – Văn xã');
    expect(find('lead.several', 498).message).toContain('“Chi bộ Tin học – Hành chính công”');
  });

  test('the duplicate project points at its first occurrence', () => {
    const dup = find('structure.duplicateTask', 847);
    expect(dup.message).toContain('PHỤ LỤC 4, mục 1, dòng 701');
  });

  test('errors and warnings', () => {
    expect(report.summary.errors).toBe(12);
    expect(report.summary.warnings).toBe(20);
  });
});
