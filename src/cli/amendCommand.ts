import { amendmentSummary, amendProgramme, programmeOf } from '../app';
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
  const programme = programmeOf(base.value);
  if (!programme.ok) {
    err(programme.reason === 'document-kind' ? `Lỗi: văn bản gốc "${baseFile}" — ${programme.message}` : `Lỗi: không tìm thấy nhiệm vụ nào trong văn bản gốc "${baseFile}".`);
    return 2;
  }
  const result = amendProgramme(programme.value, amendment.value);
  if (!result.ok) {
    err(`Lỗi: không nhận ra nội dung điều chỉnh, bổ sung, lược bỏ nào trong "${amendFile}" (cần các mục như "Điều chỉnh điểm (3)", "Bổ sung … vào Mục 1.2", "Lược bỏ điểm (2)").`);
    return 2;
  }
  if (args.flags.has('json')) out(JSON.stringify(result.value));
  else out([`Văn bản gốc: ${baseFile}`, `Văn bản điều chỉnh: ${amendFile}`, amendmentSummary(result.value)].join('\n'));
  return result.value.conflicts.length ? 1 : 0;
}
