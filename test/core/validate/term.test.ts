import { importProgramme } from '../../../src/core/import';
import { deriveIssuedOn, deriveTerm } from '../../../src/core/validate';
import { seedText } from '../../helpers/seeds';
import { FOUR, table } from './helpers';

describe('term and date of issue', () => {
  test('from the seeds', () => {
    // 003: "nhiệm kỳ 2025 - 2030" in the opening text; "(Kèm theo Chương trình số 52-CTr/TU ngày 17/4/2026 …)".
    const p3 = importProgramme(seedText('003'));
    expect(deriveTerm(p3)).toEqual({ start: 2025, end: 2030 });
    expect(deriveIssuedOn(p3)).toBe('2026-04-17');
    // 004: "… trong nhiệm kỳ 2025 - 2030" in the appendix titles; a draft "ngày tháng năm 2026".
    const p4 = importProgramme(seedText('004'));
    expect(deriveTerm(p4)).toEqual({ start: 2025, end: 2030 });
    expect(deriveIssuedOn(p4)).toBe('2026-01-01');
  });

  test('"giai đoạn" when no "nhiệm kỳ" is printed; nothing when neither is', () => {
    const body = table(FOUR, [['1', 'Nhiệm vụ', 'Sở Y tế', 'Năm 2026']]);
    expect(deriveTerm(importProgramme(`KẾ HOẠCH THỰC HIỆN GIAI ĐOẠN 2026 - 2030\n\n${body}`))).toEqual({ start: 2026, end: 2030 });
    expect(deriveTerm(importProgramme(`KẾ HOẠCH\n\n${body}`))).toBeNull();
    expect(deriveIssuedOn(importProgramme(`KẾ HOẠCH\n\n${body}`))).toBeNull();
  });
});
