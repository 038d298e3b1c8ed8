/**
 * phuluc report <book.xlsx> -o <bao-cao.docx> [--as-of YYYY-MM-DD|DD/MM/YYYY]
 * Writes the report of the master as of the report date (the option, else the master's Tổng hợp
 * date, else today) as a Word document (render/docx/report.ts), then records the report in the
 * master: the Báo cáo sheet drawn again and the report date's row on Lịch sử (one row per date,
 * so the trend shows from one report to the next). The "tasks completed since" part counts from
 * the last Lịch sử date before the report date. The master is written to a temporary file and
 * renamed, like every workbook Phụ lục writes.
 */
import { displayDate, reportOfMaster, systemClock } from '../app';
import { reportDocx } from '../render/docx/report';
import { cycleMaster } from '../render/exceljs/cycleBooks';
import { masterBytes, replaceSheets } from '../render/exceljs/cycleWrite';
import { Args, option } from './args';
import { badDate, dateOption, readMaster, reportDate } from './cycleSteps';
import { outputTarget, writeAtomically } from './files';
import { err, out } from './io';

const USAGE = 'Cách dùng: phuluc report <sổ.xlsx> -o <báo cáo.docx> [--as-of YYYY-MM-DD|DD/MM/YYYY]';

export async function reportCommand(args: Args): Promise<number> {
  const output = option(args, 'output');
  if (args.positionals.length !== 1) return stop(`thiếu sổ theo dõi (một tệp .xlsx).\n${USAGE}`);
  if (!output) return stop(`thiếu tệp báo cáo (-o <báo cáo.docx>).\n${USAGE}`);
  if (!/\.docx$/i.test(output)) return stop(`tệp báo cáo phải có đuôi .docx: "${output}".`);
  const asOfText = option(args, 'as-of');
  const asOfOption = asOfText === undefined ? null : dateOption(asOfText);
  if (asOfText !== undefined && !asOfOption) return stop(badDate('ngày báo cáo', asOfText));
  const target = await outputTarget(output);
  if (!target.ok) return stop(target.message);
  const book = args.positionals[0];
  const bookTarget = await outputTarget(book);
  if (!bookTarget.ok) return stop(bookTarget.message);
  const master = await readMaster(book);
  if (!master.ok) return stop(master.message);
  const m = master.value;
  const asOf = reportDate(asOfOption, m);
  const { report, sheets } = reportOfMaster(cycleMaster(m), { asOf, dueSoonDays: m.dueSoonDays, at: systemClock.time() });
  const written = await writeAtomically(target.value, await reportDocx(report));
  if (!written.ok) return stop(written.message);
  replaceSheets(m.wb, sheets);
  const saved = await writeAtomically(bookTarget.value, await masterBytes(m.wb, m.calculated));
  if (!saved.ok) return stop(saved.message);
  out(`Đã ghi ${output}: báo cáo tính đến ngày ${displayDate(asOf)} — ${report.total} nhiệm vụ, ${report.counts['Quá hạn']} quá hạn.`);
  out(`  Sổ ${book}: trang “Báo cáo” vẽ lại, trang “Lịch sử” ghi số liệu ngày ${displayDate(asOf)}.`);
  return 0;
}

function stop(message: string): number {
  err(`Lỗi: ${message}`);
  return 2;
}
