/**
 * The column registry drives the importer's header matching, the sheet's headers and read-back:
 * every registry column round-trips import → plan → readBack.
 */
import { COLUMNS, HEADER, columnDef } from '../../src/core/columnRegistry';
import { classifyHeader } from '../../src/core/import/columns';
import { importProgramme } from '../../src/core/import';
import { buildWorkbook } from '../../src/core/plan';
import { readBack } from '../../src/core/plan/readBack';
import { workbookColumn } from '../../src/core/plan/workbookColumns';
import type { CellScalar, TableData } from '../../src/core/plan/sheetData';
import type { CellValue } from '../../src/core/plan/types';

// An invented appendix with every document column a task table can have, headed by the sheet's own headers.
const DOC = ['tt', 'task', 'lead', 'partners', 'time', 'authority', 'resources', 'notes'] as const;
const header = DOC.map((k) => HEADER[k]).join('\t');
const rows = [
  [
    '1',
    'Xây dựng đề án phát triển du lịch cộng đồng vùng cao',
    'Sở Văn hóa, Thể thao và Du lịch',
    'Sở Tài chính',
    'Quý III/2026',
    'UBND tỉnh',
    'Ngân sách tỉnh',
    'Trình thông qua',
  ],
  ['2', 'Ban hành quy chế phối hợp quản lý chợ biên giới', 'Sở Công Thương', 'Công an tỉnh', 'Tháng 10/2026', 'HĐND tỉnh', 'Xã hội hóa', 'Đã có dự thảo'],
];
const text = ['PHỤ LỤC', 'DANH MỤC NHIỆM VỤ THỬ NGHIỆM', header, ...rows.map((r) => r.join('\t'))].join('\n');

const scalar = (v: CellValue): CellScalar => (v !== null && typeof v === 'object' ? null : v);

describe('column registry', () => {
  it('the importer reads every document column by the registry’s sheet header', () => {
    for (const c of COLUMNS.filter((d) => d.importPattern && d.role === 'document')) expect([c.key, classifyHeader(c.header)]).toEqual([c.key, c.key]);
  });

  it('re-import reads every column by its sheet header (the lead as found and the id are not read as columns)', () => {
    for (const c of COLUMNS) {
      const expected = c.key === 'leadAsFound' || c.key === 'id' ? null : c.key;
      expect([c.header, workbookColumn(c.header)]).toEqual([c.header, expected]);
    }
  });

  it('the sheet writes the registry’s headers, widths and order: document columns, then tracking columns', () => {
    const p = importProgramme(text);
    expect(p.tables[0].columns.map((c) => c.key)).toEqual([...DOC]);
    const { appendices } = buildWorkbook({ programme: p, settings: { asOf: '2026-11-30', dueSoonDays: 30 } });
    const cols = appendices[0].sheet.tables[0].columns;
    expect(cols.map((c) => c.header)).toEqual([
      'TT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian',
      'Thẩm quyền ban hành',
      'Nguồn lực',
      'Ghi chú',
      'Loại thời hạn',
      'Hạn hoàn thành',
      'Tiến độ',
      'Ngày hoàn thành',
      'Tình trạng',
      'Mục',
      'Mã',
    ]);
    // Tracking columns at their width; document columns narrowed for paper, never below their minimum.
    for (const c of cols) {
      const def = columnDef(c.key as never);
      if (def.role === 'tracking') expect([c.key, c.width]).toEqual([c.key, def.width]);
      else expect(c.width >= def.minPrintWidth! && c.width <= def.width).toBe(true);
    }
  });

  it('every document column round-trips: import → plan → readBack', () => {
    const p = importProgramme(text);
    const { appendices } = buildWorkbook({ programme: p, settings: { asOf: '2026-11-30', dueSoonDays: 30 } });
    const t = appendices[0].sheet.tables[0];
    const data: TableData = {
      sheet: appendices[0].sheet.name,
      table: t.name,
      headerRow: t.row,
      firstCol: t.col,
      headers: t.columns.map((c) => c.header),
      rows: t.rows.map((r) => r.map(scalar)),
    };
    const back = readBack([data]).programme.tables[0];
    expect(back.columns.map((c) => c.key)).toEqual([...DOC]);
    const cell = (i: (typeof back.items)[number], k: (typeof DOC)[number]): string => (k === 'time' ? i.time.text : (i[k] ?? ''));
    expect(back.items.map((i) => DOC.map((k) => cell(i, k)))).toEqual(rows);
  });
});
