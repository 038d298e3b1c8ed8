import { builtinCatalogue, canonicalParts, matchAgency } from '../agencies';
import type { Catalogue } from '../agencies';
import type { NotImported, Programme, ProgrammeTable } from '../model';
import { documentFromText } from '../document/fromText';
import type { SourceDocument } from '../document/types';
import { cleanCell } from '../text';
import { findDocumentTitle, isPageArtefact } from './appendix';
import { classifyDocument } from './documentKind';
import { proseBesideTables } from './mixed';
import { importProse } from './prose';
import { detectQualityOfParts } from '../ocr';
import { hasTable, importTables } from './tableImporter';

export { hasTable } from './tableImporter';

export { splitLines } from '../document/fromText';

/** Every non-empty line that no table/heading/item used, grouped by paragraph. */
export function leftovers(lines: string[], used: Set<number>, reason: string): NotImported[] {
  const out: NotImported[] = [];
  let cur: NotImported | null = null;
  lines.forEach((l, i) => {
    if (used.has(i)) {
      cur = null;
      return;
    }
    const t = cleanCell(l.replace(/\t/g, ' '));
    if (!t || isPageArtefact(l)) {
      if (!t) cur = null;
      return;
    }
    if (cur) cur.text += `\n${t}`;
    else {
      cur = { line: i + 1, text: t, reason };
      out.push(cur);
    }
  });
  return out;
}

/**
 * The catalogue name of a lead cell: the name when it names one known agency, the known names
 * joined by "; " when it names several known ones, null otherwise. `ocr`: accept close,
 * unambiguous near misses ("Ban T6 chire Tinh viy" → Ban Tổ chức Tỉnh ủy).
 */
export function canonicalLead(lead: string, catalogue: Catalogue = builtinCatalogue(), ocr = false): string | null {
  if (!lead) return null;
  const m = matchAgency(lead, catalogue, { ocr });
  if (m.canonical || m.parts.length < 2) return m.canonical;
  const names = canonicalParts(lead, catalogue, { ocr });
  return names.every((n, i) => n !== m.parts[i] || matchAgency(n, catalogue).canonical) ? names.join('; ') : null;
}

/** Sets `leadCanonical` on every item (see `canonicalLead`); items of OCR text get `ocr: true`. */
export function resolveLeads(p: Programme, catalogue: Catalogue = builtinCatalogue()): Programme {
  const ocr = p.quality === 'ocr';
  // The same lead is written on many rows: resolve each distinct text once (fuzzy matching is costly).
  const known = new Map<string, string | null>();
  for (const t of p.tables) {
    for (const it of t.items) {
      if (!it.lead) {
        it.leadCanonical = null;
        continue;
      }
      // (One lookup for a known lead: canonicalLead never gives undefined.)
      let canonical = known.get(it.lead);
      if (canonical === undefined) known.set(it.lead, (canonical = canonicalLead(it.lead, catalogue, ocr)));
      it.leadCanonical = canonical;
      if (ocr) it.ocr = true;
    }
  }
  return p;
}

/**
 * Imports a programme from a document — TAB text (a paste, a .txt) or a SourceDocument read from
 * .docx, HTML or Markdown: appendix tables when it has them (with the body's task section when it
 * assigns tasks to agencies and does not restate them: `proseBesideTables`), prose otherwise.
 */
export function importProgramme(input: string | SourceDocument, catalogue?: Catalogue): Programme {
  const source = typeof input === 'string' ? documentFromText(input) : input;
  return resolveLeads(importDocument(source), catalogue);
}

/** Every item's task and lead, in order: what a scanned table's quality is judged on. */
function taskAndLeadTexts(tables: ProgrammeTable[]): string[] {
  const out: string[] = [];
  for (const tb of tables)
    for (const i of tb.items) {
      out.push(i.task);
      out.push(i.lead);
    }
  return out;
}

function importDocument(source: SourceDocument): Programme {
  const lines = source.lines;
  const doc = findDocumentTitle(lines);
  const kind = classifyDocument(lines);
  if (kind.kind !== 'programme') {
    // Not a programme: no task is read; every line is reported, under the reason why.
    const used = new Set(doc.lines);
    return {
      title: doc.title,
      tables: [],
      notImported: leftovers(lines, used, kind.warning),
      quality: 'clean',
      shape: hasTable(source) ? 'table' : 'prose',
      documentKind: kind.kind,
      warning: kind.warning,
    };
  }
  if (hasTable(source)) {
    const t = importTables(source, doc.title);
    doc.lines.forEach((i) => t.used.add(i));
    // A prose task section assigned by agency beside the appendix (see `proseBesideTables`).
    const prose = proseBesideTables(lines, t.used, doc.title, t.tables);
    const used = new Set(t.used);
    for (const i of prose?.used ?? []) used.add(i);
    const tables = [...(prose?.tables ?? []), ...t.tables];
    return {
      title: doc.title,
      // In the order of the document: the body's tasks before its appendix.
      tables,
      notImported: [...t.notImported, ...(prose?.notImported ?? []), ...leftovers(lines, used, 'Văn bản ngoài bảng phụ lục')].sort((a, b) => a.line - b.line),
      // A scanned table loses its diacritics as scanned prose does: judged on what its rows say.
      // (The verdict on every item's task and lead, as if joined by spaces and newlines.)
      quality: detectQualityOfParts(taskAndLeadTexts(tables)).quality,
      shape: 'table',
    };
  }
  const prose = importProse(lines, doc.title);
  doc.lines.forEach((i) => prose.used.add(i));
  return {
    title: doc.title,
    tables: prose.tables,
    notImported: [...prose.notImported, ...leftovers(lines, prose.used, 'Văn bản không thuộc điểm nhiệm vụ nào')].sort((a, b) => a.line - b.line),
    quality: prose.quality,
    shape: 'prose',
  };
}
