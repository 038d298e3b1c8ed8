import { canonicalProgress, formDifference } from '../../../cellValues';
import { PROGRESS_VALUES } from '../../../status/labels';
import { defineRule } from '../../rule';
import { shownValue } from './cellText';
import type { CellScalar } from '../../../plan/sheetData';

export default defineRule({
  meta: {
    id: 'tracking.progress',
    severity: 'error',
    label: 'Tiến độ không thuộc danh sách',
    description:
      'A Tiến độ that is not one of the list\'s values ("xong rồi", "50%", "Hoàn thành " with a space, "Hoàn thành" in decomposed Unicode). The Tình trạng formula compares exactly, so such a task is not counted as done. When only the form differs the list value is suggested, and the fix is certain.',
    messages: {
      otherForm: (v: CellScalar, fix: string) => `Tiến độ «${shownValue(v)}» khác giá trị trong danh sách «${fix}» (${formDifference(String(v))}): Tình trạng không tính được.`,
      notInList: (v: CellScalar) => `Tiến độ «${shownValue(v)}» không thuộc danh sách (${PROGRESS_VALUES.join(' / ')}): Tình trạng không tính được.`,
    },
  },
  scope: 'cell',
  check(cell) {
    const v = cell.value;
    if (cell.column !== 'progress' || PROGRESS_VALUES.includes(String(v))) return;
    const { meta } = this;
    const fix = canonicalProgress(v);
    cell.report({
      ...cell.place,
      rule: meta.id,
      severity: meta.severity,
      column: 'progress',
      value: String(v),
      cell: cell.address(),
      message: fix ? meta.messages.otherForm(v, fix) : meta.messages.notInList(v),
      suggestion: fix,
      ...(fix ? { certain: true } : {}),
    });
  },
});
