import { amendSummary, applyAmendment, parseAmendment } from '../core/amend';
import { importProgramme } from '../core/import';
import type { Args } from './args';
import { err, out, readDocument, readSource } from './io';

/**
 * phuluc amend <văn bản gốc> <văn bản điều chỉnh> [--json]
 * Exit 0: applied; 1: applied with conflicts to review (result still printed); 2: unusable input.
 */
export async function amendCommand(args: Args): Promise<number> {
  const [baseFile, amendFile] = args.positionals;
  if (!baseFile || !amendFile) {
    err('Cách dùng: phuluc amend <văn bản gốc> <văn bản điều chỉnh> [--json]');
    return 2;
  }
  const base = await readSource(baseFile);
  if (!base.ok) {
    err(`Lỗi: văn bản gốc — ${base.message}`);
    return 2;
  }
  const amendment = await readDocument(amendFile);
  if (!amendment.ok) {
    err(`Lỗi: văn bản điều chỉnh — ${amendment.message}`);
    return 2;
  }
  const programme = importProgramme(base.value);
  if (programme.warning) {
    err(`Lỗi: văn bản gốc "${baseFile}" — ${programme.warning}`);
    return 2;
  }
  if (!programme.tables.some((t) => t.items.length)) {
    err(`Lỗi: không tìm thấy nhiệm vụ nào trong văn bản gốc "${baseFile}".`);
    return 2;
  }
  const parsed = parseAmendment(amendment.value);
  if (!parsed.operations.length) {
    err(`Lỗi: không nhận ra nội dung điều chỉnh, bổ sung, lược bỏ nào trong "${amendFile}" (cần các mục như "Điều chỉnh điểm (3)", "Bổ sung … vào Mục 1.2", "Lược bỏ điểm (2)").`);
    return 2;
  }
  const result = applyAmendment(programme, amendment.value);
  if (args.flags.has('json')) out(JSON.stringify(result));
  else out([`Văn bản gốc: ${baseFile}`, `Văn bản điều chỉnh: ${amendFile}`, amendSummary(result, result.notApplied)].join('\n'));
  return result.conflicts.length ? 1 : 0;
}
