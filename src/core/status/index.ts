export * from './labels';
export * from './rules';
export * from './tracking';
export * from './summary';
export { isoToSerial, serialToIso, daysBetween, displayDate } from './dates';
