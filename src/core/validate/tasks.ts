import type { Programme } from '../model';
import { compareKey, isSubRow, itemFinding, quote, TableContext } from './context';
import type { Finding } from './types';
import { nfc } from '../text';

/** Words a sentence does not end on: the cell was cut (page break, copy from a narrow column). */
const DANGLING = new Set(['và', 'của', 'các', 'cho', 'với', 'về', 'trong', 'theo', 'tại', 'để', 'đến', 'từ', 'những', 'hoặc', 'là', 'như', 'ngân']);

/** Text that stops mid-sentence: a trailing comma or connector, or a bracket left open. */
export function looksCutOff(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  // A colon is left out: "… qua cầu Vân Phúc:" introduces the rows that follow.
  if (/[,;(\-–]$/.test(t)) return `kết thúc bằng “${t[t.length - 1]}”`;
  const last = nfc(lastWord(t));
  if (DANGLING.has(last.toLowerCase())) return `kết thúc giữa câu (“${last}”)`;
  if (count(t, '(') > count(t, ')')) return 'mở ngoặc “(” mà không đóng';
  return null;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

const SPACE = /\s/;

/** The text after the last whitespace (the text is trimmed). */
function lastWord(t: string): string {
  let k = t.length;
  while (k > 0 && !SPACE.test(t[k - 1])) k--;
  return t.slice(k);
}

/** The end of a long text, from a word boundary: "… trên địa bàn tỉnh Tuyên Quang,". */
function tail(text: string): string {
  if (text.length <= 60) return text;
  const end = text.slice(-60);
  return `…${end.slice(end.indexOf(' ') + 1)}`;
}

/** Empty and cut-off task text. */
export function checkTaskText(ctx: TableContext): void {
  ctx.table.items.forEach((item, i) => {
    if (isSubRow(item) || item.removed) return;
    if (!item.task.trim()) {
      ctx.report(itemFinding(ctx, 'structure.emptyTask', item, i, 'task', { value: '', message: 'Dòng có số thứ tự nhưng không có nội dung nhiệm vụ.' }));
      return;
    }
    const cut = looksCutOff(item.task);
    if (cut) {
      ctx.report(itemFinding(ctx, 'structure.cutOff', item, i, 'task', {
        value: item.task,
        message: `Nội dung nhiệm vụ ${quote(tail(item.task))} ${cut}: có thể bị cắt khi sao chép.`,
      }));
    }
  });
}

/**
 * The same task twice in one document (after normalisation: "CT13" = "CT.13"). One Map of
 * normalised text, so thousands of items stay fast. The later row is reported.
 */
export function checkDuplicateTasks(p: Programme, contexts: TableContext[]): void {
  const first = new Map<string, { table: string; tt: string; line: number }>();
  contexts.forEach((ctx, t) => {
    p.tables[t].items.forEach((item, i) => {
      if (isSubRow(item) || item.removed) return;
      const key = compareKey(item.task);
      if (key.length < 8) return;
      const seen = first.get(key);
      if (!seen) {
        first.set(key, { table: ctx.table.label || ctx.table.title, tt: item.tt, line: item.line });
        return;
      }
      const where = `${seen.table ? `${seen.table}, ` : ''}${seen.tt ? `mục ${seen.tt}, ` : ''}dòng ${seen.line}`;
      const f: Finding = itemFinding(ctx, 'structure.duplicateTask', item, i, 'task', {
        value: item.task,
        message: `Nhiệm vụ ${quote(item.task)} trùng với nhiệm vụ ở ${where}.`,
      });
      ctx.report(f);
    });
  });
}
