import type { NotImported, ProgrammeTable } from '../model';
import { detectQualityOfParts } from '../ocr';
import { toBlocks } from './prose/blocks';
import { sourceLines } from './prose/lines';
import { buildTables, type RomanSection } from './prose/outline';

export type { RomanSection } from './prose/outline';

export interface ProseImport {
  tables: ProgrammeTable[];
  /** 0-based indexes of the lines used (headings, points, labels). */
  used: Set<number>;
  notImported: NotImported[];
  quality: 'clean' | 'ocr';
  /** The roman sections met, with their extent (see `RomanSection`). */
  sections: RomanSection[];
}

/**
 * Numbered prose programmes: "(3) … Cơ quan chủ trì tham mưu: …. Thời hạn hoàn thành: …" under
 * headings "II.", "1.", "1.1."; the ministry style "1. … - Cơ quan chủ trì: …; - Thời gian thực
 * hiện: …"; and prose without labels, where each task paragraph is an item. Headings with no
 * point under them are returned in `notImported`; lines left unused (footnotes, page artefacts,
 * the preamble) are reported by the caller as not imported.
 */
export function importProse(lines: string[], title: string): ProseImport {
  // The lines' verdict as if joined by newlines (without joining them).
  const quality = detectQualityOfParts(lines).quality;
  const blocks = toBlocks(sourceLines(lines));
  const { tables, used, notImported, sections } = buildTables(blocks, title, quality === 'ocr');
  return { tables, used, notImported, quality, sections };
}
