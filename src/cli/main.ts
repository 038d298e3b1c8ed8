import { amendCommand } from './amendCommand';
import { Args, readArgs, UsageError } from './args';
import { importCommand } from './importCommand';
import { err, out } from './io';
import { parseCommand } from './parseCommand';
import { validateCommand } from './validateCommand';

const USAGE = `Phụ lục — nhập, kiểm tra và theo dõi phụ lục nhiệm vụ

Cách dùng:
  phuluc parse <tệp> [--json]
      Đọc văn bản (.txt, .md, .docx), in các bảng và nhiệm vụ nhận được.
  phuluc amend <văn bản gốc> <văn bản điều chỉnh> [--json]
      Áp dụng văn bản điều chỉnh, bổ sung, lược bỏ; in chương trình hợp nhất và nhật ký thay đổi.
  phuluc validate <tệp> [--json] [--as-of YYYY-MM-DD] [--profile tuyen-quang|lai-chau|<cột,...>]
      Kiểm tra chủ trì, thời gian, nguồn lực và số thứ tự.
  phuluc import <tệp>... -o <tệp.xlsx> [--as-of YYYY-MM-DD] [--amend <văn bản điều chỉnh>] [--due-soon-days N]
      Dựng sổ Excel: phụ lục, tình trạng, tổng hợp, kiểm tra, danh mục.

Mã thoát: 0 xong; 1 có lỗi/xung đột cần xem; 2 đầu vào không dùng được.
`;

interface CommandSpec {
  run: (args: Args) => Promise<number>;
  /** Options that take a value. */
  options: string[];
}

const COMMANDS: Record<string, CommandSpec> = {
  parse: { run: parseCommand, options: [] },
  amend: { run: amendCommand, options: [] },
  validate: { run: validateCommand, options: ['as-of', 'profile', 'require'] },
  import: { run: importCommand, options: ['output', 'as-of', 'amend', 'due-soon-days'] },
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
    return await cmd.run(readArgs(rest, cmd.options));
  } catch (e) {
    if (e instanceof UsageError) {
      err(`Lỗi: ${e.message}`);
      return 2;
    }
    err(`Lỗi không mong đợi khi chạy "${name}": ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}
