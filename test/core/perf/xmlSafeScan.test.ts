import fc from 'fast-check';
import { xmlSafeTables } from '../../../src/core/plan/xmlSafeTables';
import { hasNonXmlChar } from '../../../src/core/input/xmlSafe';
import type { ProgrammeTable } from '../../../src/core/model';

// xmlSafeTables scans a table (arrays by index) before copying it: a table is returned as it is
// exactly when no string anywhere in it holds a character XML cannot hold.
const plainBad = (v: unknown): boolean =>
  typeof v === 'string'
    ? hasNonXmlChar(v)
    : Array.isArray(v)
      ? v.some(plainBad)
      : !!v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype && Object.values(v).some(plainBad);

const item = (path: string[], extra: unknown) => ({ tt: '1', path, task: 'Khám sàng lọc', lead: 'Sở Y tế', time: { text: 'Quý IV/2026', kind: 'deadline' }, notes: '', extra });

const text = fc.constantFrom('Sở Y tế', '', 'Quý IV/2026', 'a\u0001b', '\uFFFE', '\uD83D\uDE00', '\uD800x', 'dòng\u000Bmới');

describe('xmlSafeTables keeps a clean table as it is', () => {
  it('on a hand-made table with a control character in a section path', () => {
    const t = {
      title: 'Bảng',
      label: '',
      kind: 'tasks',
      columns: [],
      sections: [],
      items: [item(['I. Y tế', 'II.\u0002 Giáo dục'], null)],
    } as unknown as ProgrammeTable;
    const out = xmlSafeTables([t]).tables[0];
    expect(out).not.toBe(t);
    expect(out.items[0].path[1]).toBe('II.\uFFFD Giáo dục');
  });
  it('for any nesting of strings, arrays and plain objects', () => {
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'path', 'time'), tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(text, { maxLength: 2 }), tree), { maxLength: 4 }), text, (rows, title) => {
        const t = { title, label: '', kind: 'tasks', columns: [], sections: [], items: rows.map(([path, extra]) => item(path, extra)) } as unknown as ProgrammeTable;
        const out = xmlSafeTables([t]).tables[0];
        expect(out === t).toBe(!plainBad(t));
      }),
      { numRuns: 500 },
    );
  });
});
