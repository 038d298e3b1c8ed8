/**
 * The evaluator's count of SUMPRODUCT((T[A]=x)*(T[B]=y)…) (formulaEval.ts, countEqual) against
 * its definition: the same formula with one more pair of brackets, which the fast path does not
 * recognise, is evaluated element by element. Random tables of texts (varied case, empty),
 * numbers, booleans and empty cells; criteria are texts, numbers or cells of another sheet.
 */
import fc from 'fast-check';
import { PlanEvaluator } from '../../../src/core/plan/formulaEval';
import { emptySheet } from '../../../src/core/plan/layout';
import type { CellValue, SheetPlan, WorkbookPlan } from '../../../src/core/plan/types';

const sheet = (name: string, extra: Partial<SheetPlan>): SheetPlan => ({ ...emptySheet(name, 'summary'), ...extra });

const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom('Quá hạn', 'quá HẠN', 'Trong hạn', 'Sở Y tế', 'sở y tế', '', ' Sở Y tế'),
  fc.constantFrom(0, 1, 46203, 2.5),
  fc.constant(null),
  fc.boolean(),
  fc.constant({ formula: '1+1', result: 'Quá hạn' }),
);
const criterion = fc.oneof(
  fc.constantFrom('"Quá hạn"', '"QUÁ HẠN"', '"Sở Y tế"', '""', '0', '46203', '2.5'),
  fc.constantFrom('$A1', '$A2', '$A3', '$A4'), // cells on Tổng hợp: a text, an empty cell, a number, a boolean
);

describe('SUMPRODUCT of equalities over a table: counted as evaluated', () => {
  it('gives the element-by-element result for any rows and criteria', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, value, value), { maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), criterion), { minLength: 2, maxLength: 3 }),
        (rows, factors) => {
          const plan: WorkbookPlan = {
            sheets: [
              sheet('Tổng hợp', {
                cells: [
                  { row: 1, col: 1, value: 'quá hạn' },
                  { row: 3, col: 1, value: 46203 },
                  { row: 4, col: 1, value: true },
                ],
              }),
              sheet('Phụ lục', {
                tables: [
                  {
                    name: 'PhuLuc_1',
                    row: 5,
                    col: 1,
                    columns: ['Mục', 'Cơ quan chủ trì', 'Tình trạng'].map((header) => ({ header, width: 10 })),
                    rows,
                    tableStyle: 'TableStyleLight9',
                    showRowStripes: false,
                    showFilterButton: true,
                  },
                ],
              }),
            ],
            names: [],
            styles: {},
            fullCalcOnLoad: true,
            title: '',
            creator: '',
          };
          const headers = ['Mục', 'Cơ quan chủ trì', 'Tình trạng'];
          const fast = `SUMPRODUCT(${factors.map(([c, x]) => `(PhuLuc_1[${headers[c]}]=${x})`).join('*')})`;
          const slow = `SUMPRODUCT((${factors.map(([c, x]) => `(PhuLuc_1[${headers[c]}]=${x})`).join('*')}))`;
          const ev = new PlanEvaluator(plan);
          expect(ev.evaluate(fast, 'Tổng hợp')).toEqual(new PlanEvaluator(plan).evaluate(slow, 'Tổng hợp'));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('counts rows matching every criterion, text without regard to case (hand count)', () => {
    const rows: CellValue[][] = [
      ['I', 'Sở Y tế', 'Quá hạn'],
      ['I', 'sở y tế', 'Trong hạn'],
      ['II', 'SỞ Y TẾ', 'quá hạn'],
      ['I', 'Sở Nội vụ', 'Quá hạn'],
      ['I', 'Sở Y tế', null],
    ];
    const plan: WorkbookPlan = {
      sheets: [
        sheet('Tổng hợp', {}),
        sheet('Phụ lục', {
          tables: [
            {
              name: 'T',
              row: 1,
              col: 1,
              columns: ['Mục', 'Chủ trì', 'Tình trạng'].map((header) => ({ header, width: 10 })),
              rows,
              tableStyle: 'x',
              showRowStripes: false,
              showFilterButton: true,
            },
          ],
        }),
      ],
      names: [],
      styles: {},
      fullCalcOnLoad: true,
      title: '',
      creator: '',
    };
    const ev = new PlanEvaluator(plan);
    expect(ev.evaluate('SUMPRODUCT((T[Chủ trì]="Sở Y tế")*(T[Tình trạng]="Quá hạn"))', 'Tổng hợp')).toBe(2);
    expect(ev.evaluate('SUMPRODUCT((T[Mục]="I")*(T[Chủ trì]="sở y tế")*(T[Tình trạng]=""))', 'Tổng hợp')).toBe(1);
  });
});
