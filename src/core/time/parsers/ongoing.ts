/**
 * "Thường xuyên, liên tục", "Thực hiện thường xuyên", "Thường xuyên"; OCR forms
 * "Thuong xuyén, lién tuc", "Thirong xuyén".
 */
import { Parser, spanOf } from '../parts';

const THUONG = 'th(?:uo|u|ir|iu|w|uw)ong';

export const ongoingParser: Parser = {
  name: 'ongoing',
  pattern: new RegExp(
    `(?:\\b(?:thuc hien|trien khai)\\s+)?(?:\\b${THUONG}\\s*xuyen\\b(?:\\s*[,;]?\\s*(?:va\\s+)?lien\\s*tuc\\b)?|\\blien\\s*tuc\\b)`,
  ),
  extract: (m) => ({ ...spanOf(m), type: 'ongoing' }),
};
