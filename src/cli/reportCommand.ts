/**
 * phuluc report <book.xlsx> -o <bao-cao.docx> [--as-of YYYY-MM-DD|DD/MM/YYYY]
 * Writes the report of the master as of the report date (the option, else the master's Tổng hợp
 * date, else today) as a Word document (render/docx/report.ts). The master is only read; the
 * "tasks completed since" part counts from the last Lịch sử date before the report date.
 */
import { buildReport } from '../core/cycle/report';
import { cycleRows } from '../core/cycle/rows';
import { HISTORY_SHEET, historyDates } from '../core/cycle/sheets';
import { displayDate } from '../core/status';
import { reportDocx } from '../render/docx/report';
import { gridRows } from '../render/exceljs/cycleWrite';
import { Args, option } from './args';
import { dateOption, readMaster, reportDate } from './cycleSteps';
import { outputTarget, writeAtomically } from './files';
import { catalogue } from './importSteps';
import { err, out } from './io';

const USAGE = 'Cách dùng: phuluc report <sổ.xlsx> -o <báo cáo.docx> [--as-of YYYY-MM-DD|DD/MM/YYYY]';

export async function reportCommand(args: Args): Promise<number> {
  const output = option(args, 'output');
  if (args.positionals.length !== 1 || !output) return stop(`thiếu sổ theo dõi hoặc tệp báo cáo (-o).\n${USAGE}`);
  if (!/\.docx$/i.test(output)) return stop(`tệp báo cáo phải có đuôi .docx: "${output}".`);
  const asOfText = option(args, 'as-of');
  const asOfOption = asOfText === undefined ? null : dateOption(asOfText);
  if (asOfText !== undefined && !asOfOption) return stop(`ngày báo cáo không hợp lệ: "${asOfText}".`);
  const target = await outputTarget(output);
  if (!target.ok) return stop(target.message);
  const master = await readMaster(args.positionals[0]);
  if (!master.ok) return stop(master.message);
  const m = master.value;
  const asOf = reportDate(asOfOption, m);
  const since = historyDates(gridRows(m.wb, HISTORY_SHEET)).filter((d) => d < asOf).pop() ?? null;
  const report = buildReport(cycleRows(m.tables), { title: m.title, asOf, dueSoonDays: m.dueSoonDays, since, catalogue: catalogue(m.catalogueRows) });
  const written = await writeAtomically(target.value, await reportDocx(report));
  if (!written.ok) return stop(written.message);
  out(`Đã ghi ${output}: báo cáo tính đến ngày ${displayDate(asOf)} — ${report.total} nhiệm vụ, ${report.counts['Quá hạn']} quá hạn.`);
  return 0;
}

function stop(message: string): number {
  err(`Lỗi: ${message}`);
  return 2;
}
