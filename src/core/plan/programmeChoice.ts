/**
 * Where an incoming programme goes in a workbook (the same code for the command line and the pane):
 *  - `new`: the workbook holds no programme (no file, or only a Danh mục) — a first import;
 *  - `same`: it is one of the programmes the workbook holds (programmeIdentity.sameProgramme) —
 *    a re-import of that programme, users' cells kept;
 *  - `different`: another programme — the user chooses: `replace` (the workbook then holds only
 *    the new programme; nothing of the old ones stays in it) or `keep-both` (the new one is added
 *    with the next tag, the others redrawn from the workbook as users left them).
 * `programmeParts` turns the answer into the parts buildProgrammesWorkbook draws.
 */
import type { AmendResult } from '../amend/types';
import { maxOf } from '../arrays';
import type { NotImported, Programme } from '../model';
import { notImportedOnCheckSheet } from './checkSheet';
import type { Finding } from '../validate/types';
import type { ProgrammePart } from './index';
import { programmeFacts, ProgrammeIdentity, sameProgramme } from './programmeIdentity';
import { programmeTag, WorkbookProgramme, workbookProgrammes } from './programmeSheet';
import { readBack } from './readBack';
import type { WorkbookSnapshot } from './sheetData';

export type ProgrammeChoice = 'replace' | 'keep-both';

export interface Placement {
  kind: 'new' | 'same' | 'different';
  /** The programmes the workbook holds now (tag order). */
  held: WorkbookProgramme[];
  /** With `same`: the tag of the programme re-imported. */
  tag?: string;
  /** The text not imported listed on the workbook's Kiểm tra (the held programmes' documents). */
  heldNotImported?: NotImported[];
}

/** Where `incoming` goes in the workbook `snapshot` (null: no workbook yet). */
export function placeProgramme(incoming: Programme, snapshot: WorkbookSnapshot | null): Placement {
  const held = snapshot ? workbookProgrammes(snapshot) : [];
  if (!held.length) return { kind: 'new', held };
  const facts = programmeFacts(incoming);
  const match = held.find((h) => sameProgramme(facts, h).same);
  if (match) return { kind: 'same', held, tag: match.tag };
  return { kind: 'different', held, heldNotImported: notImportedOnCheckSheet(snapshot?.looseCells ?? []) };
}

export interface IncomingPart {
  programme: Programme;
  findings?: Finding[];
  amendment?: AmendResult;
}

export interface PartsResult {
  parts: ProgrammePart[];
  /** Names of the tables redrawn from the workbook (their users' corrections are kept: KeepOptions.keepEditsIn). */
  heldTables: Set<string>;
  /** True when the old workbook's cells are to be merged in (reimport); false for `replace` and `new`. */
  merge: boolean;
  /** The tag the incoming programme got. */
  tag: string;
}

/**
 * The parts of the workbook to write. `choice` is needed only when `placement.kind` is
 * `different` (throws otherwise: the caller must ask first). `findingsOf` validates a programme
 * redrawn from the workbook (the caller's profile and catalogue).
 */
export function programmeParts(incoming: IncomingPart, placement: Placement, choice: ProgrammeChoice | null, findingsOf: (p: Programme) => Finding[]): PartsResult {
  const first = programmeTag(1);
  if (placement.kind === 'new') return { parts: [{ ...incoming, tag: first }], heldTables: new Set(), merge: false, tag: first };
  if (placement.kind === 'different' && !choice) throw new Error('programmeParts: a different programme needs a choice (replace or keep-both)');
  if (placement.kind === 'different' && choice === 'replace') return { parts: [{ ...incoming, tag: first }], heldTables: new Set(), merge: false, tag: first };
  const heldTables = new Set<string>();
  const redraw = (h: WorkbookProgramme): ProgrammePart => {
    const programme = readBack(h.tables, h.identity.title).programme;
    for (const t of h.tables) if (t.table) heldTables.add(t.table);
    return { programme, findings: findingsOf(programme), tag: h.tag, identity: h.identity };
  };
  if (placement.kind === 'same') {
    const tag = placement.tag!;
    // A workbook holding one programme: the plain re-import, nothing redrawn (under the tag it
    // has: CT1, or CT2 … when users deleted the others' sheets, so its tables still pair by name).
    if (placement.held.length === 1) return { parts: [{ ...incoming, tag }], heldTables, merge: true, tag };
    const parts = placement.held.map((h) => (h.tag === tag ? { ...incoming, tag } : redraw(h)));
    return { parts, heldTables, merge: true, tag };
  }
  const next = programmeTag(
    maxOf(
      placement.held.map((h) => Number(h.tag.slice(2)) || 1),
      1,
    ) + 1,
  );
  // Keep both: the text not imported from the held programmes' documents stays listed on Kiểm
  // tra (with the first of them: the old sheet does not say which document each line is from).
  const held = placement.held.map(redraw);
  const kept = placement.heldNotImported ?? [];
  if (held.length && kept.length) held[0] = { ...held[0], programme: { ...held[0].programme, notImported: [...kept, ...held[0].programme.notImported] } };
  return { parts: [...held, { ...incoming, tag: next }], heldTables, merge: true, tag: next };
}

/** The sheets of the old programmes a `replace` removes (appendix sheets and the Chương trình / Điều chỉnh sheets). */
export function replacedSheets(placement: Placement, snapshot: WorkbookSnapshot): string[] {
  const own = placement.held.flatMap((h) => h.sheets);
  const generated = snapshot.sheets.filter((s) => ['chương trình', 'điều chỉnh'].includes(s.toLocaleLowerCase('vi')));
  return [...new Set([...own, ...generated])];
}

/** A held programme's identity as recorded (for messages). */
export const heldIdentities = (p: Placement): ProgrammeIdentity[] => p.held.map((h) => h.identity);
