/** One agency written in full and by its initials in one programme gets one file and one report line. */
import { builtinCatalogue } from '../../../src/core/agencies';
import { initialsAliases } from '../../../src/core/cycle/initials';
import { buildReport } from '../../../src/core/cycle/report';
import { cycleRows } from '../../../src/core/cycle/rows';
import { leadAgencies, splitByAgency } from '../../../src/core/cycle/split';
import type { TableData } from '../../../src/core/plan/sheetData';

describe('initialsAliases', () => {
  it('takes a short form for the one full name whose initials it is', () => {
    const names = [
      'Cục DLQGVN',
      'Cục Du lịch Quốc gia Việt Nam',
      'Sở NN&PTNT',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Sở VHTTDL',
      'Sở Văn hóa, Thể thao và Du lịch',
      // Initials fitting no full name, or two: left as they are.
      'Trung tâm CĐS',
      'Trung tâm Chuyển đổi số ngành',
      'Vụ KH',
      'Vụ Kế hoạch',
      'Vụ Khoa học',
      // Another kind: no match.
      'Ban DL',
      'Cục Du lịch',
    ];
    expect([...initialsAliases(names)]).toEqual([
      ['Cục DLQGVN', 'Cục Du lịch Quốc gia Việt Nam'],
      ['Sở NN&PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
      ['Sở VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch'],
    ]);
  });
});

describe('split and report', () => {
  const HEAD = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Loại thời hạn', 'Hạn hoàn thành', 'Mục', 'Tiến độ', 'Ngày hoàn thành', 'Mã'];
  const row = (tt: string, lead: string, partners: string) => [tt, `Nhiệm vụ ${tt}`, lead, partners, 'Thường xuyên', null, 'I. Du lịch', '', null, `N1-00000${tt}`];
  const tables: TableData[] = [
    {
      sheet: 'Phụ lục',
      table: 'PhuLuc_1',
      headerRow: 6,
      firstCol: 1,
      headers: HEAD,
      title: 'Kế hoạch thử',
      rows: [row('1', 'Cục Du lịch Quốc gia Việt Nam', ''), row('2', 'Cục DLQGVN', 'Vụ Kế hoạch, Tài chính'), row('3', 'Vụ Kế hoạch, Tài chính', 'Cục DLQGVN')],
    },
  ];
  const catalogue = builtinCatalogue();

  it('gives the agency one file with its tasks under either name, and partners too', () => {
    expect(leadAgencies(cycleRows(tables), catalogue)).toEqual(['Cục Du lịch Quốc gia Việt Nam', 'Vụ Kế hoạch, Tài chính']);
    const books = splitByAgency(tables, { title: 'Kế hoạch thử', asOf: '2026-06-30', replyBy: null, programmeKey: 'CT-KEY', stamp: '2026-07-01T08:00:00.000', catalogue });
    expect(books.map((b) => [b.agency, b.leads, b.partners])).toEqual([
      ['Cục Du lịch Quốc gia Việt Nam', 2, 1],
      ['Vụ Kế hoạch, Tài chính', 1, 1],
    ]);
  });

  it('counts the agency once in the report', () => {
    const d = buildReport(cycleRows(tables), { title: 'Kế hoạch thử', asOf: '2026-06-30', dueSoonDays: 30, since: null, catalogue });
    expect(d.agencies.map((a) => [a.agency, a.total])).toEqual([
      ['Cục Du lịch Quốc gia Việt Nam', 2],
      ['Vụ Kế hoạch, Tài chính', 1],
    ]);
  });
});
