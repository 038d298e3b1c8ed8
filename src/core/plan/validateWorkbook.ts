/**
 * Validation of a workbook's tables as users left them (command line `validate book.xlsx` and the
 * task pane's Kiểm tra): the checks of the programme read back, plus the checks of the tracking
 * cells (validate/tracking.ts); every finding names its cell ("'Phụ lục'!C25").
 */
import { summarise, validateProgramme, ValidateOptions, ValidationReport } from '../validate';
import type { ReadBack } from './readBack';

export function validateWorkbook(rb: ReadBack, options: ValidateOptions = {}): ValidationReport {
  const report = validateProgramme(rb.programme, options);
  const findings = [
    ...report.findings.map((f) => {
      const c = rb.cellOf(f.tableIndex, f.line, f.column);
      return c ? { ...f, cell: `'${c.sheet.replace(/'/g, "''")}'!${c.address}` } : f;
    }),
    ...rb.trackingFindings,
  ];
  return { findings, summary: summarise(findings) };
}
