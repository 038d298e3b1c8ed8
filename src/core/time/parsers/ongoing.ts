/**
 * "Thường xuyên, liên tục", "Thực hiện thường xuyên", "Thường xuyên"; OCR forms
 * "Thuong xuyén, lién tuc", "Thirong xuyén"; the years after a first one: "và các năm tiếp
 * theo", "những năm tiếp theo", "các năm sau" ("Năm 2025 và các năm tiếp theo": a first
 * deadline, then ongoing).
 */
import { Parser, spanOf } from '../parts';

const THUONG = 'th(?:uo|u|ir|iu|w|uw)ong';

export const ongoingParser: Parser = {
  name: 'ongoing',
  pattern: new RegExp(
    `(?:\\b(?:thuc hien|trien khai)\\s+)?(?:\\b${THUONG}\\s*xuyen\\b(?:\\s*[,;]?\\s*(?:va\\s+)?lien\\s*tuc\\b)?|\\blien\\s*tuc\\b|\\b(?:cac|nhung)\\s+nam\\s+(?:tiep\\s*theo|ke\\s*tiep|sau\\s*do|sau)\\b)`,
  ),
  extract: (m) => ({ ...spanOf(m), type: 'ongoing' }),
};
