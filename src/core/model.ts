/**
 * The programme model: what every importer produces and every later step consumes.
 * Host-free: no Office, no Node.
 */
import type { TimeMeaning } from './time/types';

export type TableKind = 'tasks' | 'indicators';

/** Logical columns of an appendix table (the meaning, whatever the header says). */
export type ColumnKey = 'tt' | 'task' | 'lead' | 'partners' | 'time' | 'authority' | 'resources' | 'notes' | 'target';

export interface Column {
  key: ColumnKey;
  /** Header text as printed in the document (NFC, markup removed). */
  header: string;
}

export interface Section {
  /** Number as printed: "I", "A", "1", "2." … (may be empty). */
  tt: string;
  title: string;
  /** 1 = top level. */
  level: number;
  line: number;
  /**
   * Position in document order when it differs from `line` (a workbook table the user sorted:
   * rows read back in section order from the Mục column). The numbering check walks by it.
   */
  order?: number;
  /** Text found in the lead / time cells of a heading row (validator flags it). */
  lead?: string;
  time?: string;
}

export interface Item {
  /**
   * Stable id ("Mã" column; core/cycle/ids.ts): the same after re-import, amendment, split and
   * merge. Set by `withIds` (parse --json, the workbook plan); absent on a bare importer result.
   */
  id?: string;
  tt: string;
  /** Section headings from the top, e.g. ["II. Lĩnh vực văn hóa - xã hội"]. */
  path: string[];
  task: string;
  lead: string;
  partners: string;
  time: TimeMeaning;
  /** Prose programmes print "Thời gian thực hiện" beside "Thời hạn hoàn thành": kept here. */
  period?: TimeMeaning;
  authority: string;
  resources: string;
  notes: string;
  /** Indicators: the target (Mục tiêu). */
  target?: string;
  /** 1-based line in the input where the item starts. */
  line: number;
  /** Position in document order when it differs from `line` (see Section.order). */
  order?: number;
  /** Lead resolved against the agency catalogue (null when unknown). */
  leadCanonical?: string | null;
  /**
   * Only on a workbook read back: the lead as the source document printed it (column "Chủ trì
   * (nguyên văn)"), when the Cơ quan chủ trì cell — then in `lead` — shows the catalogue name
   * instead (scanned documents, see plan/leads.ts). Dropped when an amendment rewrites the lead.
   */
  leadAsFound?: string;
  /**
   * Indicator sub-row ("- …", "+ …") under the numbered indicator `parentTt` (then `tt` is empty).
   * In prose, also the point a lettered or bulleted activity belongs to (then `tt` is "a)" or "-").
   * In a table, a sub-row under a number merged over several rows (then `tt` equals `parentTt`).
   */
  parentTt?: string;
  /** Set by amendments. */
  removed?: boolean;
  /**
   * Set by amendments: a point added under a number its section already has. It is kept in the
   * consolidated programme under that number (never dropped, never overwriting the old point),
   * its Ghi chú says so, and the amendment reports a `duplicate-number` conflict.
   */
  duplicateNumber?: boolean;
  /** Text came from OCR without reliable diacritics. */
  ocr?: boolean;
  /**
   * Progress the document itself reports in a "Tiến độ" / "Kết quả thực hiện" column, as one of
   * the workbook's Tiến độ values ("Hoàn thành", "Đang thực hiện", "Chưa thực hiện"); the text as
   * written is kept in `notes`.
   */
  progress?: string;
}

export interface ProgrammeTable {
  title: string;
  /** Appendix label as printed, e.g. "PHỤ LỤC 3" (empty when the document has a single unnamed one). */
  label: string;
  /** The "(Kèm theo …)" line when present. */
  attachedTo?: string;
  kind: TableKind;
  columns: Column[];
  sections: Section[];
  items: Item[];
}

/** A piece of source text the importer did not place in any field. */
export interface NotImported {
  line: number;
  text: string;
  reason: string;
}

export interface Programme {
  /** Document title when found (e.g. "CHƯƠNG TRÌNH HÀNH ĐỘNG …"). */
  title: string;
  tables: ProgrammeTable[];
  notImported: NotImported[];
  /** Text quality: 'ocr' when diacritics were largely lost. */
  quality: 'clean' | 'ocr';
  /** The shape the importer recognised. */
  shape: 'table' | 'prose';
  /**
   * Set when the document is not a programme or plan (a regulation, a list of administrative
   * procedures): then `tables` is empty, all its text is in `notImported`, and `warning` says why.
   */
  documentKind?: 'regulation' | 'procedures';
  /** Vietnamese: why nothing was imported (with `documentKind`). */
  warning?: string;
}
