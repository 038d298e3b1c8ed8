/**
 * documentOrder leaves a table in document order alone: points of a section that follow one of
 * its subsections (II → heading 1 with 1.1, 1.2 → points 2, 3 → heading 4 with 4.1, as Hà Nội's
 * plans are laid out) are not "sorted by the user". A table sorted by agency still gets its order.
 */
import type { Item, Section } from '../../../src/core/model';
import { documentOrder } from '../../../src/core/plan/documentOrder';

const II = 'II. NHIỆM VỤ';
const S1 = '1. Về dữ liệu';
const S4 = '4. Về nguồn lực';

function table(lines: Record<string, number>) {
  const sections: Section[] = [
    { tt: 'II', title: 'NHIỆM VỤ', level: 1, line: lines.II },
    { tt: '1', title: 'Về dữ liệu', level: 2, line: lines.h1 },
    { tt: '4', title: 'Về nguồn lực', level: 2, line: lines.h4 },
  ];
  const paths = new Map<Section, string[]>([
    [sections[0], [II]],
    [sections[1], [II, S1]],
    [sections[2], [II, S4]],
  ]);
  const item = (tt: string, path: string[], line: number) => ({ tt, path, line, task: `Nhiệm vụ ${tt}`, lead: 'Sở Tài chính' }) as unknown as Item;
  const items = [
    item('1.1', [II, S1], lines['1.1']),
    item('1.2', [II, S1], lines['1.2']),
    item('2', [II], lines['2']),
    item('3', [II], lines['3']),
    item('4.1', [II, S4], lines['4.1']),
  ];
  documentOrder(sections, paths, items);
  return { sections, items };
}

describe('documentOrder', () => {
  it('leaves a table in document order alone (points 2, 3 after subsection 1 of the same section)', () => {
    const t = table({ II: 7, h1: 8, '1.1': 9, '1.2': 10, '2': 11, '3': 12, h4: 13, '4.1': 14 });
    expect([...t.sections, ...t.items].map((x) => x.order)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('orders a table whose rows a user sorted (headings moved to the end, points mixed)', () => {
    const t = table({ '2': 7, '1.1': 8, '4.1': 9, '3': 10, '1.2': 11, II: 12, h1: 13, h4: 14 });
    // By the Mục paths: the section first, each heading before its own points, points in TT order.
    const order = [...t.sections.map((s) => [s.tt, s.order]), ...t.items.map((i) => [i.tt, i.order])].sort((a, b) => Number(a[1]) - Number(b[1])).map((x) => x[0]);
    expect(order[0]).toBe('II');
    expect(order.indexOf('3')).toBeGreaterThan(order.indexOf('2'));
    expect(order.indexOf('1.2')).toBeGreaterThan(order.indexOf('1.1'));
    expect(order.indexOf('1.1')).toBeGreaterThan(order.indexOf('1'));
    expect(order.indexOf('4.1')).toBeGreaterThan(order.indexOf('4'));
  });
});
