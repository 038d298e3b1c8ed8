import type { Item } from '../model';

export type AmendOp = 'modify' | 'modify-time' | 'rename-section' | 'add' | 'add-section' | 'remove' | 'no-change';

/** One change the amending document made, for the change log (Điều chỉnh sheet). */
export interface Change {
  op: AmendOp;
  /** Section as named in the amendment, e.g. "1.1". */
  section: string;
  /** Point, e.g. "(3)" (empty for section-level changes). */
  point: string;
  /** Text before (task, or "field: value" lines); empty for additions. */
  before: string;
  /** Text after; empty for removals. */
  after: string;
  /** 1-based line in the amending document. */
  line: number;
}

export interface Conflict {
  kind: 'duplicate-number' | 'missing-target' | 'quote-mismatch' | 'not-understood';
  section: string;
  point: string;
  /** Vietnamese explanation. */
  message: string;
  line: number;
}

export interface AmendResult {
  /** Consolidated items in document order; removed points stay with removed: true. */
  items: Item[];
  changes: Change[];
  conflicts: Conflict[];
  /**
   * Text of the amending document that is not a change at all (title, preamble, closing
   * provisions, recipients, signature): listed so nothing is dropped silently.
   */
  notApplied?: Array<{ line: number; text: string; reason: string }>;
}
