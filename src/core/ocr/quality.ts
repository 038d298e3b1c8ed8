/** Is this text an OCR scan that lost its Vietnamese diacritics? */
import { foldText } from '../time';

/** Common words that are never written without a diacritic in clean Vietnamese. */
const ALWAYS_MARKED = new Set([
  'cua',
  'va',
  'cac',
  'duoc',
  'nhung',
  'thuc',
  'hien',
  'tinh',
  'phat',
  'trien',
  'nhiem',
  'thoi',
  'voi',
  'xay',
  'viec',
  'truong',
  'nguoi',
  'dau',
  'tu',
  'te',
]);

export interface QualityReport {
  quality: 'clean' | 'ocr';
  /** Share of those common words found without any diacritic (0…1). */
  unmarkedShare: number;
  sample: number;
}

export function detectQuality(text: string): QualityReport {
  const words = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let sample = 0;
  let unmarked = 0;
  for (const w of words) {
    const f = foldText(w.toLowerCase());
    if (!ALWAYS_MARKED.has(f)) continue;
    sample++;
    if (/^[a-z]+$/.test(w.toLowerCase())) unmarked++;
  }
  const unmarkedShare = sample ? unmarked / sample : 0;
  return { quality: sample >= 20 && unmarkedShare >= 0.3 ? 'ocr' : 'clean', unmarkedShare, sample };
}
