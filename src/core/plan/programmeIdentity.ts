/**
 * Is the document being imported the programme a workbook already holds (a re-import, users'
 * cells kept), or another one (the user must choose: replace it, or keep both)?
 *
 * A programme's identity is what its document prints about itself:
 *  - `number`: its own document number ("52-CTr/TU", "15-KH/UBND"), read from the "(Kèm theo
 *    Chương trình số 52-CTr/TU …)" line of its appendices, else from a header line "Số: 52-CTr/TU"
 *    near the top of the text. Numbers the document only cites ("Thực hiện Nghị quyết số
 *    02-NQ/TW") are never taken: they name another document. Compared without spaces, case or
 *    leading zeros ("01 -CTr/TU" = "1-CTR/TU").
 *  - `issuer`: the issuing body after "của" on that line ("Ban Chấp hành Đảng bộ tỉnh").
 *  - `title`: the document title.
 * The workbook records the number and issuer on every appendix sheet (row 3, "(Kèm theo …)"),
 * the title on Tổng hợp (A2), and, when it holds several programmes, all three on the
 * "Chương trình" sheet (programmeSheet.ts).
 *
 * The rule (sameProgramme), first that applies:
 *  1. Both sides have a number: same programme exactly when the numbers are equal (a re-import
 *     of an edited version keeps its number) and, when both name their issuing body, so do the
 *     bodies (two districts' People's Committees may both issue a "15-KH/UBND").
 *  2. Otherwise the tasks decide: the share of tasks found on both sides (task text compared
 *     without case, spacing and punctuation), over the smaller side. The same title (many
 *     programmes share a generic one, "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH")
 *     needs at least 20 % shared; a different title at least 50 % (a title corrected between two
 *     versions). Below that it is another programme.
 *  3. A side with no task at all (an empty workbook table) is the same programme: nothing of
 *     users' work could be mixed.
 * Host-free; the source of the thresholds is this rule, tested in test/core/plan/programmeIdentity.test.ts.
 */
import type { Programme } from '../model';

export interface ProgrammeIdentity {
  title: string;
  /** Normalised document number ("52-CTR/TU"), or '' when the document prints none: what is compared. */
  number: string;
  /** The number as the document prints it ("07-CTr/HU"), for messages and the Chương trình sheet; '' when none. */
  printed?: string;
  issuer: string;
}

/** What is compared: the identity and the task texts (folded, see taskKey). */
export interface ProgrammeFacts {
  identity: ProgrammeIdentity;
  tasks: string[];
}

export interface SameVerdict {
  same: boolean;
  /** Share of tasks found on both sides (0..1), over the smaller side; 1 when a side is empty. */
  shared: number;
  /** Which rule decided: 'number', 'tasks' or 'empty'. */
  by: 'number' | 'tasks' | 'empty';
}

/** Same title: at least this share of tasks in common. */
export const SHARED_SAME_TITLE = 0.2;
/** Different titles: at least this share of tasks in common. */
export const SHARED_OTHER_TITLE = 0.5;

const NUMBER = String.raw`(\d{1,4})\s*-\s*([A-Za-zĐđ]{1,6})\s*\/\s*([A-Za-zĐđ]{1,8}(?:\s*-\s*[A-Za-zĐđ]{1,8})?)`;
const IN_ATTACHED = new RegExp(String.raw`\bsố\s*:?\s*${NUMBER}`, 'iu');
/** "Số: 52-CTr/TU" at a line's start (OCR: "S8 01 -CTr/TU", "So 01-CTr/TU"). */
const HEADER_LINE = new RegExp(String.raw`^\s*S[ốoô8]\s*:?\s*${NUMBER}`, 'iu');

/** "01 -CTr/TU" → "1-CTR/TU". */
export function normaliseNumber(n: string, kind: string, body: string): string {
  return `${Number(n)}-${kind}/${body}`.replace(/\s+/g, '').toLocaleUpperCase('vi');
}

/** The document number in a "(Kèm theo … số …)" line, or ''. */
export function numberInAttached(line: string | undefined): string {
  const m = line ? IN_ATTACHED.exec(line.normalize('NFC')) : null;
  return m ? normaliseNumber(m[1], m[2], m[3]) : '';
}

/** The document number in a "(Kèm theo … số …)" line as printed ("07-CTr/HU"), or ''. */
export function printedNumberInAttached(line: string | undefined): string {
  const m = line ? IN_ATTACHED.exec(line.normalize('NFC')) : null;
  return m ? printedNumber(m) : '';
}

const printedNumber = (m: RegExpExecArray): string => `${m[1]}-${m[2]}/${m[3]}`.replace(/\s+/g, '');

const ANY_NUMBER = new RegExp(String.raw`^\s*${NUMBER}\s*$`, 'u');

/**
 * A number as a user or the Chương trình sheet wrote it ("07-CTr/HU", "7-ctr/hu") → its
 * normalised form ("7-CTR/HU"); text that is not a document number: upper case, no spaces.
 */
export function normaliseWrittenNumber(written: string): string {
  const m = ANY_NUMBER.exec(written.normalize('NFC'));
  return m ? normaliseNumber(m[1], m[2], m[3]) : written.replace(/\s+/g, '').toLocaleUpperCase('vi');
}

/** The issuing body named after "của" in a "(Kèm theo …)" line, or ''. */
export function issuerInAttached(line: string | undefined): string {
  const m = line ? /\bcủa\s+(.+?)\s*\)?\s*$/iu.exec(line.normalize('NFC')) : null;
  return m ? m[1].trim() : '';
}

/** A programme's identity, from its appendices' "(Kèm theo …)" lines and its first header lines. */
export function programmeIdentity(p: Programme): ProgrammeIdentity {
  let number = '';
  let printed = '';
  let issuer = '';
  for (const t of p.tables) {
    if (!number) [number, printed] = [numberInAttached(t.attachedTo), printedNumberInAttached(t.attachedTo)];
    issuer ||= issuerInAttached(t.attachedTo);
  }
  if (!number) {
    // The header block is the first lines not imported (above the title or beside it).
    for (const n of p.notImported.slice(0, 12)) {
      const m = HEADER_LINE.exec(n.text.normalize('NFC'));
      if (m) {
        number = normaliseNumber(m[1], m[2], m[3]);
        printed = printedNumber(m);
        break;
      }
    }
  }
  return { title: p.title.trim(), number, ...(printed ? { printed } : {}), issuer };
}

/** A task's text as compared: NFC, lower case, letters and digits only, single spaces, 100 characters. */
export function taskKey(task: string): string {
  return task
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 100);
}

/** The facts of a programme as imported. */
export function programmeFacts(p: Programme): ProgrammeFacts {
  const tasks = p.tables.flatMap((t) => t.items.map((i) => taskKey(i.task))).filter(Boolean);
  return { identity: programmeIdentity(p), tasks };
}

const foldTitle = (s: string) => taskKey(s);

/** The rule above: is `incoming` the programme `recorded` (in the workbook)? */
export function sameProgramme(incoming: ProgrammeFacts, recorded: ProgrammeFacts): SameVerdict {
  const a = incoming.identity;
  const b = recorded.identity;
  const left = new Set(incoming.tasks);
  const right = new Set(recorded.tasks);
  const smaller = Math.min(left.size, right.size);
  let common = 0;
  for (const k of left) if (right.has(k)) common++;
  const shared = smaller === 0 ? 1 : common / smaller;
  if (a.number && b.number) {
    const bodies = !a.issuer || !b.issuer || taskKey(a.issuer) === taskKey(b.issuer);
    return { same: a.number === b.number && bodies, shared, by: 'number' };
  }
  if (smaller === 0) return { same: true, shared, by: 'empty' };
  const sameTitle = a.title !== '' && foldTitle(a.title) === foldTitle(b.title);
  return { same: shared >= (sameTitle ? SHARED_SAME_TITLE : SHARED_OTHER_TITLE), shared, by: 'tasks' };
}

/** A programme as the user reads it in a message: its number, else its title (shortened). */
export function programmeLabel(i: ProgrammeIdentity): string {
  const title = i.title.length > 80 ? `${i.title.slice(0, 79)}…` : i.title;
  const number = i.printed || i.number;
  if (number && title) return `số ${number} (${title})`;
  return number ? `số ${number}` : title ? `«${title}»` : '(không có tiêu đề)';
}
