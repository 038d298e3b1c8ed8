import type { Args } from './args';
import { err } from './io';

/** Placeholder: replaced by the issue that builds `phuluc amend`. */
export async function amendCommand(_args: Args): Promise<number> {
  err('Lỗi: lệnh "amend" chưa có trong phiên bản này.');
  return 2;
}
