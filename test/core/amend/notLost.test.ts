import { amendSummary, applyAmendment, parseAmendment } from '../../../src/core/amend';
import { importProgramme } from '../../../src/core/import';
import { seedText } from '../../helpers/seeds';

// Nothing of an amending document is dropped silently: an operation that cannot be placed is a
// conflict, text in an amending part that is no operation is a conflict, and text outside the
// amending parts (title, preamble, closing part, recipients, signature) is listed in `outside`.
describe('amending text is never lost', () => {
  const base = importProgramme(seedText('001'));

  it('a modified point with no section is a missing-target conflict, not a change', () => {
    const text = 'Điều chỉnh điểm (3):\n“abc”\n* Điều chỉnh thành:\nxyz';
    const r = applyAmendment(base, text);
    expect(r.changes).toEqual([]);
    expect(r.conflicts).toEqual([expect.objectContaining({ kind: 'missing-target', section: '', point: '(3)', line: 1 })]);
    expect(r.conflicts[0].message).toMatch(/Không xác định được điểm \(3\) thuộc Mục nào/);
  });

  it('reads the section named in the heading ("điểm (3) Mục 1.1") and checks the quote', () => {
    const r = applyAmendment(base, 'Điều chỉnh điểm (3) Mục 1.1 như sau:\n“abc”\n* Điều chỉnh thành:\nxyz');
    expect(r.changes).toEqual([]);
    expect(r.conflicts).toEqual([expect.objectContaining({ kind: 'quote-mismatch', section: '1.1', point: '(3)' })]);
  });

  it('keeps reading after a "B-" part and reports text of an amending part that is no operation', () => {
    const text = [
      'A- NỘI DUNG ĐIỀU CHỈNH', // 1
      '1.7. Mục 1.7', // 2
      'Một đoạn không phải thao tác nào.', // 3
      'B- ĐIỀU KHOẢN THI HÀNH', // 4
      'Các nội dung khác giữ nguyên.', // 5
      'C- Điều chỉnh, bổ sung Phần II', // 6
      '1.7. Mục 1.7', // 7
      'Lược bỏ điểm (2)', // 8
    ].join('\n');
    const p = parseAmendment(text);
    expect(p.operations.map((o) => [o.op, o.section, o.points.join()])).toEqual([['remove', '1.7', '(2)']]);
    expect(p.stray).toEqual([{ line: 3, text: 'Một đoạn không phải thao tác nào.' }]);
    expect(p.outside.map((o) => o.line)).toEqual([4, 5]);
    const r = applyAmendment(base, text);
    expect(r.changes).toEqual([expect.objectContaining({ op: 'remove', section: '1.7', point: '(2)', line: 8 })]);
    expect(r.conflicts).toEqual([expect.objectContaining({ kind: 'not-understood', line: 3 })]);
  });

  it('000: title, preamble and the closing part B are listed outside, not as conflicts', () => {
    const p = parseAmendment(seedText('000'));
    expect(p.stray).toEqual([]);
    // Read from the document: lines 3-11 come before "A- NỘI DUNG …"; 437 "B- ĐIỀU KHOẢN THI
    // HÀNH", 439 its text, 441 "Nơi nhận:", 443-451 recipients, 453-454 "T/M TỈNH ỦY / BÍ THƯ", 458 the signer.
    expect(p.outside.map((o) => o.line)).toEqual([3, 5, 7, 9, 11, 437, 439, 441, 443, 444, 445, 446, 447, 448, 449, 450, 451, 453, 454, 458]);
    expect(p.outside.find((o) => o.line === 458)?.text).toBe('Phạm Đại Dương');
    const r = applyAmendment(importProgramme(seedText('001')), seedText('000'));
    expect(amendSummary(r, p.outside)).toContain('Không áp dụng (không phải nội dung điều chỉnh): 20 đoạn văn bản.');
  });
});
