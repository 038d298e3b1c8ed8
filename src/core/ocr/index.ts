export { findLabels, startsWithLabel } from './labels';
export type { FieldKey, LabelHit } from './labels';
export { detectQuality } from './quality';
export type { QualityReport } from './quality';
