import { Args, readArgs, UsageError } from './args';
import { err, out } from './io';

const USAGE = `Phụ lục — nhập, kiểm tra và theo dõi phụ lục nhiệm vụ

Cách dùng:
  phuluc parse <tệp> [--json]
      Đọc văn bản (.txt, .md, .docx, .html), in các bảng và nhiệm vụ nhận được.
  phuluc amend <văn bản gốc> <văn bản điều chỉnh> [--json]
      Áp dụng văn bản điều chỉnh, bổ sung, lược bỏ; in chương trình hợp nhất và nhật ký thay đổi.
  phuluc validate <tệp|sổ.xlsx> [--json] [--as-of YYYY-MM-DD] [--profile tuyen-quang|lai-chau|auto|<cột,...>] [--require <cột,...>]
      Kiểm tra chủ trì, thời gian, nguồn lực và số thứ tự (cả sổ Excel do Phụ lục tạo, như người dùng đã sửa).
  phuluc import <tệp>... -o <tệp.xlsx> [--as-of YYYY-MM-DD] [--amend <văn bản điều chỉnh>] [--due-soon-days N] [--keep-edits]
      Dựng sổ Excel: phụ lục, tình trạng, tổng hợp, kiểm tra, danh mục. Nhập lại vào sổ cũ giữ các ô người dùng đã nhập
      (--keep-edits: giữ cả chỗ người dùng đã sửa ở các cột lấy từ văn bản).
  phuluc split <sổ.xlsx> -o <thư mục> [--reply-by YYYY-MM-DD|DD/MM/YYYY] [--as-of YYYY-MM-DD] [--send-to <cơ quan nhận>]
      Tách sổ: mỗi cơ quan chủ trì một tệp để điền kết quả thực hiện.
  phuluc merge <sổ.xlsx> <tệp trả lời.xlsx>... [--json] [--as-of YYYY-MM-DD]
      Gộp các tệp cơ quan gửi lại vào sổ (theo Mã nhiệm vụ); báo xung đột và cơ quan chưa gửi.
  phuluc report <sổ.xlsx> -o <báo cáo.docx> [--as-of YYYY-MM-DD]
      Viết báo cáo tình hình thực hiện ra tệp Word theo Nghị định 30/2020/NĐ-CP.

Mã thoát: 0 xong; 1 validate thấy lỗi / amend, import gặp xung đột điều chỉnh / merge gặp xung đột; 2 đầu vào không dùng được.
`;

interface CommandSpec {
  run: (args: Args) => Promise<number>;
  /** Options that take a value. */
  options: string[];
  /** Switches. */
  flags: string[];
}

// Each command's module is loaded when that command runs: `parse` and `validate` of a document
// start without ExcelJS (loaded by `import`, and by reading a workbook), jszip (.docx only).
const COMMANDS: Record<string, CommandSpec> = {
  parse: { run: async (a) => (await import('./parseCommand')).parseCommand(a), options: [], flags: ['json'] },
  amend: { run: async (a) => (await import('./amendCommand')).amendCommand(a), options: [], flags: ['json'] },
  validate: { run: async (a) => (await import('./validateCommand')).validateCommand(a), options: ['as-of', 'profile', 'require'], flags: ['json'] },
  import: { run: async (a) => (await import('./importCommand')).importCommand(a), options: ['output', 'as-of', 'amend', 'due-soon-days'], flags: ['keep-edits'] },
  split: { run: async (a) => (await import('./splitCommand')).splitCommand(a), options: ['output', 'reply-by', 'as-of', 'send-to'], flags: [] },
  merge: { run: async (a) => (await import('./mergeCommand')).mergeCommand(a), options: ['as-of'], flags: ['json'] },
  report: { run: async (a) => (await import('./reportCommand')).reportCommand(a), options: ['output', 'as-of'], flags: [] },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(USAGE);
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    err(`Lệnh không có: "${name}".\n\n${USAGE}`);
    return 2;
  }
  try {
    return await cmd.run(readArgs(rest, cmd.options, cmd.flags));
  } catch (e) {
    if (e instanceof UsageError) {
      err(`Lỗi: ${e.message}`);
      return 2;
    }
    err(`Lỗi không mong đợi khi chạy "${name}": ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}
