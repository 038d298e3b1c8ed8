import { builtinCatalogue, extendCatalogue } from '../../../src/core/agencies';
import { importProgramme } from '../../../src/core/import';
import { planWorkbook } from '../../../src/core/plan';
import { AGENCY_SOURCE, AGENCY_TABLE, userAgencies } from '../../../src/core/plan/catalogueSheet';
import { validateProgramme } from '../../../src/core/validate';
import { seedText } from '../../helpers/seeds';

const programme = importProgramme(seedText('004'));

function agencyRows(catalogue = builtinCatalogue()) {
  const plan = planWorkbook({ programme, catalogue, settings: { asOf: '2026-06-15', dueSoonDays: 30 } });
  const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === AGENCY_TABLE)!;
  return table.rows.map((r) => r.map((v) => (typeof v === 'object' && v !== null ? '' : v)));
}

describe('the user keeps agencies on the Danh mục sheet', () => {
  it('lists built-in names, the user’s own and those only found in the document, each with its source', () => {
    const rows = agencyRows(extendCatalogue(builtinCatalogue(), [{ name: 'Trung tâm Dữ liệu tỉnh', aliases: [] }]));
    const source = (name: string) => rows.find((r) => r[0] === name)?.[2];
    expect(source('Ban Tổ chức Tỉnh ủy')).toBe(AGENCY_SOURCE.builtin);
    expect(source('Trung tâm Dữ liệu tỉnh')).toBe(AGENCY_SOURCE.user);
    // 004's lead cells that name several agencies are not catalogue names: they come from the document.
    expect(source('Chi bộ Hành chính – Quản trị và các chi bộ')).toBe(AGENCY_SOURCE.document);
  });

  it('reads back only the rows the user added or confirmed', () => {
    const rows = [
      ['Ban Tổ chức Tỉnh ủy', 'Đảng', AGENCY_SOURCE.builtin],
      ['Chi bộ Hành chính – Quản trị và các chi bộ', '', AGENCY_SOURCE.document],
      ['Các chi bộ trực thuộc Đảng ủy', 'Đảng', AGENCY_SOURCE.user],
      ['Trung tâm Dữ liệu tỉnh', '', ''],
      ['', 'Sở', 'Người dùng thêm'],
    ];
    expect(userAgencies(rows)).toEqual([
      { name: 'Các chi bộ trực thuộc Đảng ủy', aliases: [], group: 'Đảng' },
      { name: 'Trung tâm Dữ liệu tỉnh', aliases: [] },
    ]);
  });

  it('stops the "not in the catalogue" finding for an agency the user added', () => {
    const notInCatalogue = (catalogueRows: string[][]) =>
      validateProgramme(programme, { catalogue: extendCatalogue(builtinCatalogue(), userAgencies(catalogueRows)) }).findings.filter(
        (f) => f.column === 'lead' && f.value.includes('Kinh tế ngành - Văn xã') && /catalogue|danh-muc|unknown/.test(f.rule),
      );
    const before = notInCatalogue([]);
    expect(before.length).toBeGreaterThan(0);
    expect(notInCatalogue([['Kinh tế ngành - Văn xã', '', AGENCY_SOURCE.user]])).toHaveLength(0);
  });

  it('writes the user’s agencies back on the next import, so they are never lost', () => {
    const users = userAgencies([['Trung tâm Dữ liệu tỉnh', 'Sở', AGENCY_SOURCE.user]]);
    const rows = agencyRows(extendCatalogue(builtinCatalogue(), users));
    expect(rows).toContainEqual(['Trung tâm Dữ liệu tỉnh', 'Sở', AGENCY_SOURCE.user]);
  });
});
