/**
 * fast-check generators of programme documents built from the seed patterns (003 Tuyên Quang,
 * 004 Lai Châu, 001/002 prose): TAB-separated appendix tables with the header repeated at page
 * breaks, rows split over a break (empty TT), bold heading rows, random cell counts, appendix
 * labels and "(Kèm theo …)" lines, signature stamps, prose lines with labels and OCR noise.
 * Task, lead and note cells carry a unique tag ("nv17") so a lost cell cannot hide behind a copy.
 */
import fc from 'fast-check';

const TASKS = [
  'Quy hoạch điều chỉnh tỉnh Tuyên Quang thời kỳ 2021 - 2030',
  'Chương trình phát triển đô thị tỉnh, giai đoạn 2026-2030',
  'Đề án phát triển và ứng dụng khoa học, công nghệ cao',
  '- Kế hoạch thực hiện Nghị quyết số 72-NQ/TW ngày 9/9/2025',
  '+ Tỷ lệ hộ nghèo giảm',
  '= 1 + 1',
  'Kế hoạch triển khai Đề án “Đưa tiếng Anh trở thành ngôn ngữ thứ 2',
  'Tổ chức Đại hội; <i>rà soát</i> quy chế',
];
const LEADS = ['Đảng ủy Ủy ban nhân dân tỉnh (Sở Tài chính)', 'Ban Tổ chức Tỉnh ủy', 'Văn phòng UBND tỉnh', 'Sở Y tế, Sở Tài chính', ''];
const TIMES = [
  'Quý II/2026',
  'Tháng 12/2026',
  'Đã ban hành',
  'Thường xuyên',
  'Năm 2026 - 2030',
  'Trong nam 20235',
  'Quý IV hằng năm',
  'Sau khi có hướng dẫn của Trung ương',
  'Sở Nội vụ',
  '',
];
const OTHERS = ['Ban Thường vụ Tỉnh ủy', 'Ngân sách Nhà nước', 'Quyết định số 387/QĐ-UBND', '95%', ''];
const SECTION_TITLES = ['Lĩnh vực kinh tế', 'Lĩnh vực văn hóa - xã hội', 'Ngân sách nhà nước', 'Vốn ngoài ngân sách', 'Công tác xây dựng Đảng'];
const HEADERS = [
  ['TT', 'Nhiệm vụ triển khai', 'Cơ quan, tổ chức chỉ đạo/ Cơ quan chủ trì tham mưu', 'Thời gian ban hành', 'Thẩm quyền ban hành', 'Nguồn lực thực hiện', 'Ghi chú'],
  ['TT', 'Nhiệm vụ', 'Đơn vị tham mưu', 'Thời gian'],
  ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Đơn vị tham mưu'],
  ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Mã số riêng'],
];
const PROSE = [
  'Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng;',
  '(3) Xây dựng cơ chế thực hiện ý kiến Nhân dân đánh giá',
  'Cơ quan chủ trì tham mưu: Đảng ủy UBND tỉnh. Thời hạn hoàn thành: Quý II/2026.',
  'Co quan chu tri tham muu: Pang uy UBND tinh. Thoi han hoan thanh: Thang 6/2026',
  'Xay dung co ché thyuc hién 1y ¥ kién Nhan dan danh gia vé mir',
  '1.2. Tăng cường củng cố, xây dựng tổ chức cơ sở đảng',
  '## II- NHIỆM VỤ TRỌNG TÂM',
  '- Lưu Văn phòng Tỉnh ủy.',
  'CHƯƠNG TRÌNH HÀNH ĐỘNG',
  // Shapes of other provinces' plans: task sections, assignments, lettered labels and activities,
  // "+" labels under bullets, wrapped labels and bare numbers, leads written as sentences.
  'III. NỘI DUNG CỦA KẾ HOẠCH',
  'V. TỔ',
  'CHỨC THỰC HIỆN',
  '1.',
  'Sở Công Thương:',
  'a) Nhiệm vụ: Thu thập dữ liệu đất đai.',
  'b) Cơ quan thực hiện:',
  '- Đơn vị chủ trì: Sở Khoa học',
  'và Công nghệ.',
  'c) Thời gian thực hiện: Hoàn',
  'thành trong năm 2026.',
  'a) Hoạt động 1: Tập huấn kỹ năng số.',
  '- Nghị định quy định chi tiết về đất đai',
  '+ Cơ quan chủ trì: Bộ Công',
  'an.',
  '+ Thời hạn ban hành: Quý II/2026',
  '- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan.',
  '2. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính:',
  '- Chủ trì, phối hợp với các cơ quan liên quan rà soát quy định.',
  '3. Đề nghị Công ty Điện lực tỉnh: Bảo đảm cấp điện cho trạm bơm.',
  'Sở Nội vụ chủ trì, phối hợp với Tỉnh đoàn tổ chức hội thi.',
  'Giao Sở Nội vụ:',
  '- Sở Xây dựng:',
  '+ Ban hành quy định về điểm tập kết rác.',
  'b) Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát văn bản.',
];
const ARTEFACTS = ['Ký bởi: Tỉnh ủy Tuyên Quang', '-----', '', '   '];
const TT_ITEM = ['1', '2', '3', '10', '1.1', '2.10', '(3)', '', 'a'];
const TT_SECTION = ['I', 'II', 'IV', 'A', 'B', '1', '2.'];

let counter = 0;
const tag = (s: string): string => (s ? `${s} nv${++counter}` : s);

type Row = string[];
const bold = (s: string): string => (s ? `<b>${s}</b>` : s);

/** One body row of a table with `width` header columns. */
const itemRow = (width: number): fc.Arbitrary<Row> =>
  fc
    .record({
      tt: fc.constantFrom(...TT_ITEM),
      task: fc.constantFrom(...TASKS),
      lead: fc.constantFrom(...LEADS),
      time: fc.constantFrom(...TIMES),
      rest: fc.array(fc.constantFrom(...OTHERS), { maxLength: 4 }),
      cells: fc.integer({ min: 1, max: width + 2 }),
      paragraphs: fc.boolean(),
    })
    .map((r) => {
      const task = r.paragraphs ? `<p>${tag(r.task)}</p> <p>${tag('- Kế hoạch thứ hai')}</p>` : tag(r.task);
      const row = [r.tt, task, tag(r.lead), r.time, ...r.rest.map(tag)];
      while (row.length < r.cells) row.push(tag('Ghi chú thêm'));
      return row.slice(0, r.cells);
    });

const sectionRow = (width: number): fc.Arbitrary<Row> =>
  fc.record({ tt: fc.constantFrom(...TT_SECTION), title: fc.constantFrom(...SECTION_TITLES), style: fc.integer({ min: 0, max: 2 }) }).map(({ tt, title, style }) => {
    const t = tag(title);
    const cells = style === 0 ? [bold(tt), bold(t)] : style === 1 ? [tt, t] : [bold(`${tt} ${t}`)];
    while (cells.length < width) cells.push('');
    return cells;
  });

/** A fragment continuing the previous row after a page break: empty TT cell. */
const continuationRow = (width: number): fc.Arbitrary<Row> =>
  fc.array(fc.constantFrom('nhân dân tỉnh chỉ đạo', '(Sở Giáo dục và Đào tạo)', 'sách địa phương', ''), { minLength: 1, maxLength: width }).map((cells) => ['', ...cells.map(tag)]);

type Block = { kind: 'row'; row: Row } | { kind: 'break'; artefact: string } | { kind: 'line'; text: string };

const tableBlocks = (width: number): fc.Arbitrary<Block[]> =>
  fc.array(
    fc.oneof(
      { weight: 6, arbitrary: itemRow(width).map((row): Block => ({ kind: 'row', row })) },
      { weight: 1, arbitrary: sectionRow(width).map((row): Block => ({ kind: 'row', row })) },
      { weight: 1, arbitrary: fc.constantFrom(...ARTEFACTS).map((artefact): Block => ({ kind: 'break', artefact })) },
      { weight: 1, arbitrary: continuationRow(width).map((row): Block => ({ kind: 'row', row })) },
    ),
    { maxLength: 30 },
  );

const appendix: fc.Arbitrary<AppendixSpec> = fc
  .record({
    label: fc.constantFrom('PHỤ LỤC', 'PHỤ LỤC 1', 'PHỤ LỤC II', '**PHỤ LỤC 3****Danh mục dự án**', '## PHỤ LỤC 4', ''),
    name: fc.option(fc.constantFrom('CÁC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT', 'Danh mục đề án, dự án'), { nil: undefined }),
    attached: fc.option(fc.constantFrom('(Kèm theo Chương trình số 52-CTr/TU ngày 17/4/2026', '(Kèm theo Kế hoạch số 52-KH/ĐU ngày 25/3/2026)'), { nil: undefined }),
    header: fc.constantFrom(...HEADERS),
    boldHeader: fc.boolean(),
  })
  .chain((a) => tableBlocks(a.header.length).map((blocks) => ({ ...a, blocks })));

const proseLine = fc.oneof(
  fc.constantFrom(...PROSE),
  fc.constantFrom(...PROSE).map((p) => tag(p)),
  // OCR noise: letters dropped or confused.
  fc.tuple(fc.constantFrom(...PROSE), fc.integer({ min: 0, max: 40 })).map(([p, i]) => p.slice(0, i) + '¢' + p.slice(i + 1)),
);

/** Noise: arbitrary text, TAB-separated cells of arbitrary text, stray control characters. */
const noiseLine = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.array(fc.string({ maxLength: 12 }), { minLength: 2, maxLength: 9 }).map((cells) => cells.join('\t')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

interface AppendixSpec {
  label: string;
  name?: string;
  attached?: string;
  header: string[];
  boldHeader: boolean;
  blocks: Block[];
}

function renderAppendix(a: AppendixSpec): string[] {
  const lines: string[] = [];
  if (a.label) lines.push(a.label);
  if (a.name) lines.push(a.name);
  if (a.attached) lines.push(a.attached, 'ngày 17/4/2026)');
  lines.push('');
  const header = (a.boldHeader ? a.header.map(bold) : a.header).join('\t');
  lines.push(header);
  for (const b of a.blocks) {
    if (b.kind === 'row') lines.push(b.row.join('\t'));
    else if (b.kind === 'break') lines.push('', b.artefact, '', header);
    else lines.push(b.text);
  }
  return lines;
}

/** A whole document: title and prose, then one to three appendices, with noise anywhere. */
export const tableDocument: fc.Arbitrary<string> = fc
  .record({
    before: fc.array(proseLine, { maxLength: 5 }),
    appendices: fc.array(appendix, { minLength: 1, maxLength: 3 }),
    between: fc.array(fc.oneof(proseLine, noiseLine), { maxLength: 3 }),
    after: fc.array(fc.oneof(proseLine, noiseLine), { maxLength: 3 }),
    crlf: fc.boolean(),
  })
  .map((d) => {
    const lines = [...d.before];
    d.appendices.forEach((a, i) => {
      lines.push(...renderAppendix(a));
      if (i < d.appendices.length - 1) lines.push('', ...d.between, '');
    });
    lines.push('', ...d.after);
    return lines.join(d.crlf ? '\r\n' : '\n');
  });

/** Prose documents (no TAB tables): numbered points with labels, OCR noise, headings. */
export const proseDocument: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: proseLine }, { weight: 1, arbitrary: fc.constantFrom(...ARTEFACTS) }), { maxLength: 40 })
  .map((lines) => lines.join('\n'));

/** Anything at all: the importer must not throw on it. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof(
  tableDocument,
  proseDocument,
  fc.array(noiseLine, { maxLength: 30 }).map((l) => l.join('\n')),
  fc.string({ unit: 'binary', maxLength: 400 }),
);
