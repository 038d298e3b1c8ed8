/** The cycle's core on invented tables: ids, file names, merge's conflict kinds, the report. */
import { builtinCatalogue } from '../../../src/core/agencies';
import { applyAmendment } from '../../../src/core/amend';
import { agencyFileNames } from '../../../src/core/cycle/fileName';
import { withIds } from '../../../src/core/cycle/ids';
import { mergeReplies, ReplyInput } from '../../../src/core/cycle/merge';
import { buildReport, qualifiedTt } from '../../../src/core/cycle/report';
import { cellDate, cycleRows } from '../../../src/core/cycle/rows';
import { splitByAgency } from '../../../src/core/cycle/split';
import { importProgramme } from '../../../src/core/import';
import type { CellScalar, TableData } from '../../../src/core/plan/sheetData';
import { isoToSerial } from '../../../src/core/status';
import { seedText } from '../../helpers/seeds';

const T = (...cells: string[]) => cells.join('\t');
const DOC = [
  T('TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'),
  T('<b>I</b>', '<b>Lĩnh vực kinh tế</b>', '', ''),
  T('1', 'Xây dựng đề án phát triển hợp tác xã kiểu mới', 'Sở Tài chính', 'Quý II/2026'),
  T('2', 'Ban hành kế hoạch chuyển đổi số trong nông nghiệp', 'Sở Khoa học và Công nghệ', 'Tháng 3/2026'),
  T('<b>II</b>', '<b>Lĩnh vực xã hội</b>', '', ''),
  T('1', 'Rà soát mạng lưới trường học vùng cao', 'Sở Giáo dục và Đào tạo', 'Năm 2026'),
].join('\n');

describe('stable ids', () => {
  it('gives each item an id that does not depend on its text or row, and differs between sections', () => {
    const a = withIds(importProgramme(DOC)).tables[0].items;
    expect(a).toHaveLength(3);
    expect(new Set(a.map((i) => i.id)).size).toBe(3); // "1" under I and "1" under II are two items
    const reworded = withIds(importProgramme(DOC.replace('hợp tác xã kiểu mới', 'kinh tế tập thể'))).tables[0].items;
    expect(reworded.map((i) => i.id)).toEqual(a.map((i) => i.id));
    expect(a[0].id).toMatch(/^N1-[0-9A-Z]{6}$/);
  });

  it('survives an amendment: points it does not add keep their ids (seed 001 amended by 000)', () => {
    const base = withIds(importProgramme(seedText('001')));
    const amended = withIds({ ...base, tables: [{ ...base.tables[0], items: applyAmendment(importProgramme(seedText('001')), seedText('000')).items }] });
    const before = new Map(base.tables[0].items.map((i) => [`${i.path.join('/')}#${i.tt}`, i.id]));
    const kept = amended.tables[0].items.filter((i) => before.has(`${i.path.join('/')}#${i.tt}`) && !i.duplicateNumber);
    expect(kept.length).toBeGreaterThan(50);
    for (const i of kept) expect(i.id).toBe(before.get(`${i.path.join('/')}#${i.tt}`));
  });
});

describe('agency file names', () => {
  it('are ASCII, Windows-safe and one per agency', () => {
    expect(agencyFileNames(['Sở Tài chính', 'Sở Tài Chính', 'Đảng ủy Công an tỉnh', 'CON'])).toEqual([
      'bao-cao-so-tai-chinh.xlsx',
      'bao-cao-so-tai-chinh-2.xlsx',
      'bao-cao-dang-uy-cong-an-tinh.xlsx',
      'bao-cao-con.xlsx',
    ]);
  });
});

// A master table as read back: header row 6, tasks under two sections.
const HEAD = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian', 'Loại thời hạn', 'Hạn hoàn thành', 'Tiến độ', 'Ngày hoàn thành', 'Tình trạng', 'Mục', 'Mã'];
const row = (tt: string, task: string, lead: string, due: string | null, id: string, progress = '', done: string | null = null): CellScalar[] => [
  tt,
  task,
  lead,
  due ? 'Quý' : 'Thường xuyên',
  due ? 'Có hạn' : 'Thường xuyên',
  due ? isoToSerial(due) : null,
  progress,
  done ? isoToSerial(done) : null,
  null,
  'I. Kinh tế',
  id,
];
const master = (): TableData[] => [
  {
    sheet: 'Phụ lục',
    table: 'PhuLuc_1',
    headerRow: 6,
    firstCol: 1,
    headers: HEAD,
    title: 'Kế hoạch thử',
    rows: [
      row('1', 'Đề án hợp tác xã', 'Sở Tài chính', '2026-03-31', 'N1-AAAAAA'),
      row('2', 'Kế hoạch chuyển đổi số', 'Sở Tài chính', '2026-09-30', 'N1-BBBBBB'),
      row('3', 'Rà soát trường học', 'Sở Giáo dục và Đào tạo', '2026-05-31', 'N1-CCCCCC'),
      row('4', 'Tuyên truyền thường xuyên', 'Sở Y tế', null, 'N1-DDDDDD'),
    ],
  },
];
const REPLY_HEAD = [
  'Mã',
  'TT',
  'Nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời gian',
  'Hạn hoàn thành',
  'Mục',
  'Tiến độ',
  'Ngày hoàn thành',
  'Kết quả thực hiện',
  'Khó khăn, vướng mắc',
  'Đề xuất',
];
const reply = (file: string, agency: string, rows: CellScalar[][], stamp = '2026-07-01T08:00:00', key = 'CT-KEY'): ReplyInput => ({
  file,
  identity: { programmeKey: key, stamp, agency },
  table: { headers: REPLY_HEAD, rows },
});
const r = (id: string, tt: string, task: string, lead: string, due: string | null, progress: string, done: string | null, result = ''): CellScalar[] => [
  id,
  tt,
  task,
  lead,
  due ? 'Quý' : 'Thường xuyên',
  due ? isoToSerial(due) : null,
  'I. Kinh tế',
  progress,
  done ? isoToSerial(done) : null,
  result,
  null,
  null,
];

describe('merge', () => {
  const cat = builtinCatalogue();

  it('applies agreed values by id, reports every conflict kind and who did not reply', () => {
    const out = mergeReplies(
      master(),
      'CT-KEY',
      [
        reply('tc.xlsx', 'Sở Tài chính', [
          r('N1-AAAAAA', '1', 'Đề án hợp tác xã', 'Sở Tài chính', '2026-03-31', 'Hoàn thành', '2026-04-10', 'Đã trình UBND tỉnh'),
          r('N1-BBBBBB', '2', 'Kế hoạch chuyển đổi số (sửa)', 'Sở Tài chính', '2026-09-30', 'Đang thực hiện', null),
          r('N1-ZZZZZZ', '9', 'Việc không có', 'Sở Tài chính', null, 'Hoàn thành', null),
        ]),
        reply('tc-2.xlsx', 'Sở Tài chính', [r('N1-AAAAAA', '1', 'Đề án hợp tác xã', 'Sở Tài chính', '2026-03-31', 'Hoàn thành', '2026-04-12')]),
        reply('tc-cu.xlsx', 'Sở Tài chính', [r('N1-BBBBBB', '2', 'Kế hoạch chuyển đổi số', 'Sở Tài chính', '2026-09-30', 'Hoàn thành', null)], '2026-04-01T08:00:00'),
        reply('khac.xlsx', 'Sở Y tế', [r('N1-DDDDDD', '4', 'Tuyên truyền thường xuyên', 'Sở Y tế', null, 'Hoàn thành', null)], '2026-07-01T08:00:00', 'CT-OTHER'),
        reply('gd.xlsx', 'Sở Giáo dục và Đào tạo', [r('N1-CCCCCC', '3', 'Rà soát trường học', 'Sở Giáo dục và Đào tạo', '2026-05-31', 'Xong rồi', 'hôm qua')]),
      ],
      [],
      cat,
    );
    expect(out.conflicts.map((c) => `${c.kind} ${c.id} ${c.file}`).sort()).toEqual([
      'different-values N1-AAAAAA tc-2.xlsx',
      'different-values N1-AAAAAA tc.xlsx',
      'invalid-value N1-CCCCCC gd.xlsx',
      'invalid-value N1-CCCCCC gd.xlsx',
      'older-split  tc-cu.xlsx',
      'other-programme  khac.xlsx',
      'protected-edit N1-BBBBBB tc.xlsx',
      'unknown-id N1-ZZZZZZ tc.xlsx',
    ]);
    expect(out.updated).toEqual([
      { id: 'N1-AAAAAA', agency: 'Sở Tài chính', cells: ['Tiến độ', 'Kết quả thực hiện'] },
      { id: 'N1-BBBBBB', agency: 'Sở Tài chính', cells: ['Tiến độ'] },
    ]);
    expect(out.cells).toEqual([
      { tableIndex: 0, rowIndex: 0, header: 'Tiến độ', value: 'Hoàn thành' },
      { tableIndex: 0, rowIndex: 1, header: 'Tiến độ', value: 'Đang thực hiện' },
    ]);
    // Sở Y tế's only reply came from another programme.
    expect(out.notReplied).toEqual(['Sở Y tế']);
    // Messages name the task with its section's number (TT restarts in each section) and show
    // split stamps as users read dates.
    const said = (kind: string) =>
      out.conflicts
        .filter((c) => c.kind === kind)
        .map((c) => c.message)
        .join('\n');
    expect(said('protected-edit')).toContain('của nhiệm vụ I.2:');
    expect(said('invalid-value')).toContain('Tiến độ “Xong rồi” của nhiệm vụ I.3 ');
    expect(said('different-values')).toContain('Nhiệm vụ I.1, cột');
    expect(said('older-split')).toContain('(01/04/2026 08:00:00); đã có lần gửi mới hơn (01/07/2026 08:00:00)');
  });

  it('an agency whose reply to the running split was merged before has replied (files merged one at a time)', () => {
    const now = [reply('tc.xlsx', 'Sở Tài chính', [r('N1-AAAAAA', '1', 'Đề án hợp tác xã', 'Sở Tài chính', '2026-03-31', 'Hoàn thành', '2026-04-12')])];
    // Sở Giáo dục replied to this split in an earlier merge; Sở Y tế only to the previous split.
    const past = [
      { agency: 'Sở Giáo dục và Đào tạo', stamp: '2026-07-01T08:00:00' },
      { agency: 'Sở Y tế', stamp: '2026-04-01T08:00:00' },
    ];
    expect(mergeReplies(master(), 'CT-KEY', now, past, cat).notReplied).toEqual(['Sở Y tế']);
    expect(mergeReplies(master(), 'CT-KEY', now, [], cat).notReplied).toEqual(['Sở Giáo dục và Đào tạo', 'Sở Y tế']);
  });

  it('matches by section and TT when the master has no ids yet (no protected-edit for the empty Mã)', () => {
    const old = master().map((t) => ({ ...t, headers: t.headers.slice(0, -1), rows: t.rows.map((x) => x.slice(0, -1)) }));
    const out = mergeReplies(
      old,
      'CT-KEY',
      [reply('tc.xlsx', 'Sở Tài chính', [r('', '2', 'Kế hoạch chuyển đổi số', 'Sở Tài chính', '2026-09-30', 'Đang thực hiện', null)])],
      [],
      cat,
    );
    expect(out.conflicts).toEqual([]);
    expect(out.cells).toEqual([{ tableIndex: 0, rowIndex: 1, header: 'Tiến độ', value: 'Đang thực hiện' }]);
  });

  it('counts a reply to a split older than one recorded on Lần gửi as an older split, before any reply to the newer split', () => {
    const sent = [
      { agency: 'Sở Tài chính', stamp: '2026-04-01T08:00:00.000', asOf: '2026-03-31' },
      { agency: 'Sở Tài chính', stamp: '2026-07-01T08:00:00.000', asOf: '2026-06-30' },
    ];
    // The April reply comes in after the July split: nothing of it is applied.
    const old = mergeReplies(
      master(),
      'CT-KEY',
      [reply('tc-q1.xlsx', 'Sở Tài chính', [r('N1-BBBBBB', '2', 'Kế hoạch chuyển đổi số', 'Sở Tài chính', '2026-09-30', 'Hoàn thành', null)], '2026-04-01T08:00:00.000')],
      [],
      cat,
      { sent },
    );
    expect(old.conflicts.map((c) => c.kind)).toEqual(['older-split']);
    expect(old.cells).toEqual([]);
    expect(old.notReplied).toContain('Sở Tài chính');
    // A reply merged for the April split does not count as a reply to the July split.
    const later = mergeReplies(master(), 'CT-KEY', [], [{ agency: 'Sở Tài chính', stamp: '2026-04-01T08:00:00.000' }], cat, { sent });
    expect(later.notReplied).toContain('Sở Tài chính');
    // The July reply is applied.
    const now = mergeReplies(
      master(),
      'CT-KEY',
      [reply('tc-q2.xlsx', 'Sở Tài chính', [r('N1-BBBBBB', '2', 'Kế hoạch chuyển đổi số', 'Sở Tài chính', '2026-09-30', 'Hoàn thành', null)], '2026-07-01T08:00:00.000')],
      [],
      cat,
      { sent },
    );
    expect(now.conflicts).toEqual([]);
    expect(now.notReplied).not.toContain('Sở Tài chính');
  });

  it('keeps the files of a split made again for the same period good (leads filled in, split again)', () => {
    const sent = [
      { agency: 'Sở Tài chính', stamp: '2026-07-01T08:00:00.000', asOf: '2026-06-30' },
      { agency: 'Sở Tài chính', stamp: '2026-07-03T14:00:00.000', asOf: '2026-06-30' },
      { agency: 'Sở Y tế', stamp: '2026-07-03T14:00:00.000', asOf: '2026-06-30' },
    ];
    const first = reply('tc.xlsx', 'Sở Tài chính', [r('N1-BBBBBB', '2', 'Kế hoạch chuyển đổi số', 'Sở Tài chính', '2026-09-30', 'Hoàn thành', null)], '2026-07-01T08:00:00.000');
    const out = mergeReplies(master(), 'CT-KEY', [first], [], cat, { sent });
    expect(out.conflicts).toEqual([]);
    expect(out.updated.map((u) => u.id)).toEqual(['N1-BBBBBB']);
    // Merged before, one file at a time: it still counts as Sở Tài chính's reply for this period.
    const later = mergeReplies(master(), 'CT-KEY', [], [{ agency: 'Sở Tài chính', stamp: '2026-07-01T08:00:00.000' }], cat, { sent });
    expect(later.notReplied).not.toContain('Sở Tài chính');
    expect(later.notReplied).toContain('Sở Y tế');
    // The reply's own "Tính đến ngày" says its period even when its split is not on Lần gửi.
    const q1 = { ...first, identity: { ...first.identity, stamp: '2026-04-02T09:00:00', asOf: '2026-03-31' } };
    expect(mergeReplies(master(), 'CT-KEY', [q1], [], cat, { sent }).conflicts.map((c) => c.kind)).toEqual(['older-split']);
  });

  it('refuses a completion date that is no real day (31/02/2026), typed as text in another program', () => {
    const row = r('N1-BBBBBB', '2', 'Kế hoạch chuyển đổi số', 'Sở Tài chính', '2026-09-30', 'Hoàn thành', null);
    row[8] = '31/02/2026';
    const out = mergeReplies(master(), 'CT-KEY', [reply('tc.xlsx', 'Sở Tài chính', [row])], [], cat);
    expect(out.conflicts.map((c) => `${c.kind} ${c.id}`)).toEqual(['invalid-value N1-BBBBBB']);
    expect(out.cells.filter((c) => c.header === 'Ngày hoàn thành')).toEqual([]);
    expect([cellDate('29/02/2028'), cellDate('31/04/2026'), cellDate('2026-02-30'), cellDate('2026-07-15T00:00:00')]).toEqual(['2028-02-29', null, null, '2026-07-15']);
  });

  it('takes a text the task already has on Kết quả báo cáo for no update (a reply merged again)', () => {
    const row = (result: string) => r('N1-BBBBBB', '2', 'Kế hoạch chuyển đổi số', 'Sở Tài chính', '2026-09-30', '', null, result);
    const reported = new Map([['N1-BBBBBB', { 'Kết quả thực hiện': 'Đã lấy ý kiến các sở' }]]);
    const again = mergeReplies(master(), 'CT-KEY', [reply('tc.xlsx', 'Sở Tài chính', [row('Đã lấy ý kiến  các sở')])], [], cat, { reported });
    expect(again.updated).toEqual([]);
    expect(again.texts).toEqual([]);
    const changed = mergeReplies(master(), 'CT-KEY', [reply('tc.xlsx', 'Sở Tài chính', [row('Đã trình UBND tỉnh')])], [], cat, { reported });
    expect(changed.updated).toEqual([{ id: 'N1-BBBBBB', agency: 'Sở Tài chính', cells: ['Kết quả thực hiện'] }]);
  });

  it('counts a reply older than one merged before as an older split', () => {
    const out = mergeReplies(master(), 'CT-KEY', [reply('tc.xlsx', 'Sở Tài chính', [], '2026-04-01T08:00:00')], [{ agency: 'Sở Tài chính', stamp: '2026-07-01T08:00:00' }], cat);
    expect(out.conflicts.map((c) => c.kind)).toEqual(['older-split']);
  });
});

describe('report', () => {
  it('counts by status, sorts agencies by overdue tasks and lists days late', () => {
    const t = master();
    t[0].rows[0][6] = 'Hoàn thành';
    t[0].rows[0][7] = isoToSerial('2026-04-10');
    const d = buildReport(cycleRows(t), { title: 'Kế hoạch thử', asOf: '2026-06-30', dueSoonDays: 30, since: '2026-03-31', catalogue: builtinCatalogue() });
    // 1 done late (10/04 > 31/03); 2 due 30/09: in schedule; 3 due 31/05: 30 days late; 4 ongoing.
    expect(d.counts['Hoàn thành quá hạn']).toBe(1);
    expect(d.counts['Trong hạn']).toBe(1);
    expect(d.counts['Quá hạn']).toBe(1);
    expect(d.counts['Thường xuyên']).toBe(1);
    expect(d.total).toBe(4);
    expect(d.onTimeShare).toBe(0);
    expect(d.overdue.map((x) => [x.tt, x.daysLate])).toEqual([['I.3', 30]]);
    expect(d.agencies[0]).toEqual({ agency: 'Sở Giáo dục và Đào tạo', total: 1, overdue: 1, done: 0 });
    expect(d.completed.map((x) => x.tt)).toEqual(['I.1']);
    expect(d.reported).toEqual([]);
  });

  it("lists the agencies' own words from Kết quả báo cáo in the master's order, keeping a Mã the master lost", () => {
    // Kết quả báo cáo rows: Mã, TT, Nhiệm vụ, Cơ quan chủ trì, Kết quả thực hiện, Khó khăn, vướng mắc, Đề xuất, Tệp, Ngày gộp.
    const results: CellScalar[][] = [
      ['N1-CCCCCC', '3', 'Rà soát trường học', 'Sở Giáo dục và Đào tạo', 'Đã rà soát 40 trường', 'Thiếu kinh phí khảo sát', null, 'gd.xlsx', '05/07/2026'],
      ['N1-ZZZZZZ', '7', 'Nhiệm vụ đã bỏ khỏi sổ', 'Sở Y tế', null, null, 'Xin gia hạn sang năm 2027', 'yt.xlsx', '06/07/2026'],
      ['N1-BBBBBB', '2', 'Kế hoạch chuyển đổi số', 'Sở Tài chính', null, null, null, 'tc.xlsx', '05/07/2026'],
      ['N1-AAAAAA', '1', 'Đề án hợp tác xã', 'Sở Tài chính', null, null, 'Đề nghị điều chỉnh thời hạn', 'tc.xlsx', '04/07/2026'],
    ];
    const d = buildReport(cycleRows(master()), { title: 'Kế hoạch thử', asOf: '2026-06-30', dueSoonDays: 30, since: null, catalogue: builtinCatalogue(), results });
    expect(d.reported.map((r) => [r.tt, r.lead, r.texts.map((t) => `${t.header}: ${t.value}`), r.mergedOn])).toEqual([
      ['I.1', 'Sở Tài chính', ['Đề xuất: Đề nghị điều chỉnh thời hạn'], '04/07/2026'],
      ['I.3', 'Sở Giáo dục và Đào tạo', ['Kết quả thực hiện: Đã rà soát 40 trường', 'Khó khăn, vướng mắc: Thiếu kinh phí khảo sát'], '05/07/2026'],
      ['7', 'Sở Y tế', ['Đề xuất: Xin gia hạn sang năm 2027'], '06/07/2026'],
    ]);
  });
});

describe('split', () => {
  it("lists a partner's tasks on a read-only sheet; only the reply columns are editable", () => {
    const t = master();
    t[0].headers = [...t[0].headers, 'Cơ quan phối hợp'];
    t[0].rows = t[0].rows.map((x, i) => [...x, i === 0 ? 'Sở Y tế; Sở Nội vụ' : null]);
    const books = splitByAgency(t, {
      title: 'Kế hoạch thử',
      asOf: '2026-06-30',
      replyBy: null,
      programmeKey: 'CT-KEY',
      stamp: '2026-07-01T08:00:00.000',
      catalogue: builtinCatalogue(),
    });
    expect(books.map((b) => [b.agency, b.leads, b.partners])).toEqual([
      ['Sở Giáo dục và Đào tạo', 1, 0],
      ['Sở Tài chính', 2, 0],
      ['Sở Y tế', 1, 1],
    ]);
    const yte = books[2].plan;
    expect(yte.sheets.map((x) => [x.name, !!x.protect])).toEqual([
      ['Hướng dẫn', true],
      ['Nhiệm vụ', true],
      ['Phối hợp', true],
    ]);
    expect(yte.sheets[2].tables[0].rows.map((r) => r[1])).toEqual(['1']);
    const cols = yte.sheets[1].tables[0].columns;
    const editable = cols.filter((c) => yte.styles[c.style!]?.locked === false).map((c) => c.header);
    expect(editable).toEqual(['Tiến độ', 'Ngày hoàn thành', 'Kết quả thực hiện', 'Khó khăn, vướng mắc', 'Đề xuất']);
  });
});

describe('a task named across sections', () => {
  it.each([
    ['II. Lĩnh vực văn hóa - xã hội', '3', 'II.3'],
    ['A. Nhiệm vụ chung › I. Thể chế', '2', 'A.I.2'],
    ['1. Về dữ liệu', '1.2', '1.2'],
    ['Nhiệm vụ giao Sở Nội vụ', '4', '4'],
    ['III. Nội dung', '(5)', 'III.5'],
  ])('%s, TT %s → %s', (section, tt, want) => expect(qualifiedTt(section, tt)).toBe(want));
});
