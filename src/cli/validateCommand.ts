// The narrow modules, not the '../app' index: `validate` of a document loads no plan, workbook or
// cycle code (the workbook's use case is loaded when a workbook is checked).
import { checkProgramme, PROFILES, RULE_IDS, RULE_LABELS } from '../app/check';
import { fail, ok } from '../app/result';
import { dateInput, fold } from '../app/words';
import type { ColumnKey, Programme, Result, ValidateOptions, ValidationProfile, ValidationReport } from '../app';
import { Args, option, UsageError } from './args';
import { err, isWorkbookPath, out, readProgramme, unusableWorkbook } from './io';

const USAGE = 'Cách dùng: phuluc validate <tệp> [--json] [--as-of DD/MM/YYYY|YYYY-MM-DD] [--profile tuyen-quang|lai-chau|auto|<cột,...>] [--require <cột,...>]';

/** Column names a user may type: the code keys or their Vietnamese names. */
const COLUMN_NAMES: Record<string, ColumnKey> = {
  lead: 'lead',
  'chu tri': 'lead',
  'chu-tri': 'lead',
  'co quan chu tri': 'lead',
  time: 'time',
  'thoi gian': 'time',
  'thoi-gian': 'time',
  'thoi han': 'time',
  resources: 'resources',
  'nguon luc': 'resources',
  'nguon-luc': 'resources',
  'kinh phi': 'resources',
  task: 'task',
  'nhiem vu': 'task',
  'nhiem-vu': 'task',
  authority: 'authority',
  'tham quyen': 'authority',
  'tham-quyen': 'authority',
};

function parseColumns(list: string): ColumnKey[] {
  const cols: ColumnKey[] = [];
  for (const raw of list.split(',')) {
    const name = fold(raw);
    if (!name) continue;
    const key = COLUMN_NAMES[name];
    if (!key) throw new UsageError(`Không biết cột "${raw.trim()}". Dùng: chu-tri, thoi-gian, nguon-luc (hoặc lead, time, resources).`);
    if (!cols.includes(key)) cols.push(key);
  }
  return cols;
}

export function readValidateOptions(args: Args): ValidateOptions {
  const opts: ValidateOptions = {};
  const asOf = option(args, 'as-of');
  if (asOf !== undefined) {
    const iso = dateInput(asOf);
    if (!iso) throw new UsageError(`Ngày --as-of không hợp lệ: "${asOf}" (dạng DD/MM/YYYY hoặc YYYY-MM-DD).`);
    opts.asOf = iso;
  }
  const profile = option(args, 'profile');
  if (profile !== undefined) {
    if ((PROFILES as string[]).includes(profile)) opts.profile = profile as ValidationProfile;
    else opts.required = parseColumns(profile);
  }
  const req = option(args, 'require');
  if (req !== undefined) opts.required = parseColumns(req);
  return opts;
}

export async function validateCommand(args: Args): Promise<number> {
  const file = args.positionals[0];
  if (!file) {
    err(USAGE);
    return 2;
  }
  const opts = readValidateOptions(args);
  // A workbook is checked as its users left it, each finding naming its cell, with its tracking
  // cells too (Tiến độ values, dates typed as text); its own Danh mục agencies are known
  // agencies, as in the add-in's Kiểm tra.
  const checked = isWorkbookPath(file) ? await validateBook(file, opts) : await validateDocument(file, opts);
  if (!checked.ok) {
    err(`Lỗi: ${checked.message}`);
    return 2;
  }
  const { report, programme } = checked.value;
  out(args.flags.has('json') ? JSON.stringify({ ...report, asOf: opts.asOf ?? null }) : readable(report, programme, file));
  return report.summary.errors > 0 ? 1 : 0;
}

type Checked = Result<{ report: ValidationReport; programme: Programme }>;

async function validateBook(file: string, opts: ValidateOptions): Promise<Checked> {
  const { workbookInput } = await import('./workbookPort');
  const { checkWorkbook } = await import('../app/workbook');
  const r = await checkWorkbook(workbookInput(file), opts);
  if (r.ok) return ok({ report: r.value.report, programme: r.value.workbook.programme });
  return fail(unusableWorkbook(file, r));
}

async function validateDocument(file: string, opts: ValidateOptions): Promise<Checked> {
  const read = await readProgramme(file);
  return read.ok ? ok({ report: checkProgramme(read.value, opts), programme: read.value }) : read;
}

/** The Vietnamese report, grouped by rule. */
export function readable(report: ValidationReport, programme: Programme, file: string): string {
  const { errors, warnings } = report.summary;
  const items = programme.tables.reduce((n, t) => n + t.items.length, 0);
  const lines = [`Kiểm tra: ${file}`, `${programme.tables.length} bảng, ${items} dòng nhiệm vụ — ${errors} lỗi, ${warnings} cảnh báo.`];
  if (!report.findings.length) lines.push('', 'Không phát hiện sai sót nào.');
  for (const rule of RULE_IDS) {
    const group = report.findings.filter((f) => f.rule === rule);
    if (!group.length) continue;
    const kind = group[0].severity === 'error' ? 'Lỗi' : 'Cảnh báo';
    lines.push('', `■ ${RULE_LABELS[rule]} (${kind}, ${group.length})`);
    for (const f of group) {
      const at = f.cell ? `ô ${f.cell}` : `dòng ${f.line}`;
      const where = [f.cell ? '' : shortTable(f.table), f.tt ? `TT ${f.tt}` : 'không số', at].filter(Boolean).join(', ');
      lines.push(`  - [${where}] ${f.message}${f.suggestion ? ` → Đề xuất: ${f.suggestion}` : ''}`);
    }
  }
  return lines.join('\n');
}

const shortTable = (title: string): string => title.split(' — ')[0];
