/**
 * No time limit, said outright: "Không quy định" (the usual answer in lists of administrative
 * procedures, "Thời hạn giải quyết: Không quy định"), "Không quy định thời hạn", "Không có
 * thời hạn", "Không thời hạn", "Không giới hạn thời gian". Understood, and there is no date:
 * compose makes it `none` with reason NO_TIME_LIMIT, which validation does not report.
 */
import { Parser, spanOf } from '../parts';

export const noLimitParser: Parser = {
  name: 'noLimit',
  pattern: /^(?:khong\s+(?:quy\s*dinh(?:\s+thoi\s*(?:han|gian))?|(?:co\s+)?thoi\s*han|gioi\s*han\s+thoi\s*gian))\s*[.;]?$/,
  extract: (m) => ({ ...spanOf(m), type: 'noLimit' }),
};
