// The narrow modules, not the '../app' index: `parse` loads no plan, workbook or cycle code.
import { programmeWithIds } from '../app/documents';
import { displayDate, TIME_KIND_LABEL } from '../app/words';
import type { Item, Programme, TimeKind } from '../app';
import type { Args } from './args';
import { err, out, readProgramme } from './io';

export async function parseCommand(args: Args): Promise<number> {
  const file = args.positionals[0];
  if (!file) {
    err('Cách dùng: phuluc parse <tệp> [--json]');
    return 2;
  }
  const read = await readProgramme(file);
  if (!read.ok) {
    err(`Lỗi: ${read.message}`);
    return 2;
  }
  const programme = programmeWithIds(read.value);
  out(args.flags.has('json') ? JSON.stringify(programme) : summary(programme, file));
  return 0;
}

const TASK_CHARS = 60;

/** The start of a text, cut at a word near `chars` characters ("…" when cut). */
export function textStart(text: string, chars = TASK_CHARS): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one.length <= chars) return one;
  const cut = one.slice(0, chars);
  const space = cut.lastIndexOf(' ');
  return `${(space > chars / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * One item as the clerk scans it: "TT  start of the task — lead — due date (dd/mm/yyyy)"; the time
 * as written when it has no date, "chưa có chủ trì" / "chưa có thời gian" when the cell is empty.
 */
export function itemLine(it: Item): string {
  const due = it.time.due ? displayDate(it.time.due) : textStart(it.time.text, 40) || 'chưa có thời gian';
  const task = textStart(it.task) || '(không có nội dung)';
  return `${(it.tt || '–').padEnd(5)} ${task} — ${textStart(it.lead, 40) || 'chưa có chủ trì'} — ${due}`;
}

/** The readable result of `parse`: counts per table, then each item on one line. */
export function summary(p: Programme, file: string): string {
  const lines = [`Tệp: ${file}`];
  if (p.title) lines.push(`Văn bản: ${p.title}`);
  if (p.quality === 'ocr') lines.push('Chất lượng: văn bản quét (OCR), dấu tiếng Việt không đầy đủ — cần rà soát.');
  lines.push(`Số bảng: ${p.tables.length}`);
  for (const t of p.tables) {
    lines.push('', `• ${t.title || '(không tên)'}`);
    lines.push(`  Loại: ${t.kind === 'indicators' ? 'chỉ tiêu' : 'nhiệm vụ'} — ${t.items.length} dòng, ${t.sections.length} mục`);
    lines.push(`  Cột: ${t.columns.map((c) => c.header).join(' | ')}`);
    const counts = new Map<TimeKind, number>();
    for (const it of t.items) counts.set(it.time.kind, (counts.get(it.time.kind) ?? 0) + 1);
    const kinds = [...counts].map(([k, n]) => `${TIME_KIND_LABEL[k]}: ${n}`).join(', ');
    if (t.kind === 'tasks') lines.push(`  Thời gian: ${kinds}`);
    for (const it of t.items) lines.push(`    ${itemLine(it)}`);
  }
  if (p.notImported.length) lines.push('', `Không nhập (ngoài bảng/danh sách): ${p.notImported.length} đoạn văn bản.`);
  return lines.join('\n');
}
