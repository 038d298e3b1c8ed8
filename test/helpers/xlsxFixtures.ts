/** Hand-made inputs for workbook tests: an amendment result and findings on seed 003. */
import type { AmendResult } from '../../src/core/amend/types';
import type { Programme } from '../../src/core/model';
import type { Finding } from '../../src/core/validate/types';

/** 003 with point I.2 removed, I.3's time changed to "Quý I/2026" and a new point I.4 added. */
export function handAmendment(p: Programme): AmendResult {
  const items = p.tables[0].items.map((i) => ({ ...i }));
  const i2 = items.findIndex((i) => i.path[0].startsWith('I.') && i.tt === '2');
  items[i2] = { ...items[i2], removed: true };
  const i3 = items.findIndex((i) => i.path[0].startsWith('I.') && i.tt === '3');
  items[i3] = {
    ...items[i3],
    time: { text: 'Quý I/2026', kind: 'deadline', due: '2026-03-31', start: null, condition: null, recurrence: null, reason: null },
  };
  items.splice(i3 + 1, 0, {
    ...items[i3],
    tt: '4',
    task: '=1+1 không phải công thức: nhiệm vụ bổ sung',
    time: { text: 'Thường xuyên', kind: 'ongoing', due: null, start: null, condition: null, recurrence: null, reason: null },
    line: 0,
  });
  return {
    items,
    changes: [
      { op: 'remove', section: 'I', point: '2', before: items[i2].task, after: '', line: 3 },
      { op: 'modify-time', section: 'I', point: '3', before: 'Thời gian: Quý II/2026', after: 'Thời gian: Quý I/2026', line: 5 },
      { op: 'add', section: 'I', point: '4', before: '', after: items[i3 + 1].task, line: 7 },
    ],
    conflicts: [{ kind: 'duplicate-number', section: 'II', point: '6', message: 'Điểm 6 đã có trong Mục II.', line: 9 }],
  };
}

/** Two findings on 003: the lead of II.6 (item index 8) and the time of the heading I. */
export function handFindings(): Finding[] {
  return [
    {
      rule: 'lead.several',
      severity: 'warning',
      table: '',
      tableIndex: 0,
      tt: '6',
      line: 200,
      itemIndex: 8,
      column: 'lead',
      value: 'x',
      message: 'Ô chủ trì có nhiều cơ quan.',
      suggestion: null,
    },
    {
      rule: 'time.heading',
      severity: 'error',
      table: '',
      tableIndex: 0,
      tt: 'I',
      line: 186,
      itemIndex: null,
      column: 'time',
      value: '',
      message: 'Dòng tiêu đề mục có thời gian.',
      suggestion: null,
    },
  ];
}
