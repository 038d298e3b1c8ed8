/**
 * host.ts against office-addin-mock. office-addin-mock requires office-addin-manifest, whose
 * ESM-only dependencies jest cannot load; it only needs its OfficeApp enum, stubbed here for this
 * file alone (no change to the shared jest config).
 */
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));
import { OfficeMockObject } from 'office-addin-mock';
import { selectCell, setReportSettings } from '../../src/taskpane/host';

function mockExcel(data: Record<string, unknown>) {
  const mock = new OfficeMockObject(data) as unknown as { context: Excel.RequestContext & { sync(): Promise<void> } };
  let syncs = 0;
  const sync = mock.context.sync.bind(mock.context);
  (mock.context as { sync: () => Promise<void> }).sync = async () => {
    syncs++;
    await sync();
  };
  (global as unknown as { Excel: unknown }).Excel = { run: (cb: (c: Excel.RequestContext) => Promise<unknown>) => cb(mock.context) };
  return { mock, syncs: () => syncs };
}

describe('host.ts with office-addin-mock', () => {
  it('sets the report date and due-soon cells through their names, then recalculates (2 syncs)', async () => {
    const dateCell = { formulas: [['=TODAY()']] as unknown[][] };
    const windowCell = { values: [[30]] as unknown[][] };
    let calculated = '';
    const { syncs } = mockExcel({
      context: {
        workbook: {
          names: {
            getItemOrNullObject: (n: string) => ({
              isNullObject: false,
              getRange: () => (n === 'NgayBaoCao' ? dateCell : windowCell),
            }),
          },
          application: { calculate: (t: string) => void (calculated = t) },
        },
      },
    });
    expect(await setReportSettings(46203, 15)).toBe(true);
    expect(dateCell.formulas).toEqual([[46203]]);
    expect(windowCell.values).toEqual([[15]]);
    expect(calculated).toBe('Full');
    expect(syncs()).toBe(2);

    expect(await setReportSettings(null, 30)).toBe(true);
    expect(dateCell.formulas).toEqual([['=TODAY()']]);
  });

  it('says so (false) when the workbook has no report-date name', async () => {
    mockExcel({ context: { workbook: { names: { getItemOrNullObject: () => ({ isNullObject: true }) } } } });
    expect(await setReportSettings(46203, 15)).toBe(false);
  });

  it('activates the sheet and selects the cell of a finding', async () => {
    const calls: string[] = [];
    mockExcel({
      context: {
        workbook: {
          worksheets: {
            getItem: (name: string) => ({
              activate: () => calls.push(`activate ${name}`),
              getRange: (a: string) => ({ select: () => calls.push(`select ${a}`) }),
            }),
          },
        },
      },
    });
    await selectCell('Phụ lục', 'G38');
    expect(calls).toEqual(['activate Phụ lục', 'select G38']);
  });
});
