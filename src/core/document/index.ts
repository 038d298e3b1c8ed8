export * from './types';
export { documentFromBlocks, cellToText, NOTE_PREFIX } from './fromBlocks';
export { documentFromText, splitLines, cellFromText, rowFromText } from './fromText';
export { expandTable } from './grid';
export type { GridCell, GridRow } from './grid';
