import { builtinCatalogue, canonicalParts, matchAgency } from '../agencies';
import type { Catalogue } from '../agencies';
import type { NotImported, Programme } from '../model';
import { cleanCell } from '../text';
import { findDocumentTitle, isPageArtefact } from './appendix';
import { classifyDocument } from './documentKind';
import { importProse } from './prose';
import { hasTable, importTables } from './tableImporter';

export { hasTable } from './tableImporter';

/** Splits input text into lines (any line ending), NFC. */
export function splitLines(text: string): string[] {
  return text.normalize('NFC').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

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
 * Sets `leadCanonical` on every item: the catalogue name when the lead names one known agency,
 * the known names joined by "; " when it names several known ones, null otherwise. OCR text
 * accepts close, unambiguous near misses ("Ban T6 chire Tinh viy" → Ban Tổ chức Tỉnh ủy).
 */
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
      if (known.has(it.lead)) {
        it.leadCanonical = known.get(it.lead) ?? null;
        if (ocr) it.ocr = true;
        continue;
      }
      const m = matchAgency(it.lead, catalogue, { ocr });
      if (m.canonical || m.parts.length < 2) it.leadCanonical = m.canonical;
      else {
        const names = canonicalParts(it.lead, catalogue, { ocr });
        it.leadCanonical = names.every((n, i) => n !== m.parts[i] || matchAgency(n, catalogue).canonical) ? names.join('; ') : null;
      }
      known.set(it.lead, it.leadCanonical);
      if (ocr) it.ocr = true;
    }
  }
  return p;
}

/** Imports a programme from text: appendix tables when it has them, prose otherwise. */
export function importProgramme(text: string, catalogue?: Catalogue): Programme {
  return resolveLeads(importText(text), catalogue);
}

function importText(text: string): Programme {
  const lines = splitLines(text);
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
      shape: hasTable(lines) ? 'table' : 'prose',
      documentKind: kind.kind,
      warning: kind.warning,
    };
  }
  if (hasTable(lines)) {
    const t = importTables(lines, doc.title);
    doc.lines.forEach((i) => t.used.add(i));
    return {
      title: doc.title,
      tables: t.tables,
      notImported: [...t.notImported, ...leftovers(lines, t.used, 'Văn bản ngoài bảng phụ lục')].sort((a, b) => a.line - b.line),
      quality: 'clean',
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
