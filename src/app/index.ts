/**
 * The use-case layer: what the command line and the add-in do, once, host-free (no Node, no
 * Office). Hosts parse their arguments or events, hand raw text or bytes, a clock and a
 * workbook port (port.ts) to a use case here, and show its result.
 */
export * from './port';
export * from './documents';
export * from './check';
export * from './workbook';
export * from './importWorkbook';
export * from './programmes';
export * from './amend';
export * from './text';
export * from './summary';
export * from './cycle';
