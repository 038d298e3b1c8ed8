/**
 * Fonts, cell styles and status colours. Times New Roman throughout (NĐ 30/2020); status
 * colours are Excel's preset "light fill + dark text" palettes users recognise.
 */
import { STATUS, Status } from '../status';
import type { CellStyle, FontPlan } from './types';

export const FONT_NAME = 'Times New Roman';
export const BODY_SIZE = 12;

export const font = (extra: Partial<FontPlan> = {}): FontPlan => ({ name: FONT_NAME, size: BODY_SIZE, ...extra });

export interface StatusColour {
  fill: string;
  font: string;
}

/** Fill + text colour per status (Đã lược bỏ is grey and struck through). */
export const STATUS_COLOURS: Partial<Record<Status, StatusColour>> = {
  [STATUS.overdue]: { fill: 'FFC7CE', font: '9C0006' }, // Excel "Light Red Fill with Dark Red Text"
  [STATUS.dueSoon]: { fill: 'FFEB9C', font: '9C5700' }, // "Yellow Fill with Dark Yellow Text"
  [STATUS.doneOnTime]: { fill: 'C6EFCE', font: '006100' }, // "Green Fill with Dark Green Text"
  [STATUS.doneLate]: { fill: 'F8CBAD', font: '843C0C' }, // orange (Accent 2 tint): done, but late
  [STATUS.ongoing]: { fill: 'DDEBF7', font: '1F4E78' }, // light blue: ongoing
  [STATUS.waiting]: { fill: 'E7E6E6', font: '3A3838' }, // light grey: waiting for guidance
  [STATUS.removed]: { fill: 'F2F2F2', font: '7F7F7F' }, // grey, struck through
};

const cell = (f: Partial<FontPlan>, s: Partial<CellStyle> = {}): CellStyle => ({ font: font(f), ...s });
const body = (s: Partial<CellStyle> = {}, f: Partial<FontPlan> = {}): CellStyle => cell(f, { vertical: 'top', wrap: true, border: true, ...s });

/** Every named style a plan uses (WorkbookPlan.styles). */
export const STYLES: Record<string, CellStyle> = {
  appendixLabel: cell({ size: 14, bold: true }, { horizontal: 'center', vertical: 'middle' }),
  appendixTitle: cell({ size: 14, bold: true }, { horizontal: 'center', vertical: 'middle', wrap: true }),
  attachedTo: cell({ size: 13, italic: true }, { horizontal: 'center', vertical: 'middle', wrap: true }),
  asOfLine: cell({ italic: true }, { horizontal: 'center' }),
  legendLabel: cell({ bold: true }, { horizontal: 'right' }),
  header: cell({ bold: true }, { horizontal: 'center', vertical: 'middle', wrap: true, border: true, fill: 'D9E1F2' }),
  text: body({ numFmt: '@' }),
  textCenter: body({ numFmt: '@', horizontal: 'center' }),
  date: body({ numFmt: 'dd/mm/yyyy', horizontal: 'center' }),
  status: body({ horizontal: 'center' }),
  sectionRow: body({ numFmt: '@' }, { bold: true }),
  sheetTitle: cell({ size: 14, bold: true }, { horizontal: 'left' }),
  blockTitle: cell({ size: 13, bold: true }),
  note: cell({ italic: true, size: 11, color: '595959' }, { wrap: false }),
  label: cell({}, { border: true, wrap: true, vertical: 'top', numFmt: '@' }),
  ref: cell({}, { border: true, wrap: true, vertical: 'top' }),
  labelBold: cell({ bold: true }, { border: true, wrap: true, vertical: 'top', numFmt: '@' }),
  count: cell({}, { border: true, horizontal: 'center', numFmt: '0' }),
  /** A line number beside a wrapped text: at the top, where its text begins. */
  countTop: cell({}, { border: true, horizontal: 'center', vertical: 'top', numFmt: '0' }),
  countBold: cell({ bold: true }, { border: true, horizontal: 'center', numFmt: '0' }),
  percent: cell({ bold: true }, { border: true, horizontal: 'center', numFmt: '0.0%' }),
  inputDate: cell({ bold: true, color: '0000FF' }, { border: true, horizontal: 'center', numFmt: 'dd/mm/yyyy', fill: 'FFF2CC' }),
  inputNumber: cell({ bold: true, color: '0000FF' }, { border: true, horizontal: 'center', numFmt: '0', fill: 'FFF2CC' }),
  link: cell({ underline: true, color: '0563C1' }, { border: true, vertical: 'top', wrap: true }),
  ...Object.fromEntries(
    Object.entries(STATUS_COLOURS).map(([s, c]) => [
      legendStyle(s as Status),
      cell({ color: c!.font, strike: s === STATUS.removed }, { fill: c!.fill, horizontal: 'center', vertical: 'middle', wrap: true, border: true }),
    ]),
  ),
};

export function legendStyle(s: Status): string {
  return `legend:${s}`;
}
