/**
 * The lightest helpers hosts need to read arguments and word messages — dates as users type them,
 * dates as shown, folded text, the labels of time kinds — without the plan, workbook or cycle
 * modules that `./text` also re-exports (`phuluc parse` and `validate` start faster with this one).
 */
export { dateInput, displayDate, isoToSerial } from '../core/status/dates';
export { fold } from '../core/text';
export { TIME_KIND_LABEL } from '../core/labels';
