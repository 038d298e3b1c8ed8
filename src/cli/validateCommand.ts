import type { Args } from './args';
import { err } from './io';

/** Placeholder: replaced by the issue that builds `phuluc validate`. */
export async function validateCommand(_args: Args): Promise<number> {
  err('Lỗi: lệnh "validate" chưa có trong phiên bản này.');
  return 2;
}
