/**
 * phuluc split <book.xlsx> -o <dir> [--reply-by YYYY-MM-DD|DD/MM/YYYY] [--as-of DD/MM/YYYY|YYYY-MM-DD] [--send-to <cơ quan nhận>]
 * Writes one workbook per lead agency into <dir> (core/cycle/split.ts). The master is only read.
 */
import { promises as fs } from 'fs';
import { join } from 'path';
import { splitMaster, systemClock, tasksWithoutLead } from '../app';
import { streamWorkbookBytes } from '../render/xlsx';
import { cycleMaster } from '../render/exceljs/cycleBooks';
import { Args, option } from './args';
import { outputTarget, writeAtomically } from './files';
import { err, out } from './io';
import { dateOption, readMaster, reportDate } from './cycleSteps';

const USAGE = 'Cách dùng: phuluc split <sổ.xlsx> -o <thư mục> [--reply-by YYYY-MM-DD|DD/MM/YYYY] [--as-of DD/MM/YYYY|YYYY-MM-DD] [--send-to <cơ quan nhận>]';

export async function splitCommand(args: Args): Promise<number> {
  const dir = option(args, 'output');
  if (args.positionals.length !== 1 || !dir) return stop(`thiếu sổ theo dõi hoặc thư mục kết quả (-o).\n${USAGE}`);
  const replyByText = option(args, 'reply-by');
  const replyBy = replyByText === undefined ? null : dateOption(replyByText);
  if (replyByText !== undefined && !replyBy) return stop(`hạn gửi lại không hợp lệ: "${replyByText}" (cần dạng YYYY-MM-DD hoặc DD/MM/YYYY).`);
  const asOfText = option(args, 'as-of');
  const asOf = asOfText === undefined ? null : dateOption(asOfText);
  if (asOfText !== undefined && !asOf) return stop(`ngày báo cáo không hợp lệ: "${asOfText}".`);
  const master = await readMaster(args.positionals[0]);
  if (!master.ok) return stop(master.message);
  const m = master.value;
  const cm = cycleMaster(m);
  const books = splitMaster(cm, { asOf: reportDate(asOf, m), replyBy, stamp: systemClock.time(true), sendTo: option(args, 'send-to') ?? null });
  if (!books.length) return stop('sổ không có nhiệm vụ nào ghi cơ quan chủ trì: không có gì để gửi.');
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch {
    return stop(`không tạo được thư mục "${dir}".`);
  }
  for (const b of books) {
    const path = join(dir, b.fileName);
    const target = await outputTarget(path);
    if (!target.ok) return stop(target.message);
    const written = await writeAtomically(target.value, await streamWorkbookBytes(b.plan));
    if (!written.ok) return stop(written.message);
  }
  out(`Đã ghi ${books.length} tệp vào ${dir}:`);
  for (const b of books) out(`  ${b.fileName} — ${b.agency}: ${b.leads} nhiệm vụ chủ trì${b.partners ? `, ${b.partners} nhiệm vụ phối hợp` : ''}`);
  const unassigned = tasksWithoutLead(cm, reportDate(asOf, m));
  if (unassigned) err(`Cảnh báo: ${unassigned} nhiệm vụ chưa ghi cơ quan chủ trì nên không có trong tệp nào: điền cột “Cơ quan chủ trì” trong sổ rồi chạy lại “phuluc split”.`);
  return 0;
}

function stop(message: string): number {
  err(`Lỗi: ${message}`);
  return 2;
}
