/**
 * The Office renderer writes 50,000 items without "Maximum call stack size exceeded", and a
 * failure is only blamed on Excel when Excel raised it.
 */
import { importProgramme } from '../../../src/core/import';
import { buildWorkbook } from '../../../src/core/plan';
import { faultText, isExcelError, isOwnFault } from '../../../src/render/office/errorSource';
import { measureRender, recordingContext } from '../../../src/render/office/instrument';
import { renderPlan } from '../../../src/render/office/renderPlan';
import { workbookPlan } from './fixtures';

describe('50,000 items', () => {
  test('a real plan of 50,000 overdue tasks (a 50,000-row list on Tổng hợp) is queued and written', async () => {
    const lines = ['PHỤ LỤC', 'DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH', '', 'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian'];
    for (let i = 1; i <= 50_000; i++) lines.push(`${i}\tRà soát thủ tục hành chính số ${i}\tSở Nội vụ\tQuý I/2026`);
    const programme = importProgramme(lines.join('\n'));
    expect(programme.tables[0].items).toHaveLength(50_000);
    const built = buildWorkbook({ programme, settings: { asOf: '2026-06-30', dueSoonDays: 30 } });
    const summary = built.plan.sheets.find((s) => s.kind === 'summary')!;
    expect(summary.cells.length).toBeGreaterThan(6 * 50_000);
    const { report } = await measureRender(built.plan);
    expect(report.sheets).toEqual(built.plan.sheets.map((s) => s.name));
  }, 300_000);
});

describe('whose fault', () => {
  const excelError = Object.assign(new Error('The argument is invalid or missing.'), {
    name: 'RichApi.Error',
    code: 'InvalidArgument',
    debugInfo: { errorLocation: 'Range.values' },
  });
  const ownFault = new RangeError('Maximum call stack size exceeded');

  test('told apart', () => {
    expect(isExcelError(excelError)).toBe(true);
    expect(isOwnFault(excelError)).toBe(false);
    expect(isOwnFault(ownFault)).toBe(true);
    expect(isExcelError(ownFault)).toBe(false);
    expect(faultText(ownFault)).toMatch(/^Lỗi trong Phụ lục \(không phải lỗi của Excel\)/);
    expect(faultText(excelError)).toMatch(/^Excel báo lỗi: /);
  });

  /** renderPlan against a recorder whose second sync throws `e`. */
  async function failingRender(e: Error): Promise<string> {
    const { context } = recordingContext();
    let n = 0;
    const failing = new Proxy(context, {
      get(t, prop) {
        if (prop === 'sync')
          return async () => {
            if (++n === 2) throw e;
          };
        return (t as unknown as Record<string | symbol, unknown>)[prop];
      },
    });
    try {
      await renderPlan(failing, workbookPlan(5));
    } catch (err) {
      return (err as Error).message;
    }
    return 'no error';
  }

  test('a fault of our code is not blamed on Excel', async () => {
    const m = await failingRender(ownFault);
    expect(m).toMatch(/Lỗi trong Phụ lục khi ghi sổ .*không phải lỗi của Excel/);
    expect(m).not.toMatch(/Excel không nhận|Excel báo lỗi/);
  });

  test('an error Excel raised is said to be Excel’s', async () => {
    expect(await failingRender(excelError)).toMatch(/^Excel không nhận lệnh ghi vào sổ \(The argument is invalid or missing.\)/);
  });
});
