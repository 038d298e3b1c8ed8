import { amendCommand } from './amendCommand';
import { Args, readArgs, UsageError } from './args';
import { importCommand } from './importCommand';
import { err, out } from './io';
import { parseCommand } from './parseCommand';
import { validateCommand } from './validateCommand';
import { splitCommand } from './splitCommand';
import { mergeCommand } from './mergeCommand';
import { reportCommand } from './reportCommand';

const USAGE = `Phụ lục — nhập, kiểm tra và theo dõi phụ lục nhiệm vụ

Cách dùng:
  phuluc parse <tệp> [--json]
      Đọc văn bản (.txt, .md, .docx), in các bảng và nhiệm vụ nhận được.
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

const COMMANDS: Record<string, CommandSpec> = {
  parse: { run: parseCommand, options: [], flags: ['json'] },
  amend: { run: amendCommand, options: [], flags: ['json'] },
  validate: { run: validateCommand, options: ['as-of', 'profile', 'require'], flags: ['json'] },
  import: { run: importCommand, options: ['output', 'as-of', 'amend', 'due-soon-days'], flags: ['keep-edits'] },
  split: { run: splitCommand, options: ['output', 'reply-by', 'as-of', 'send-to'], flags: [] },
  merge: { run: mergeCommand, options: ['as-of'], flags: ['json'] },
  report: { run: reportCommand, options: ['output', 'as-of'], flags: [] },
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
