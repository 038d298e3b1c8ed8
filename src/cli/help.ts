/**
 * The Vietnamese help of the command line: one entry per command (its usage line, what it does and
 * each option), printed by `phuluc <lệnh> --help` and listed by `phuluc --help`.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { maxOf } from '../core/arrays';

export interface CommandHelp {
  usage: string;
  /** What the command does, one or two lines. */
  about: string;
  /** [option as typed, what it means]. */
  options: [string, string][];
}

/** --as-of, with what the date is when it is not given (it differs between commands). */
const asOf = (otherwise: string): [string, string] => ['--as-of <ngày>', `Ngày báo cáo (DD/MM/YYYY hoặc YYYY-MM-DD); nếu không ghi: ${otherwise}.`];
const MASTER_DATE = 'ngày báo cáo trên trang Tổng hợp của sổ, không có thì hôm nay';
const JSON_OUT: [string, string] = ['--json', 'In kết quả dạng JSON (cho chương trình khác đọc).'];
const HELP: [string, string] = ['-h, --help', 'In hướng dẫn này.'];

export const COMMAND_HELP: Record<string, CommandHelp> = {
  parse: {
    usage: 'phuluc parse <tệp> [--json]',
    about: 'Đọc văn bản (.txt, .md, .docx, .html), in các bảng và nhiệm vụ nhận được.',
    options: [JSON_OUT, HELP],
  },
  amend: {
    usage: 'phuluc amend <văn bản gốc> <văn bản điều chỉnh> [--json]',
    about: 'Áp dụng văn bản điều chỉnh, bổ sung, lược bỏ; in chương trình hợp nhất và nhật ký thay đổi.',
    options: [JSON_OUT, HELP],
  },
  validate: {
    usage: 'phuluc validate <tệp|sổ.xlsx> [--json] [--as-of DD/MM/YYYY|YYYY-MM-DD] [--profile tuyen-quang|lai-chau|auto|<cột,...>] [--require <cột,...>]',
    about: 'Kiểm tra chủ trì, thời gian, nguồn lực và số thứ tự (cả sổ Excel do Phụ lục tạo, như người dùng đã sửa).',
    options: [
      JSON_OUT,
      asOf('hôm nay'),
      ['--profile <mẫu>', 'Mẫu phụ lục: tuyen-quang, lai-chau, auto, hoặc danh sách cột bắt buộc (chu-tri,thoi-gian,nguon-luc).'],
      ['--require <cột,...>', 'Các cột bắt buộc phải có nội dung: chu-tri, thoi-gian, nguon-luc (hoặc lead, time, resources).'],
      HELP,
    ],
  },
  import: {
    usage: 'phuluc import <tệp>... -o <tệp.xlsx> [--as-of DD/MM/YYYY|YYYY-MM-DD] [--amend <văn bản điều chỉnh>] [--due-soon-days N] [--keep-edits] [--replace | --keep-both]',
    about:
      'Dựng sổ Excel: phụ lục, tình trạng, tổng hợp, kiểm tra, danh mục. Nhập lại vào sổ cũ giữ các ô người dùng đã nhập; sổ đang có chương trình khác thì phải chọn --replace hoặc --keep-both.',
    options: [
      ['-o, --output <tệp.xlsx>', 'Sổ Excel kết quả (bắt buộc).'],
      asOf('khi nhập lại thì giữ như sổ cũ, sổ mới thì luôn là hôm nay (=TODAY())'),
      ['--amend <văn bản>', 'Áp dụng văn bản điều chỉnh, bổ sung, lược bỏ trước khi dựng sổ.'],
      ['--due-soon-days <N>', 'Số ngày trước hạn thì báo “sắp đến hạn” (mặc định 30; khi nhập lại giữ như sổ cũ).'],
      ['--keep-edits', 'Khi nhập lại: giữ cả chỗ người dùng đã sửa ở các cột lấy từ văn bản.'],
      ['--replace', 'Sổ đang có chương trình khác: thay hẳn chương trình cũ bằng chương trình mới (sổ cũ được chép nguyên sang tệp sao lưu).'],
      ['--keep-both', 'Sổ đang có chương trình khác: giữ cả hai — mỗi chương trình có trang phụ lục riêng, trang Tổng hợp tính chung và theo từng chương trình.'],
      HELP,
    ],
  },
  split: {
    usage: 'phuluc split <sổ.xlsx> -o <thư mục> [--reply-by YYYY-MM-DD|DD/MM/YYYY] [--as-of DD/MM/YYYY|YYYY-MM-DD] [--send-to <cơ quan nhận>]',
    about: 'Tách sổ: mỗi cơ quan chủ trì một tệp để điền kết quả thực hiện; ghi lần gửi vào trang “Lần gửi” của sổ.',
    options: [
      ['-o, --output <thư mục>', 'Thư mục ghi các tệp gửi cơ quan (bắt buộc).'],
      ['--reply-by <ngày>', 'Hạn cơ quan gửi lại kết quả.'],
      asOf(MASTER_DATE),
      ['--send-to <cơ quan>', 'Cơ quan nhận các tệp trả lời (ghi trên tệp gửi đi).'],
      HELP,
    ],
  },
  merge: {
    usage: 'phuluc merge <sổ.xlsx> <tệp trả lời.xlsx>... [--json] [--as-of DD/MM/YYYY|YYYY-MM-DD]',
    about: 'Gộp các tệp cơ quan gửi lại vào sổ (theo Mã nhiệm vụ); báo xung đột và cơ quan chưa gửi.',
    options: [JSON_OUT, ['--as-of <ngày>', 'Ngày báo cáo mới của sổ (kỳ báo cáo mới).'], HELP],
  },
  report: {
    usage: 'phuluc report <sổ.xlsx> -o <báo cáo.docx> [--as-of DD/MM/YYYY|YYYY-MM-DD]',
    about: 'Viết báo cáo tình hình thực hiện ra tệp Word theo Nghị định 30/2020/NĐ-CP.',
    options: [['-o, --output <tệp.docx>', 'Tệp Word báo cáo (bắt buộc).'], asOf(MASTER_DATE), HELP],
  },
};

const EXIT =
  'Mã thoát: 0 xong; 1 validate thấy lỗi / amend, import gặp xung đột điều chỉnh / merge gặp xung đột; 2 đầu vào không dùng được; 3 import: sổ đã có chương trình khác, chưa chọn --replace hay --keep-both (không ghi gì).';

/** `phuluc --help`: every command, its usage line and what it does. */
export function generalHelp(): string {
  const lines = ['Phụ lục — nhập, kiểm tra và theo dõi phụ lục nhiệm vụ', '', 'Cách dùng:'];
  for (const h of Object.values(COMMAND_HELP)) lines.push(`  ${h.usage}`, `      ${h.about}`);
  lines.push('', 'Xem hướng dẫn từng lệnh: phuluc <lệnh> --help. Phiên bản: phuluc --version.', '', EXIT);
  return lines.join('\n');
}

/** `phuluc <lệnh> --help`: the command's usage, what it does and its options. */
export function commandHelp(name: string): string {
  const h = COMMAND_HELP[name];
  const width = maxOf(
    h.options.map(([o]) => o.length),
    0,
  );
  return [`Cách dùng: ${h.usage}`, '', h.about, '', 'Tùy chọn:', ...h.options.map(([o, what]) => `  ${o.padEnd(width)}  ${what}`), '', EXIT].join('\n');
}

/** The package version (package.json beside src/ and lib/). */
export function packageVersion(): string {
  try {
    return String(JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version);
  } catch {
    return 'không rõ';
  }
}
