/**
 * phuluc split <book.xlsx> -o <dir> [--reply-by YYYY-MM-DD|DD/MM/YYYY] [--as-of DD/MM/YYYY|YYYY-MM-DD] [--send-to <cơ quan nhận>]
 * Writes one workbook per lead agency into <dir> (core/cycle/split.ts), then records the files on
 * the master's Lần gửi sheet (written to a temporary file and renamed, like every workbook Phụ lục
 * writes), so the next merge knows a reply of an earlier period even before any reply of this one.
 * --as-of starts a period: it becomes the master's report date too.
 */
import { promises as fs } from 'fs';
import { join } from 'path';
import { displayDate, periodAlreadyReported, sentRecord, splitMaster, systemClock, tasksWithoutLead, withoutLeadWarning } from '../app';
import { streamWorkbookBytes } from '../render/xlsx';
import { cycleMaster } from '../render/exceljs/cycleBooks';
import { masterBytes, replaceSheets, setReportDate } from '../render/exceljs/cycleWrite';
import { Args, option } from './args';
import { outputTarget, writeAtomically } from './files';
import { err, out } from './io';
import { badDate, dateOption, readMaster, reportDate } from './cycleSteps';

const USAGE = 'Cách dùng: phuluc split <sổ.xlsx> -o <thư mục> [--reply-by YYYY-MM-DD|DD/MM/YYYY] [--as-of DD/MM/YYYY|YYYY-MM-DD] [--send-to <cơ quan nhận>]';

export async function splitCommand(args: Args): Promise<number> {
  const dir = option(args, 'output');
  if (args.positionals.length !== 1) return stop(`thiếu sổ theo dõi (một tệp .xlsx).\n${USAGE}`);
  if (!dir) return stop(`thiếu thư mục ghi các tệp gửi cơ quan (-o <thư mục>).\n${USAGE}`);
  const replyByText = option(args, 'reply-by');
  const replyBy = replyByText === undefined ? null : dateOption(replyByText);
  if (replyByText !== undefined && !replyBy) return stop(badDate('hạn gửi lại', replyByText));
  const asOfText = option(args, 'as-of');
  const asOf = asOfText === undefined ? null : dateOption(asOfText);
  if (asOfText !== undefined && !asOf) return stop(badDate('ngày báo cáo', asOfText));
  const book = args.positionals[0];
  const bookTarget = await outputTarget(book);
  if (!bookTarget.ok) return stop(bookTarget.message);
  const master = await readMaster(book);
  if (!master.ok) return stop(master.message);
  const m = master.value;
  const cm = cycleMaster(m);
  const stamp = systemClock.time(true);
  const period = reportDate(asOf, m);
  const books = splitMaster(cm, { asOf: period, replyBy, stamp, sendTo: option(args, 'send-to') ?? null });
  if (!books.length) return stop('sổ không có nhiệm vụ nào ghi cơ quan chủ trì: không có gì để gửi.');
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch {
    return stop(`không tạo được thư mục "${dir}".`);
  }
  let replaced = 0;
  for (const b of books) {
    const path = join(dir, b.fileName);
    const exists = await fs.stat(path).then(
      () => true,
      () => false,
    );
    if (exists) replaced++;
    const target = await outputTarget(path);
    if (!target.ok) return stop(target.message);
    const written = await writeAtomically(target.value, await streamWorkbookBytes(b.plan));
    if (!written.ok) return stop(written.message);
  }
  // --as-of starts a period: the master's report date follows, as merge --as-of sets it.
  if (asOf) setReportDate(m.wb, asOf);
  replaceSheets(m.wb, [sentRecord(cm, books, { asOf: period, replyBy, stamp })]);
  const recorded = await writeAtomically(bookTarget.value, await masterBytes(m.wb, m.calculated));
  if (!recorded.ok) return stop(`đã ghi ${books.length} tệp vào ${dir} nhưng chưa ghi được lần gửi vào sổ: ${recorded.message}`);
  out(
    `Đã ghi ${books.length} tệp vào ${dir}${replaced ? ` (ghi đè ${replaced} tệp cùng tên đã có)` : ''}; sổ ${book}: trang “Lần gửi” ghi lần gửi này, kỳ báo cáo tính đến ngày ${displayDate(period)}:`,
  );
  for (const b of books) out(`  ${b.fileName} — ${b.agency}: ${b.leads} nhiệm vụ chủ trì${b.partners ? `, ${b.partners} nhiệm vụ phối hợp` : ''}`);
  const unassigned = tasksWithoutLead(cm, period);
  if (unassigned) err(withoutLeadWarning(unassigned, 'chạy lại “phuluc split”'));
  if (!asOf && periodAlreadyReported(cm, period)) {
    err(
      `Lưu ý: ngày báo cáo ${displayDate(period)} đã có số liệu ở trang “Lịch sử”. Nếu đây là kỳ báo cáo mới, chạy lại với --as-of <ngày cuối kỳ mới> để tệp trả lời của kỳ trước không bị gộp nhầm vào kỳ này.`,
    );
  }
  return 0;
}

function stop(message: string): number {
  err(`Lỗi: ${message}`);
  return 2;
}
