/**
 * The `<f>` text of a formula cell (render/xlsx/formulaXml.ts): a template's pieces escaped once
 * and joined by the row number give what escaping the whole formula text gives
 * (formulaXmlPlain). Random pieces with the characters XML escapes, "=" in front or not, empty
 * pieces, any row; cells with their own text; one map of escaped pieces shared by all calls.
 */
import fc from 'fast-check';
import { formulaText, RowFormula } from '../../../src/core/plan/formulaText';
import type { FormulaTemplate, FormulaValue } from '../../../src/core/plan/types';
import { formulaXml, formulaXmlPlain } from '../../../src/render/xlsx/formulaXml';

const piece = fc.string({ unit: fc.constantFrom('=', '&', '<', '>', '\r', '"', 'A', '$', '1', 'ế', ' ', '<='), maxLength: 12 });
const template: fc.Arbitrary<FormulaTemplate> = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => ({ pieces }));

describe('formulaXml: escaped template pieces joined by the row', () => {
  it('gives the escaped text of the whole formula, for templates and own texts alike', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.tuple(template, fc.integer({ min: 1, max: 1_048_576 })), piece), { maxLength: 20 }), (cells) => {
        const escaped = new Map<FormulaTemplate, string[]>();
        const templates = cells.filter((c): c is [FormulaTemplate, number] => Array.isArray(c)).map((c) => c[0]);
        // The same template on several rows, as a table column holds it.
        const values: FormulaValue[] = cells.flatMap((c): FormulaValue[] =>
          Array.isArray(c) ? [new RowFormula(c[0], c[1]), { formula: c[0], row: c[1] + 1 }, ...(templates.length ? [new RowFormula(templates[0], c[1])] : [])] : [{ formula: c }],
        );
        for (const v of values) expect(formulaXml(v, escaped)).toBe(formulaXmlPlain(v));
      }),
    );
  });

  it('keeps a leading "=" only where the text does not start with it', () => {
    const t: FormulaTemplate = { pieces: ['=IF($A', '>0,"<",$B', ')'] };
    expect(formulaText(new RowFormula(t, 7))).toBe('=IF($A7>0,"<",$B7)');
    expect(formulaXml(new RowFormula(t, 7), new Map())).toBe('IF($A7&gt;0,"&lt;",$B7)');
    expect(formulaXml(new RowFormula({ pieces: ['', '+1'] }, 12), new Map())).toBe('12+1');
  });
});
