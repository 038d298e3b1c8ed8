/**
 * phuluc merge <book.xlsx> <reply.xlsx>… [--json] [--as-of DD/MM/YYYY|YYYY-MM-DD]
 * Copies the filled columns of agency replies into the master by id (core/cycle/merge.ts), after a
 * backup sheet; logs the merge on "Lần gộp", records the report date's counts on "Lịch sử" and
 * redraws "Báo cáo". Exit 0 merged, 1 merged with conflicts (or every file refused whole: nothing
 * written), 2 unusable input (nothing written).
 * `--as-of` also sets the master's report date (a new reporting period).
 */
import { basename } from 'path';
import { CONFLICT_LABEL, mergeIntoMaster, systemClock } from '../app';
import type { ReplyInput } from '../app';
import { cycleMaster, loadReply } from '../render/exceljs/cycleBooks';
import { masterBytes, replaceSheets, setReportDate, writeCells } from '../render/exceljs/cycleWrite';
import { WorkbookRefused } from '../render/exceljs/readTables';
import { Args, option } from './args';
import { badDate, dateOption, readMaster, reportDate } from './cycleSteps';
import { outputTarget, readInputFile, writeAtomically } from './files';
import { err, out } from './io';

const USAGE = 'Cách dùng: phuluc merge <sổ.xlsx> <tệp trả lời.xlsx>... [--json] [--as-of DD/MM/YYYY|YYYY-MM-DD]';

export async function mergeCommand(args: Args): Promise<number> {
  const [book, ...files] = args.positionals;
  if (!book || !files.length) return stop(`thiếu sổ theo dõi hoặc tệp trả lời.\n${USAGE}`);
  const asOfText = option(args, 'as-of');
  const asOfOption = asOfText === undefined ? null : dateOption(asOfText);
  if (asOfText !== undefined && !asOfOption) return stop(badDate('ngày báo cáo', asOfText));
  const target = await outputTarget(book);
  if (!target.ok) return stop(target.message);
  const master = await readMaster(book);
  if (!master.ok) return stop((await replyGivenAsBook(book)) ?? master.message);
  const m = master.value;
  const replies: ReplyInput[] = [];
  for (const file of files) {
    const read = await readInputFile(file);
    if (!read.ok) return stop(read.message);
    let reply;
    try {
      reply = await loadReply(read.value);
    } catch (e) {
      return stop(e instanceof WorkbookRefused ? `"${file}": ${e.message}` : `"${file}" không phải sổ Excel (.xlsx) đọc được.`);
    }
    if (!reply.identity || !reply.table) {
      return stop(`"${file}" không phải tệp trả lời do "phuluc split" tạo (thiếu trang “Hướng dẫn” với mã chương trình, hoặc bảng “Nhiệm vụ”). Không gộp tệp nào.`);
    }
    replies.push({ file: basename(file), identity: reply.identity, table: reply.table });
  }
  const asOf = reportDate(asOfOption, m);
  const { result, sheets, backup, merged } = mergeIntoMaster(cycleMaster(m), replies, {
    asOf,
    dueSoonDays: m.dueSoonDays,
    times: { at: systemClock.time(), backup: systemClock.stamp() },
  });
  const conflictLines = [...new Set(result.conflicts.map((c) => `  - [${CONFLICT_LABEL[c.kind]}] ${c.message}`))];
  if (!merged) {
    // Every file refused whole: the master is left exactly as it was.
    if (args.flags.has('json')) out(JSON.stringify({ updated: [], conflicts: result.conflicts, notReplied: result.notReplied }));
    else {
      out(`Không gộp tệp nào vào ${book}: sổ giữ nguyên.`);
      for (const line of conflictLines) out(line);
    }
    return 1;
  }
  writeCells(m.wb, m.tables, result.cells);
  if (asOfOption) setReportDate(m.wb, asOfOption);
  replaceSheets(m.wb, sheets);
  const written = await writeAtomically(target.value, await masterBytes(m.wb, m.calculated));
  if (!written.ok) return stop(written.message);

  if (args.flags.has('json')) {
    out(JSON.stringify({ updated: result.updated, conflicts: result.conflicts, notReplied: result.notReplied }));
  } else {
    const skipped = replies.length - merged;
    out(
      `Đã gộp ${merged} tệp vào ${book}${skipped ? ` (${skipped} tệp không gộp: xem bên dưới)` : ''} (${backup ? `bản sao bảng cũ: trang “${backup}”` : 'không ô nào trong bảng thay đổi nên không cần bản sao'}).`,
    );
    out(`  ${result.updated.length} nhiệm vụ được cập nhật; ${result.conflicts.length} vấn đề cần xem; tính đến ngày ${asOf.split('-').reverse().join('/')}.`);
    for (const line of conflictLines) out(line);
    if (result.notReplied.length) out(`  Chưa gửi báo cáo: ${result.notReplied.join('; ')}.`);
  }
  return result.conflicts.length ? 1 : 0;
}

/** The message when the file given as the master is an agency's reply (the arguments swapped); null otherwise. */
async function replyGivenAsBook(book: string): Promise<string | null> {
  const read = await readInputFile(book);
  if (!read.ok) return null;
  const reply = await loadReply(read.value).catch(() => null);
  return reply?.identity
    ? `"${book}" là tệp trả lời của ${reply.identity.agency}, không phải sổ theo dõi: sổ theo dõi đứng trước, các tệp trả lời sau (phuluc merge <sổ.xlsx> <tệp trả lời.xlsx>...). Không gộp tệp nào.`
    : null;
}

function stop(message: string): number {
  err(`Lỗi: ${message}`);
  return 2;
}
