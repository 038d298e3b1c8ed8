/**
 * phuluc import <file>… -o <out.xlsx> [--as-of DD/MM/YYYY|YYYY-MM-DD] [--amend <amendment>] [--due-soon-days N] [--keep-edits] [--replace | --keep-both]
 * Imports one or more programme documents and writes the workbook. The file is written to a
 * temporary file in the same folder and renamed, so a failure never leaves half a workbook.
 * Importing over a workbook Phụ lục wrote before keeps its users' cells (Tiến độ, Ngày hoàn
 * thành, Ghi chú, added columns, the user's agencies, rows and text outside the tables, the report
 * settings) — core/plan/keepUserCells.ts — backs the old tables up in a sheet and copies the old
 * file aside; the message lists what was kept, normalised and replaced.
 * A workbook holding ANOTHER programme (core/plan/programmeIdentity.ts) is never guessed at: without
 * --replace or --keep-both the command stops with exit status 3 and writes nothing. --replace
 * writes the new programme alone (the old file copied aside first); --keep-both adds it beside the
 * programmes already there (core/plan/programmeChoice.ts).
 */
import { amendForImport, dateInput, importIntoWorkbook, joinProgrammes, Programme, systemClock } from '../app';
import type { ProgrammeChoice, ProgrammeQuestion } from '../app';
import { Args, option } from './args';
import { err, out, readDocument, readProgramme } from './io';
import { outputTarget } from './files';
import { workbookOutput } from './workbookPort';
import { Progress, progressLine, ProgressStream } from './progress';

const USAGE =
  'Cách dùng: phuluc import <tệp>... -o <tệp.xlsx> [--as-of DD/MM/YYYY|YYYY-MM-DD] [--amend <văn bản điều chỉnh>] [--due-soon-days N] [--keep-edits] [--replace | --keep-both]';

/** Exit status when the workbook holds another programme and neither --replace nor --keep-both was given. */
export const EXIT_OTHER_PROGRAMME = 3;

/** `progressTo`: where the progress line goes (stderr; shown only on a terminal). */
export async function importCommand(args: Args, progressTo?: ProgressStream): Promise<number> {
  const progress = progressLine(progressTo);
  try {
    return await importSteps(args, progress);
  } finally {
    progress.done();
  }
}

async function importSteps(args: Args, progress: Progress): Promise<number> {
  const output = option(args, 'output');
  if (!args.positionals.length || !output) return usage('thiếu tệp đầu vào hoặc tệp kết quả (-o).');
  if (!/\.xlsx$/i.test(output)) return usage(`tệp kết quả phải có đuôi .xlsx: "${output}".`);
  const typedAsOf = option(args, 'as-of') ?? null;
  const givenAsOf = typedAsOf === null ? null : dateInput(typedAsOf);
  if (typedAsOf !== null && !givenAsOf) return usage(`ngày báo cáo không hợp lệ: "${typedAsOf}" (cần dạng DD/MM/YYYY hoặc YYYY-MM-DD, ví dụ 30/06/2026).`);
  if (args.flags.has('replace') && args.flags.has('keep-both')) return usage('chỉ chọn một trong hai: --replace hoặc --keep-both.');
  const choice: ProgrammeChoice | null = args.flags.has('replace') ? 'replace' : args.flags.has('keep-both') ? 'keep-both' : null;
  const givenDays = option(args, 'due-soon-days');
  if (givenDays !== undefined && !/^\d{1,4}$/.test(givenDays)) return usage(`số ngày sắp đến hạn không hợp lệ: "${givenDays}" (cần một số nguyên từ 0).`);
  // What is at -o now (a FIFO, device or read-only file is refused at once; a link is followed).
  const target = await outputTarget(output);
  if (!target.ok) return fail(target.message);

  const programmes: Programme[] = [];
  const files = args.positionals;
  for (const [i, file] of files.entries()) {
    progress.step(`Đang đọc tệp ${i + 1}/${files.length}: ${file}`);
    const read = await readProgramme(file);
    // With several files, the message names the one that failed.
    if (!read.ok) return fail(files.length > 1 ? named(file, read.message) : read.message);
    programmes.push(read.value);
  }
  const programme = joinProgrammes(programmes);
  const amendFile = option(args, 'amend');
  let amendment;
  if (amendFile) {
    const text = await readDocument(amendFile);
    if (!text.ok) return fail(named(amendFile, text.message));
    const r = amendForImport(programme, text.value);
    if (!r.ok) return fail(r.message);
    amendment = r.value;
  }
  const port = workbookOutput(target.value, {
    reading: () => progress.step(`Đang đọc sổ cũ ${output}…`),
    writing: () => progress.step(`Đang ghi ${output}…`),
  });
  const done = await importIntoWorkbook(
    port,
    {
      programme,
      amendment,
      settings: {
        ...(givenAsOf !== null ? { asOf: givenAsOf } : {}),
        ...(givenDays !== undefined ? { dueSoonDays: Number(givenDays) } : {}),
        defaultDueSoonDays: 30,
      },
      clock: systemClock,
      choice,
      onBuild: () => progress.step('Đang dựng sổ…'),
    },
    { keepEdits: args.flags.has('keep-edits') },
  );
  progress.done();
  if (!done.ok) return 'ask' in done ? otherProgramme(output, done.ask) : fail(done.message);
  const r = done.value;
  out(`Đã ghi ${output}\n  Các trang: ${r.written.sheets.join(', ')}\n  ${r.items} dòng nhiệm vụ/chỉ tiêu; ${r.findings} phát hiện trong trang “Kiểm tra”.`);
  // Added beside the other programmes, replacing them, or re-imported among several.
  if (r.programmeLine) out(`  ${r.programmeLine}`);
  if (choice && r.prepared.programmes.kind !== 'different') out(`  Không cần --${choice}: sổ chưa có chương trình nào khác chương trình này.`);
  if (r.keep) {
    for (const line of r.lines) out(`  ${line}`);
    if (r.written.copy) out(`  Sổ cũ giữ nguyên: đã chép nguyên sổ cũ sang ${r.written.copy}.`);
    if (r.prepared.carriedLine) out(`  ${r.prepared.carriedLine}`);
    if (r.prepared.settingsProblem) err(`Cảnh báo: ${r.prepared.settingsProblem}`);
  }
  if (amendment?.conflicts.length) {
    err(`Cảnh báo: văn bản điều chỉnh có ${amendment.conflicts.length} xung đột — xem trang “Điều chỉnh”.`);
    return 1;
  }
  return 0;
}

/** The refusal when the workbook holds another programme and no choice was given (nothing written). */
function otherProgramme(output: string, question: ProgrammeQuestion): number {
  err(
    `Lỗi: sổ "${output}" đang chứa chương trình khác: ${question.held.map((h) => h.label).join('; ')}.\n` +
      `Văn bản nhập vào là chương trình ${question.incoming}. Chưa ghi gì vào sổ.\n` +
      'Hãy chạy lại và chọn một trong hai:\n' +
      '  --replace    thay hẳn chương trình cũ bằng chương trình mới (sổ cũ được chép nguyên sang một tệp sao lưu);\n' +
      '  --keep-both  giữ cả hai: mỗi chương trình có trang phụ lục riêng, trang Tổng hợp tính chung và theo từng chương trình.',
  );
  return EXIT_OTHER_PROGRAMME;
}

/** The message of a failed read, naming the file when it does not already. */
const named = (file: string, message: string): string => (message.includes(file) ? message : `"${file}": ${message}`);

function usage(why: string): number {
  err(`Lỗi: ${why}\n${USAGE}`);
  return 2;
}

function fail(message: string): number {
  err(`Lỗi: ${message}`);
  return 2;
}
