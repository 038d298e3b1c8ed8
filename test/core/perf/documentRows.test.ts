import fc from 'fast-check';
import { documentRows, sectionOf } from '../../../src/core/plan/rows';
import type { Item, ProgrammeTable, Section } from '../../../src/core/model';

// documentRows sorts row positions instead of rows, and lets consecutive items of one section
// share their Mục text: rows must be those of a stable sort by line, each item's Mục its own path joined.
const item = (line: number, path: string[]): Item => ({
  tt: String(line),
  path,
  task: `Nhiệm vụ dòng ${line}`,
  lead: 'Sở Xây dựng',
  partners: '',
  time: { text: '', kind: 'none', due: null, start: null, condition: null, recurrence: null, reason: null },
  authority: '',
  resources: '',
  notes: '',
  line,
});
const section = (line: number, level: number, title: string): Section => ({ tt: '', title, level, line }) as Section;

describe('documentRows', () => {
  it('interleaves headings and items by line, an item just after a heading of its line', () => {
    const t = {
      title: '',
      label: '',
      kind: 'tasks',
      columns: [],
      sections: [section(3, 1, 'Giao thông'), section(1, 1, 'Y tế')],
      items: [item(3, ['Giao thông']), item(2, ['Y tế'])],
    } as unknown as ProgrammeTable;
    expect(documentRows(t).map((r) => (r.type === 'heading' ? `h${r.line}` : `i${r.item.line}`))).toEqual(['h1', 'i2', 'h3', 'i3']);
  });
  it('for any items and headings, as a stable sort by line with each Mục the path joined', () => {
    const path = fc.array(fc.constantFrom('I. Kinh tế', '1. Nông nghiệp', 'II. Xã hội', ''), { maxLength: 3 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(30), path), { maxLength: 40 }), fc.array(fc.tuple(fc.nat(30), fc.integer({ min: 1, max: 3 })), { maxLength: 10 }), (items, heads) => {
        const t = {
          title: '',
          label: '',
          kind: 'tasks',
          columns: [],
          sections: heads.map(([l, lv], i) => section(l, lv, `Mục ${i}`)),
          items: items.map(([l, p]) => item(l, p)),
        } as unknown as ProgrammeTable;
        const rows = documentRows(t);
        const expected = [...t.sections.map((s) => ({ at: s.line, s })), ...t.items.map((it, index) => ({ at: it.line + 0.5, index }))].sort((a, b) => a.at - b.at);
        expect(rows.map((r) => (r.type === 'heading' ? r.title : r.index))).toEqual(expected.map((e) => ('s' in e ? e.s!.title : e.index)));
        for (const r of rows) if (r.type === 'item') expect(r.section).toBe(sectionOf(r.item));
        // Amended tables (rows by path) too.
        for (const r of documentRows(t, true)) if (r.type === 'item') expect(r.section).toBe(r.item.path.join(' › '));
      }),
    );
  });
});
