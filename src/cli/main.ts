import { Args, readArgs, UsageError } from './args';
import { err, out } from './io';
import { didYouMean } from './suggest';

interface CommandSpec {
  run: (args: Args) => Promise<number>;
  /** Options that take a value. */
  options: string[];
  /** Switches. */
  flags: string[];
  /** How many files the command takes at most (none = any number). */
  maxFiles?: number;
}

// Each command's module is loaded when that command runs: `parse` and `validate` of a document
// start without ExcelJS (loaded by `import`, and by reading a workbook), jszip (.docx only).
const COMMANDS: Record<string, CommandSpec> = {
  parse: { run: async (a) => (await import('./parseCommand')).parseCommand(a), options: [], flags: ['json'], maxFiles: 1 },
  amend: { run: async (a) => (await import('./amendCommand')).amendCommand(a), options: [], flags: ['json'], maxFiles: 2 },
  validate: { run: async (a) => (await import('./validateCommand')).validateCommand(a), options: ['as-of', 'profile', 'require'], flags: ['json'], maxFiles: 1 },
  import: {
    run: async (a) => (await import('./importCommand')).importCommand(a),
    options: ['output', 'as-of', 'amend', 'due-soon-days'],
    flags: ['keep-edits', 'replace', 'keep-both'],
  },
  split: { run: async (a) => (await import('./splitCommand')).splitCommand(a), options: ['output', 'reply-by', 'as-of', 'send-to'], flags: [], maxFiles: 1 },
  merge: { run: async (a) => (await import('./mergeCommand')).mergeCommand(a), options: ['as-of'], flags: ['json'] },
  report: { run: async (a) => (await import('./reportCommand')).reportCommand(a), options: ['output', 'as-of'], flags: [], maxFiles: 1 },
};

const FILE_COUNT: Record<number, string> = { 1: 'một tệp', 2: 'hai tệp' };

/**
 * Runs one command line (argv without node and the script). Returns the exit status: 0 done,
 * 1 findings / conflicts, 2 unusable input or usage (Vietnamese message on stderr).
 * `--version`, `--help` and `<lệnh> --help` print to stdout and return 0.
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  // The help texts are loaded only to be printed: a command that runs needs none of them.
  const help = () => import('./help');
  if (name === '--version' || name === '-v' || name === '-V') {
    out((await help()).packageVersion());
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    // `phuluc help import` = `phuluc import --help`.
    const { commandHelp, generalHelp } = await help();
    if (name === 'help' && rest[0] && COMMANDS[rest[0]]) out(commandHelp(rest[0]));
    else out(generalHelp());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    // Before the command only --help and --version are options ("--verison" → "--version").
    const option = name.startsWith('-');
    const hint = option ? didYouMean(name.replace(/^-+/, ''), ['help', 'version'], '--') : didYouMean(name, Object.keys(COMMANDS));
    err(`Không có ${option ? 'tùy chọn' : 'lệnh'} “${name}”.${hint}\n\n${(await help()).generalHelp()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    out((await help()).commandHelp(name));
    return 0;
  }
  try {
    const args = readArgs(rest, cmd.options, cmd.flags);
    if (cmd.maxFiles !== undefined && args.positionals.length > cmd.maxFiles) {
      const extra = args.positionals
        .slice(cmd.maxFiles)
        .map((f) => `“${f}”`)
        .join(', ');
      throw new UsageError(`lệnh ${name} chỉ nhận ${FILE_COUNT[cmd.maxFiles]}; thừa tệp ${extra}.\n${(await help()).commandHelp(name).split('\n')[0]}`);
    }
    return await cmd.run(args);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`Lỗi: ${e.message}`);
      return 2;
    }
    err(`Lỗi không mong đợi khi chạy "${name}": ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}
