import type { Args } from './args';
import { err } from './io';

/** Placeholder: replaced by the issue that builds `phuluc import`. */
export async function importCommand(_args: Args): Promise<number> {
  err('Lỗi: lệnh "import" chưa có trong phiên bản này.');
  return 2;
}
