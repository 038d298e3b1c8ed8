import type { NotImported, ProgrammeTable } from '../model';

export interface ProseImport {
  tables: ProgrammeTable[];
  /** 0-based indexes of the lines used (headings, points, labels). */
  used: Set<number>;
  notImported: NotImported[];
  quality: 'clean' | 'ocr';
}

/** Numbered prose programmes ("(3) … Cơ quan chủ trì tham mưu: …"). Placeholder until built. */
export function importProse(_lines: string[], _title: string): ProseImport {
  return { tables: [], used: new Set(), notImported: [], quality: 'clean' };
}
