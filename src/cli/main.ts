import { readArgs, UsageError } from './args';
import { err, out } from './io';
import { parseCommand } from './parse';

const USAGE = `Phụ lục — nhập và theo dõi phụ lục nhiệm vụ

Cách dùng:
  phuluc parse <tệp> [--json]          Đọc văn bản, in các bảng và nhiệm vụ nhận được
`;

type Command = (args: ReturnType<typeof readArgs>) => Promise<number>;

const COMMANDS: Record<string, { run: Command; options: string[] }> = {
  parse: { run: parseCommand, options: [] },
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
