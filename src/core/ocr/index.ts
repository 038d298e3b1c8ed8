export { findLabels, startsWithLabel } from './labels';
export type { FieldKey, LabelHit } from './labels';
export { detectQuality, detectQualityOfParts } from './quality';
export type { QualityReport } from './quality';
