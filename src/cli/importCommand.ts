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
import type { Programme } from '../core/model';
import { amendedProgramme, buildProgrammesWorkbook } from '../core/plan';
import { placeProgramme, ProgrammeChoice, programmeParts } from '../core/plan/programmeChoice';
import { programmeIdentity, programmeLabel } from '../core/plan/programmeIdentity';
import { backupStamp, reimport } from '../core/plan/keepUserCells';
import { carriedSettings, reimportLines } from '../core/plan/reimportMessage';
import { userTracking } from '../core/plan/userTracking';
import { dateInput, displayDate, localIsoDate } from '../core/status/dates';
import { workbookBytes } from '../render/exceljs';
import { Args, option } from './args';
import { err, out, readDocument, readProgramme } from './io';
import { outputTarget, writeAtomically } from './files';
import { amendProgramme, catalogue, existingWorkbook, findingsFor, keepOldFile } from './importSteps';
import { withCycleSheets } from './cycleSteps';
import { Progress, progressLine, ProgressStream } from './progress';

const USAGE = 'Cách dùng: phuluc import <tệp>... -o <tệp.xlsx> [--as-of DD/MM/YYYY|YYYY-MM-DD] [--amend <văn bản điều chỉnh>] [--due-soon-days N] [--keep-edits] [--replace | --keep-both]';

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
  const programme = merge(programmes);
  const amendFile = option(args, 'amend');
  let amendment;
  if (amendFile) {
    const text = await readDocument(amendFile);
    if (!text.ok) return fail(named(amendFile, text.message));
    const r = amendProgramme(programme, text.value);
    if (!r.ok) return fail(r.message);
    amendment = r.value;
  }
  if (target.value.before) progress.step(`Đang đọc sổ cũ ${output}…`);
  const existing = target.value.before ? await existingWorkbook(target.value.path) : { ok: true as const, value: null };
  if (!existing.ok) return fail(existing.message);
  const agencies = catalogue(existing.value?.catalogueRows);
  // The report settings users set on the old Tổng hợp survive unless given again.
  const carried = carriedSettings(existing.value?.summary);
  const asOf = givenAsOf ?? carried.asOf;
  const days = givenDays ?? String(carried.dueSoonDays ?? 30);
  const today = localIsoDate(new Date());
  // Which programme of the workbook this is, if any: a different one needs the user's choice.
  const placement = placeProgramme(programme, existing.value);
  if (placement.kind === 'different' && !choice) return otherProgramme(output, placement.held.map((h) => h.identity), programme);
  progress.step('Đang dựng sổ…');
  const findingsOf = (p: Programme) => findingsFor(p, asOf ?? today, agencies);
  const parts = programmeParts({ programme, amendment, findings: findingsOf(amendedProgramme(programme, amendment)) }, placement, choice, findingsOf);
  const merging = existing.value && (parts.merge || placement.kind === 'new') ? existing.value : null;
  const built = buildProgrammesWorkbook(parts.parts, {
    catalogue: agencies,
    settings: { asOf, dueSoonDays: Number(days), today },
    ...(merging ? { userTracking: userTracking(merging.tables) } : {}),
  });
  // Re-import over an earlier workbook: users' cells carried over, old tables backed up first.
  // A replaced programme is not merged: the whole old file is copied aside instead.
  const stamp = backupStamp(new Date());
  const oldStatus = { asOf: carried.asOf ?? today, dueSoonDays: carried.dueSoonDays ?? 30 };
  const keep = merging ? reimport(built.plan, merging, stamp, { keepEdits: args.flags.has('keep-edits'), oldStatus, keepEditsIn: parts.heldTables }) : null;
  // The reporting cycle's history (Lịch sử, Lần gộp, Kết quả báo cáo) survives a re-import.
  const kept = keep?.plan ?? built.plan;
  const plan = merging ? await withCycleSheets(kept, target.value.path, merging.sheets) : kept;
  // The reporting cycle's sheets carried over are in the new workbook: not "left out" in the message.
  if (keep) {
    const written = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
    keep.report.otherSheets = keep.report.otherSheets.filter((n) => !written.has(n.toLowerCase()));
  }
  const oldFile = existing.value ? await keepOldFile(target.value.path, stamp) : null;
  if (oldFile && !oldFile.ok) return fail(oldFile.message);
  progress.step(`Đang ghi ${output}…`);
  const written = await writeAtomically(target.value, await workbookBytes(plan));
  progress.done();
  if (!written.ok) return fail(written.message);
  const sheets = plan.sheets.map((s) => s.name).join(', ');
  const items = built.appendices.reduce((n, a) => n + a.table.items.length, 0);
  const findings = built.plan.sheets.find((s) => s.kind === 'check')?.tables[0].hyperlinks?.length ?? 0;
  out(`Đã ghi ${output}\n  Các trang: ${sheets}\n  ${items} dòng nhiệm vụ/chỉ tiêu; ${findings} phát hiện trong trang “Kiểm tra”.`);
  if (placement.kind === 'different') {
    const held = placement.held.map((h) => `${h.tag} ${programmeLabel(h.identity)}`).join('; ');
    out(choice === 'replace'
      ? `  Đã thay chương trình cũ (${held}) bằng chương trình ${programmeLabel(programmeIdentity(programme))}; sổ cũ chép nguyên sang ${oldFile?.ok ? oldFile.value : 'tệp sao lưu'}.`
      : `  Đã thêm chương trình ${programmeLabel(programmeIdentity(programme))} với ký hiệu ${parts.tag} (các trang bắt đầu bằng “${parts.tag}”), giữ nguyên: ${held}. Danh sách ở trang “Chương trình”.`);
  } else if (placement.held.length > 1) out(`  Nhập lại chương trình ${parts.tag}; các chương trình khác trong sổ giữ nguyên.`);
  if (choice && placement.kind !== 'different') out(`  Không cần --${choice}: sổ chưa có chương trình nào khác chương trình này.`);
  if (keep) {
    const copy = oldFile?.ok && oldFile.value ? `tệp ${oldFile.value}` : undefined;
    for (const line of reimportLines(keep, copy)) out(`  ${line}`);
    if (copy) out(`  Sổ cũ giữ nguyên: đã chép nguyên sổ cũ sang ${oldFile!.value}.`);
    if (givenAsOf === null && existing.value?.summary) {
      out(`  Ngày báo cáo giữ như sổ cũ: ${carried.asOf ? displayDate(carried.asOf) : 'hôm nay (=TODAY())'}; số ngày cảnh báo: ${days}.`);
    }
    if (carried.problem && givenAsOf === null) err(`Cảnh báo: ${carried.problem}`);
  }
  if (amendment?.conflicts.length) {
    err(`Cảnh báo: văn bản điều chỉnh có ${amendment.conflicts.length} xung đột — xem trang “Điều chỉnh”.`);
    return 1;
  }
  return 0;
}

/** The refusal when the workbook holds another programme and no choice was given (nothing written). */
function otherProgramme(output: string, held: Array<ReturnType<typeof programmeIdentity>>, incoming: Programme): number {
  err(
    `Lỗi: sổ "${output}" đang chứa chương trình khác: ${held.map(programmeLabel).join('; ')}.\n` +
      `Văn bản nhập vào là chương trình ${programmeLabel(programmeIdentity(incoming))}. Chưa ghi gì vào sổ.\n` +
      'Hãy chạy lại và chọn một trong hai:\n' +
      '  --replace    thay hẳn chương trình cũ bằng chương trình mới (sổ cũ được chép nguyên sang một tệp sao lưu);\n' +
      '  --keep-both  giữ cả hai: mỗi chương trình có trang phụ lục riêng, trang Tổng hợp tính chung và theo từng chương trình.',
  );
  return EXIT_OTHER_PROGRAMME;
}

/** Several documents → one programme holding all their tables (findings keep their table index). */
function merge(ps: Programme[]): Programme {
  if (ps.length === 1) return ps[0];
  return {
    title: ps.map((p) => p.title).filter(Boolean).join(' + '),
    tables: ps.flatMap((p) => p.tables),
    notImported: ps.flatMap((p) => p.notImported),
    quality: ps.some((p) => p.quality === 'ocr') ? 'ocr' : 'clean',
    shape: ps.every((p) => p.shape === 'prose') ? 'prose' : 'table',
  };
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
