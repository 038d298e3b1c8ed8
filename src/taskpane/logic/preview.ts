/** What the Nhập tab shows before anything is written: tables, item counts, time kinds, problems. */
import { TIME_KIND_LABEL } from '../../app/text';
import type { Programme, TimeKind, ValidationReport } from '../../app';

export interface TablePreview {
  title: string;
  kind: string;
  items: number;
  sections: number;
  columns: string[];
  timeKinds: Array<{ label: string; count: number }>;
}

export interface ImportPreview {
  title: string;
  ocr: boolean;
  tables: TablePreview[];
  items: number;
  notImported: number;
  errors: number;
  warnings: number;
}

export function previewOf(p: Programme, report: ValidationReport): ImportPreview {
  const tables = p.tables.map((t) => {
    const counts = new Map<TimeKind, number>();
    for (const it of t.items) counts.set(it.time.kind, (counts.get(it.time.kind) ?? 0) + 1);
    return {
      title: t.title || t.label || '(không tên)',
      kind: t.kind === 'indicators' ? 'chỉ tiêu' : 'nhiệm vụ',
      items: t.items.length,
      sections: t.sections.length,
      columns: t.columns.map((c) => c.header),
      timeKinds: t.kind === 'tasks' ? [...counts].map(([k, count]) => ({ label: TIME_KIND_LABEL[k], count })) : [],
    };
  });
  return {
    title: p.title,
    ocr: p.quality === 'ocr',
    tables,
    items: tables.reduce((n, t) => n + t.items, 0),
    notImported: p.notImported.length,
    errors: report.summary.errors,
    warnings: report.summary.warnings,
  };
}
