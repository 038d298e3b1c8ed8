/**
 * Print setup per NĐ 30/2020/NĐ-CP, Phụ lục I: A4, landscape for tables, margins top/bottom
 * 20 mm, left 30 mm, right 15 mm; page numbers centred in the header from page 2 on.
 */
import type { PrintPlan } from './types';

export function printSetup(titleRow?: number, orientation: PrintPlan['orientation'] = 'landscape'): PrintPlan {
  return {
    paper: 'A4',
    orientation,
    margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
    titleRows: titleRow ? `${titleRow}:${titleRow}` : undefined,
    fitToWidth: true,
    centerHeader: '&"Times New Roman,Regular"&13&P',
    differentFirstPage: true,
  };
}
