/**
 * Documents with both an appendix table of tasks and a prose task section (a Government
 * resolution: "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU" assigns points to ministries by heading, and a
 * "PHỤ LỤC" lists priority schemes). Which prose counts beside the tables is decided here.
 */
import type { NotImported, ProgrammeTable } from '../model';
import { fold } from '../text';
import { importProse, type RomanSection } from './prose';

export interface ProseBeside {
  tables: ProgrammeTable[];
  /** 0-based lines used by the prose tables (headings, points). */
  used: Set<number>;
  notImported: NotImported[];
}

/** Share of a section's points that must carry a lead, and that may restate the appendix. */
const MIN_LED = 0.5;
const MAX_RESTATED = 0.5;

/** The words of a task (2 letters or more, folded): what two wordings of one task share. */
function words(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 2),
  );
}

/**
 * Does the prose task restate a task of the tables? True when most words of the shorter of the
 * two are in the other (at least 5 words in common): the body summarising its appendix ("Xây dựng
 * hạ tầng 5G tại các khu công nghiệp" over the row "Phát triển hạ tầng 5G tại các khu công nghiệp").
 */
export function restates(task: string, tableTasks: Set<string>[]): boolean {
  const a = words(task);
  return tableTasks.some((b) => {
    let common = 0;
    for (const w of a) if (b.has(w)) common++;
    return common >= 5 && common / Math.min(a.size, b.size) >= 0.7;
  });
}

/**
 * The prose tasks a document with appendix tables holds besides them, or null when its prose only
 * frames or restates the tables.
 *
 * Rule (from the hand count in test/corpus/expected.ts): a document's appendix table is its task
 * list, and body text that restates it is not counted twice; the closing "TỔ CHỨC THỰC HIỆN"
 * (duties to carry out the plan) is not counted where tasks carry leads. A roman section of the
 * body counts too when all of:
 * - it is a task section (NHIỆM VỤ, GIẢI PHÁP / NỘI DUNG …, not TỔ CHỨC THỰC HIỆN) whose points are
 *   assigned to agencies by two or more headings ("a) Ủy ban nhân dân các tỉnh" / "- Bộ Công Thương" over "-"
 *   or "+" tasks) — `RomanSection.byAgency`;
 * - at least half its points have a lead (from their heading or their own subject);
 * - fewer than half its points restate a task of the tables (`restates`).
 * A section that frames the plan (QUAN ĐIỂM, MỤC TIÊU), a restatement with no agency headings
 * (Đồng Nai 179 III–V, Thủ tướng 2597 III, Hà Nội 310 III) and any non-task text stay with the
 * caller's "not imported" lines.
 *
 * `lines`: the document's physical lines; `tableUsed`: 0-based lines the tables used (and the
 * title). The prose is read twice: once over every line the tables left, to measure each
 * section, then over the kept sections' lines only, so that nothing outside them is claimed. The
 * prose table is titled by its section heading when one section is kept ("III. NHIỆM VỤ, GIẢI
 * PHÁP CHỦ YẾU"), by the document's title otherwise.
 */
export function proseBesideTables(lines: string[], tableUsed: Set<number>, title: string, tables: ProgrammeTable[]): ProseBeside | null {
  const rest = lines.map((l, i) => (tableUsed.has(i) ? '' : l));
  const first = importProse(rest, title);
  const items = first.tables.filter((t) => !t.label).flatMap((t) => t.items);
  // The tables' words only when a section gets as far as asking (most documents have none).
  let tableTasks: Set<string>[] | null = null;
  const restatesTable = (task: string) => restates(task, (tableTasks ??= tables.flatMap((t) => t.items.map((it) => words(it.task)))));
  const inside = (s: RomanSection, line: number) => line > s.line && line < s.end;
  const kept = first.sections.filter((s) => {
    if (!s.byAgency) return false;
    const own = items.filter((it) => inside(s, it.line));
    if (!own.length) return false;
    const led = own.filter((it) => it.lead.trim()).length;
    const restated = own.filter((it) => restatesTable(it.task)).length;
    return led / own.length >= MIN_LED && restated / own.length < MAX_RESTATED;
  });
  if (!kept.length) return null;
  const only = rest.map((l, i) => (kept.some((s) => i + 1 >= s.line && i + 1 < s.end) ? l : ''));
  // Beside an appendix the document's title names both: the body's table is named by its section.
  const second = importProse(only, kept.length === 1 ? kept[0].printed : title);
  const proseTables = second.tables.filter((t) => t.items.length);
  if (!proseTables.length) return null;
  return { tables: proseTables, used: second.used, notImported: second.notImported };
}
