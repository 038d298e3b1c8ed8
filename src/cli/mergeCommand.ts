/**
 * phuluc merge <book.xlsx> <reply.xlsx>… [--json] [--as-of DD/MM/YYYY|YYYY-MM-DD]
 * Copies the filled columns of agency replies into the master by id (core/cycle/merge.ts), after a
 * backup sheet; logs the merge on "Lần gộp", records the report date's counts on "Lịch sử" and
 * redraws "Báo cáo". Exit 0 merged, 1 merged with conflicts, 2 unusable input (nothing written).
 * `--as-of` also sets the master's report date (a new reporting period).
 */
import { promises as fs } from 'fs';
import { basename } from 'path';
import { programmeKey } from '../core/cycle/identity';
import { CONFLICT_LABEL, mergeReplies, ReplyInput, withUpdates } from '../core/cycle/merge';
import { buildReport } from '../core/cycle/report';
import { cycleRows } from '../core/cycle/rows';
import { HISTORY_SHEET, historyDates, historySheet, LOG_SHEET, logSheet, mergeBackupSheet, pastMerges, reportSheet, RESULTS_SHEET, resultsSheet } from '../core/cycle/sheets';
import { backupStamp } from '../core/plan/keepUserCells';
import { loadReply } from '../render/exceljs/cycleBooks';
import { gridRows, masterBytes, replaceSheets, setReportDate, writeCells } from '../render/exceljs/cycleWrite';
import { WorkbookRefused } from '../render/exceljs/readTables';
import { Args, option } from './args';
import { dateOption, localStamp, readMaster, reportDate } from './cycleSteps';
import { outputTarget, regularInput, writeAtomically } from './files';
import { catalogue } from './importSteps';
import { err, out } from './io';

const USAGE = 'Cách dùng: phuluc merge <sổ.xlsx> <tệp trả lời.xlsx>... [--json] [--as-of DD/MM/YYYY|YYYY-MM-DD]';

export async function mergeCommand(args: Args): Promise<number> {
  const [book, ...files] = args.positionals;
  if (!book || !files.length) return stop(`thiếu sổ theo dõi hoặc tệp trả lời.\n${USAGE}`);
  const asOfText = option(args, 'as-of');
  const asOfOption = asOfText === undefined ? null : dateOption(asOfText);
  if (asOfText !== undefined && !asOfOption) return stop(`ngày báo cáo không hợp lệ: "${asOfText}".`);
  const target = await outputTarget(book);
  if (!target.ok) return stop(target.message);
  const master = await readMaster(book);
  if (!master.ok) return stop(master.message);
  const m = master.value;
  const replies: ReplyInput[] = [];
  for (const file of files) {
    const regular = await regularInput(file);
    if (!regular.ok) return stop(regular.message);
    let reply;
    try {
      reply = await loadReply(await fs.readFile(file));
    } catch (e) {
      return stop(e instanceof WorkbookRefused ? `"${file}": ${e.message}` : `"${file}" không phải sổ Excel (.xlsx) đọc được.`);
    }
    if (!reply.identity || !reply.table) {
      return stop(`"${file}" không phải tệp trả lời do "phuluc split" tạo (thiếu trang “Hướng dẫn” với mã chương trình, hoặc bảng “Nhiệm vụ”). Không gộp tệp nào.`);
    }
    replies.push({ file: basename(file), identity: reply.identity, table: reply.table });
  }
  const agencies = catalogue(m.catalogueRows);
  const result = mergeReplies(m.tables, programmeKey(m.tables), replies, pastMerges(gridRows(m.wb, LOG_SHEET)), agencies);

  const now = new Date();
  const at = localStamp(now);
  const asOf = reportDate(asOfOption, m);
  const oldHistory = gridRows(m.wb, HISTORY_SHEET);
  const since = historyDates(oldHistory).filter((d) => d < asOf).pop() ?? null;
  const report = buildReport(cycleRows(withUpdates(m.tables, result.cells)), { title: m.title, asOf, dueSoonDays: m.dueSoonDays, since, catalogue: agencies });
  const backup = mergeBackupSheet(m.tables, backupStamp(now), m.wb.worksheets.map((w) => w.name));
  writeCells(m.wb, m.tables, result.cells);
  if (asOfOption) setReportDate(m.wb, asOfOption);
  replaceSheets(m.wb, [
    backup,
    reportSheet(report),
    historySheet(oldHistory, report, 'Gộp báo cáo', at),
    logSheet(gridRows(m.wb, LOG_SHEET), result.log, at),
    resultsSheet(gridRows(m.wb, RESULTS_SHEET), result.texts, at),
  ]);
  const written = await writeAtomically(target.value, await masterBytes(m.wb, m.calculated));
  if (!written.ok) return stop(written.message);

  if (args.flags.has('json')) {
    out(JSON.stringify({ updated: result.updated, conflicts: result.conflicts, notReplied: result.notReplied }));
  } else {
    out(`Đã gộp ${replies.length} tệp vào ${book} (bản sao bảng cũ: trang “${backup.name}”).`);
    out(`  ${result.updated.length} nhiệm vụ được cập nhật; ${result.conflicts.length} vấn đề cần xem; tính đến ngày ${asOf.split('-').reverse().join('/')}.`);
    for (const line of new Set(result.conflicts.map((c) => `  - [${CONFLICT_LABEL[c.kind]}] ${c.message}`))) out(line);
    if (result.notReplied.length) out(`  Chưa gửi báo cáo: ${result.notReplied.join('; ')}.`);
  }
  return result.conflicts.length ? 1 : 0;
}

function stop(message: string): number {
  err(`Lỗi: ${message}`);
  return 2;
}
