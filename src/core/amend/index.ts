/** Applying an amending document (điều chỉnh, bổ sung, lược bỏ) to a base programme. Host-free. */
import type { Programme } from '../model';
import { Consolidation } from './apply';
import { parseAmendment } from './parse';
import type { AmendResult } from './types';

export type { AmendOp, AmendResult, Change, Conflict } from './types';
export { parseAmendment } from './parse';
export type { Operation, ParsedAmendment } from './parse';
export { amendSummary } from './summary';

export function applyAmendment(base: Programme, amendmentText: string): AmendResult {
  const parsed = parseAmendment(amendmentText);
  const c = new Consolidation(base);
  for (const op of parsed.operations) {
    if (op.op === 'modify') c.modify(op);
    else if (op.op === 'modify-time') c.modifyTime(op);
    else if (op.op === 'remove') c.remove(op);
    else if (op.op === 'rename-section') c.renameSection(op);
    else if (op.op === 'add') c.add(op);
    else if (op.op === 'add-section') c.addSection(op);
    else c.noChange(op);
  }
  const result = c.result();
  for (const s of parsed.stray) {
    result.conflicts.push({ kind: 'not-understood', section: '', point: '', message: `Không hiểu đoạn này thuộc thao tác điều chỉnh nào: "${s.text.slice(0, 80)}"`, line: s.line });
  }
  result.conflicts.sort((a, b) => a.line - b.line);
  result.notApplied = parsed.outside;
  return result;
}
