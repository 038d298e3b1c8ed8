/** The small parsers and refiners on their own: what each finds, and its span. */
import { displayText, foldText } from '../../../src/core/time/normalize';
import { Ctx, Part, runParser } from '../../../src/core/time/parts';
import { PARSERS } from '../../../src/core/time/parsers';
import { conditionParser } from '../../../src/core/time/parsers/condition';
import { durationParser, sameDayParser } from '../../../src/core/time/parsers/duration';
import { intervalParser } from '../../../src/core/time/parsers/interval';
import { recurringParser } from '../../../src/core/time/parsers/recurring';
import { ongoingParser } from '../../../src/core/time/parsers/ongoing';
import { quarterParser } from '../../../src/core/time/parsers/quarter';
import { yearParser } from '../../../src/core/time/parsers/year';
import { yearRangeParser } from '../../../src/core/time/parsers/yearRange';
import { refine } from '../../../src/core/time/refiners';

const ctx = (s: string): Ctx => {
  const text = displayText(s);
  return { text, folded: foldText(text) };
};
const spans = (c: Ctx, parts: Part[]): string[] => parts.map((p) => `${p.type}:${c.text.slice(p.index, p.end)}`);

describe('foldText', () => {
  it('lower-cases, drops diacritics, đ→d, unifies dashes, keeps the length', () => {
    const t = displayText('Quí IV–2025 Đảng ủy Thường xuyên');
    expect(foldText(t)).toBe('qui iv-2025 dang uy thuong xuyen');
    expect(foldText(t)).toHaveLength(t.length);
  });
});

describe('parsers find spans', () => {
  it('quarter', () => {
    const c = ctx('Hoàn thành trong Quý III Năm 2026 nhé');
    expect(spans(c, runParser(quarterParser, c))).toEqual(['date:Quý III Năm 2026']);
  });
  it('quarter leaves "quy hoạch", "quy định" alone', () => {
    const c = ctx('Quy hoạch, quy định');
    expect(runParser(quarterParser, c)).toEqual([]);
  });
  it('year and year range overlap; the refiner keeps the longer', () => {
    const c = ctx('Năm 2026-203');
    const found = [...runParser(yearRangeParser, c), ...runParser(yearParser, c)];
    expect(spans(c, found)).toEqual(['invalid:Năm 2026-203', 'date:Năm 2026']);
    expect(spans(c, refine(found, c))).toEqual(['invalid:Năm 2026-203']);
  });
  it('ongoing', () => {
    const c = ctx('Quý III/2026. Thực hiện thường xuyên, liên tục');
    expect(spans(c, runParser(ongoingParser, c))).toEqual(['ongoing:Thực hiện thường xuyên, liên tục']);
  });
  it('condition runs to the end of its clause', () => {
    const c = ctx('Năm 2026 (Sau khi có Hướng dẫn của Trung ương). Khi có chỉ đạo, hướng dẫn');
    expect(spans(c, runParser(conditionParser, c))).toEqual(['condition:Sau khi có Hướng dẫn của Trung ương', 'condition:Khi có chỉ đạo, hướng dẫn']);
  });
  it('condition stops before "và thực hiện thường xuyên"', () => {
    const c = ctx('Sau khi có hướng dẫn và thực hiện thường xuyên');
    expect(spans(c, runParser(conditionParser, c))).toEqual(['condition:Sau khi có hướng dẫn']);
  });
});

describe('parsers for durations and recurrences', () => {
  const run = (p: typeof durationParser, s: string) => {
    const c = ctx(s);
    return spans(c, runParser(p, c));
  };
  it('duration takes its lead words and unit, not what it counts from', () => {
    expect(run(durationParser, 'Không quá 07 ngày làm việc kể từ ngày nhận hồ sơ')).toEqual(['duration:Không quá 07 ngày làm việc']);
    expect(run(durationParser, 'Trong vòng 30 ngày')).toEqual(['duration:Trong vòng 30 ngày']);
  });
  it('duration: a unit followed by a number is a date, not a duration', () => {
    expect(run(durationParser, '15 tháng 12 năm 2026')).toEqual([]);
    expect(run(durationParser, 'Quý 2 năm 2026')).toEqual([]);
    expect(run(durationParser, '0 ngày')).toEqual([]);
  });
  it('same day', () => {
    expect(run(sameDayParser, 'Ngay trong ngày làm việc')).toEqual(['duration:Ngay trong ngày làm việc']);
    expect(run(sameDayParser, 'trong ngày 30/6/2026')).toEqual([]);
  });
  it('interval', () => {
    expect(run(intervalParser, 'Định kỳ 06 tháng/lần')).toEqual(['recurring:Định kỳ 06 tháng/lần']);
    expect(run(intervalParser, '6 tháng một lần')).toEqual(['recurring:6 tháng một lần']);
    expect(run(intervalParser, 'Định kỳ tháng 12')).toEqual([]);
    expect(run(intervalParser, 'theo định kỳ quy định')).toEqual([]);
  });
  it('recurring with a day', () => {
    expect(run(recurringParser, 'Trước ngày 15/12 hàng năm')).toEqual(['recurring:ngày 15/12 hàng năm']);
    expect(run(recurringParser, 'Trước 30/6 hằng năm')).toEqual(['recurring:30/6 hằng năm']);
    expect(run(recurringParser, 'trước ngày 20 hằng tháng')).toEqual(['recurring:ngày 20 hằng tháng']);
  });
});

describe('refiners', () => {
  const all = (s: string): string[] => {
    const c = ctx(s);
    return spans(
      c,
      refine(
        PARSERS.flatMap((p) => runParser(p, c)),
        c,
      ),
    );
  };
  it('merge two dates joined by a dash into one range', () => {
    expect(all('Quý IV/2025 - Quý II/2026')).toEqual(['date:Quý IV/2025 - Quý II/2026']);
    expect(all('Quý IV/2025 - 2026')).toEqual(['date:Quý IV/2025 - 2026']);
  });
  it('drop dates that are part of a condition', () => {
    expect(all('Sau khi có Quyết định phê duyệt năm 2026')).toEqual(['condition:Sau khi có Quyết định phê duyệt năm 2026']);
  });
  it('keep the longest of overlapping parts', () => {
    expect(all('6 tháng đầu năm 2026')).toEqual(['date:6 tháng đầu năm 2026']);
    expect(all('Quý IV hằng năm')).toEqual(['recurring:Quý IV hằng năm']);
    expect(all('trong tháng 12 năm 2025')).toEqual(['date:tháng 12 năm 2025']);
    expect(all('Trong 6 tháng đầu năm 2026')).toEqual(['date:6 tháng đầu năm 2026']); // not a 6-month duration
    expect(all('Trước ngày 15/12 hàng năm')).toEqual(['recurring:ngày 15/12 hàng năm']); // not a day without year
    expect(all('6 tháng một lần')).toEqual(['recurring:6 tháng một lần']);
  });
  it('a condition ends at a comma before a duration', () => {
    expect(all('Sau khi có Quyết định, trong vòng 45 ngày')).toEqual(['condition:Sau khi có Quyết định', 'duration:trong vòng 45 ngày']);
  });
});
