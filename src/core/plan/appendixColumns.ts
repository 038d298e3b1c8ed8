/** The columns of an appendix sheet: the document's columns, then the tracking columns. */
import type { ColumnKey, Item, ProgrammeTable } from '../model';
import { AS_FOUND_HEADER, needsAsFoundColumn } from './leads';
import type { ColumnPlan } from './types';

export type TrackingKey = 'kind' | 'due' | 'progress' | 'doneDate' | 'status' | 'section' | 'id';
/** 'leadAsFound': the lead as printed, beside Cơ quan chủ trì when that shows catalogue names (plan/leads.ts). */
export type SheetColumnKey = ColumnKey | TrackingKey | 'leadAsFound';

interface ColumnSpec {
  header: string;
  width: number;
  style: string;
  text: boolean;
}

const DOC: Record<ColumnKey, ColumnSpec> = {
  tt: { header: 'TT', width: 7, style: 'textCenter', text: true },
  task: { header: 'Nhiệm vụ', width: 50, style: 'text', text: true },
  lead: { header: 'Cơ quan chủ trì', width: 24, style: 'text', text: true },
  partners: { header: 'Cơ quan phối hợp', width: 20, style: 'text', text: true },
  time: { header: 'Thời gian', width: 16, style: 'text', text: true },
  authority: { header: 'Thẩm quyền ban hành', width: 20, style: 'text', text: true },
  resources: { header: 'Nguồn lực', width: 20, style: 'text', text: true },
  notes: { header: 'Ghi chú', width: 18, style: 'text', text: true },
  target: { header: 'Mục tiêu', width: 24, style: 'text', text: true },
};

/** The appendix sheet's header for a document column ("Cơ quan chủ trì" for `lead`). */
export function documentColumnHeader(key: ColumnKey): string {
  return DOC[key].header;
}

const TRACKING: Record<TrackingKey, ColumnSpec> = {
  kind: { header: 'Loại thời hạn', width: 13, style: 'textCenter', text: true },
  due: { header: 'Hạn hoàn thành', width: 12, style: 'date', text: false },
  progress: { header: 'Tiến độ', width: 15, style: 'textCenter', text: true },
  doneDate: { header: 'Ngày hoàn thành', width: 12, style: 'date', text: false },
  status: { header: 'Tình trạng', width: 17, style: 'status', text: false },
  section: { header: 'Mục', width: 24, style: 'text', text: true },
  // The stable item id (core/cycle/ids.ts), narrow, last: split and merge match items by it.
  id: { header: 'Mã', width: 10, style: 'textCenter', text: true },
};

const AS_FOUND: ColumnSpec = { header: AS_FOUND_HEADER, width: 20, style: 'text', text: true };

const TASK_DOC_ORDER: ColumnKey[] = ['tt', 'task', 'lead', 'partners', 'time', 'authority', 'resources', 'notes'];
const ALWAYS: ColumnKey[] = ['tt', 'task', 'lead', 'time', 'notes'];
const TRACKING_ORDER: TrackingKey[] = ['kind', 'due', 'progress', 'doneDate', 'status', 'section', 'id'];

const plan = (key: SheetColumnKey, s: ColumnSpec, header = s.header): ColumnPlan => ({
  header,
  width: s.width,
  style: s.style,
  key,
  ...(s.text ? { text: true } : {}),
});

/**
 * Task tables: canonical headers (so summaries can name them), optional columns when present,
 * and "Chủ trì (nguyên văn)" right after Cơ quan chủ trì when that shows catalogue names.
 */
export function taskColumns(table: ProgrammeTable): ColumnPlan[] {
  const present = new Set(table.columns.map((c) => c.key));
  const doc = TASK_DOC_ORDER.filter((k) => ALWAYS.includes(k) || present.has(k));
  const asFound = needsAsFoundColumn(table);
  return [
    ...doc.flatMap((k) => (k === 'lead' && asFound ? [plan(k, DOC[k]), plan('leadAsFound', AS_FOUND)] : [plan(k, DOC[k])])),
    ...TRACKING_ORDER.map((k) => plan(k, TRACKING[k])),
  ];
}

/** Indicator tables: the document's own columns and headers ("Mục tiêu 2026 - 2030"). */
export function indicatorColumns(table: ProgrammeTable): ColumnPlan[] {
  const seen = new Set<string>();
  return table.columns.map((c) => {
    const base = c.header || DOC[c.key].header;
    let header = base;
    for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${base} (${n})`;
    seen.add(header.toLowerCase());
    return plan(c.key, DOC[c.key], header);
  });
}

/** The text of a document column for an item. */
export function docValue(item: Item, key: ColumnKey): string {
  if (key === 'tt') return item.tt;
  if (key === 'time') return item.time.text;
  if (key === 'target') return item.target ?? '';
  return item[key] ?? '';
}
