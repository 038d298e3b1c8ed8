/** "Đã ban hành", "Đã tham mưu ban hành", "Đã hoàn thành", "Đã trình". */
import { Parser, spanOf } from '../parts';

export const doneParser: Parser = {
  name: 'done',
  pattern: /\bda\s+(?:tham\s*muu\s+)?(?:ban\s*hanh|hoan\s*thanh|trinh|phe\s*duyet|thuc\s*hien\s*xong|xong)\b/,
  extract: (m) => ({ ...spanOf(m), type: 'done' }),
};
