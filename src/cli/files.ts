/**
 * What is at a path, before the command line reads or writes it: only regular files are read or
 * replaced (a FIFO or a device would hang the command or be destroyed), a symbolic link at the
 * output is followed to the file it names, and a read-only workbook is never replaced. The
 * workbook is written to a temporary file first and then linked in without replacing anything
 * that appeared meanwhile. Vietnamese messages; never throws.
 */
import { constants, promises as fs, Stats } from 'fs';
import { basename, dirname, join } from 'path';
import { fail, ok, Result } from '../app/result';

const notRegular = (path: string, st: Stats): string => {
  const what = st.isDirectory()
    ? 'một thư mục'
    : st.isFIFO()
      ? 'một đường ống (FIFO)'
      : st.isSocket()
        ? 'một socket'
        : st.isCharacterDevice() || st.isBlockDevice()
          ? 'một thiết bị'
          : 'không phải tệp thông thường';
  return `"${path}" là ${what}, không phải tệp.`;
};

/** The input at `path` is a regular file (links followed); otherwise a Vietnamese refusal. */
export async function regularInput(path: string): Promise<Result<void>> {
  let st: Stats;
  try {
    st = await fs.stat(path);
  } catch {
    return fail(`Không đọc được tệp "${path}": tệp không tồn tại hoặc không có quyền đọc.`);
  }
  return st.isFile() ? ok(undefined) : fail(notRegular(path, st));
}

/** The bytes of the input file at `path` (a regular file, links followed); otherwise a Vietnamese refusal. */
export async function readInputFile(path: string): Promise<Result<Buffer>> {
  const regular = await regularInput(path);
  if (!regular.ok) return regular;
  try {
    return ok(await fs.readFile(path));
  } catch {
    return fail(`Không đọc được tệp "${path}": tệp không tồn tại hoặc không có quyền đọc.`);
  }
}

/** Where the workbook goes: the real path (a link followed) and what was there before (null = nothing). */
export interface OutputTarget {
  path: string;
  before: Stats | null;
}

/**
 * Checks the `-o` path: nothing there, or a regular, writable file (a symbolic link is followed to
 * it). A FIFO, a device, a directory, a dangling link or a read-only file is refused.
 */
export async function outputTarget(path: string): Promise<Result<OutputTarget>> {
  let st: Stats;
  try {
    st = await fs.lstat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return ok({ path, before: null });
    return fail(`không kiểm tra được tệp kết quả "${path}" (${(e as NodeJS.ErrnoException).code ?? 'lỗi'}).`);
  }
  let real = path;
  if (st.isSymbolicLink()) {
    try {
      real = await fs.realpath(path);
      st = await fs.stat(real);
    } catch {
      return fail(`tệp kết quả "${path}" là một liên kết tới tệp không tồn tại: không ghi. Hãy chọn tên khác cho -o.`);
    }
  }
  if (!st.isFile()) return fail(`tệp kết quả ${notRegular(path, st)} Hãy chọn tên tệp .xlsx khác cho -o.`);
  const readOnly = `tệp kết quả "${path}" chỉ đọc (không có quyền ghi): không ghi đè.`;
  // The owner's write bit is what "read-only" means to the user (also when running as root).
  if (!(st.mode & 0o200)) return fail(readOnly);
  try {
    await fs.access(real, constants.W_OK);
  } catch {
    return fail(readOnly);
  }
  return ok({ path: real, before: st });
}

/** The Vietnamese reason a write failed, from its error code. */
export function writeFailure(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const why: Record<string, string> = {
    ENOSPC: 'ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi chạy lại',
    EDQUOT: 'đã hết hạn mức dung lượng trên ổ đĩa. Hãy giải phóng dung lượng rồi chạy lại',
    EACCES: 'không có quyền ghi vào thư mục hoặc tệp này',
    EPERM: 'không có quyền ghi vào thư mục hoặc tệp này',
    EROFS: 'ổ đĩa chỉ cho đọc, không ghi được',
    ENOENT: 'thư mục không tồn tại',
    ENOTDIR: 'thư mục không tồn tại',
    EISDIR: 'đó là một thư mục',
  };
  return `không ghi được tệp "${path}": ${why[code ?? ''] ?? `lỗi ghi tệp${code ? ` (${code})` : ''}`}.`;
}

const sameFile = (a: Stats, b: Stats): boolean => a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mtimeMs === b.mtimeMs;

/** An error of the file system (it has a system code: ENOSPC, EACCES …), not of what produced the bytes. */
const systemError = (e: unknown): boolean => {
  const code = (e as NodeJS.ErrnoException)?.code;
  return typeof code === 'string' && !code.startsWith('ERR_');
};

/**
 * Writes `bytes` to `target.path` through a temporary file in the same folder. When nothing was
 * there before, the file is linked in without replacing (a file that appeared meanwhile is kept
 * and the write refused); when a workbook was there, it is replaced only if it is unchanged since
 * it was read. A failure leaves no temporary file behind. `bytes` may be a stream (the workbook
 * as the writer produces it, never held whole); an error of the stream itself (not of the file
 * system) is thrown again after the temporary file is removed.
 */
export async function writeAtomically(target: OutputTarget, bytes: Uint8Array | AsyncIterable<Uint8Array>): Promise<Result<void>> {
  const { path, before } = target;
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const clean = (): Promise<void> => fs.rm(tmp, { force: true }).catch(() => undefined);
  try {
    await fs.writeFile(tmp, bytes, { flag: 'wx' });
  } catch (e) {
    await clean();
    if (!(bytes instanceof Uint8Array) && !systemError(e)) throw e;
    return fail(writeFailure(path, e));
  }
  try {
    if (!before) await placeNew(tmp, path);
    else {
      const now = await fs.lstat(path).catch(() => null);
      if (!now) await placeNew(tmp, path);
      else if (!sameFile(now, before)) {
        await clean();
        return fail(`tệp kết quả "${path}" đã bị thay đổi trong lúc nhập: không ghi đè. Hãy chạy lại.`);
      } else await fs.rename(tmp, path);
    }
  } catch (e) {
    await clean();
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      return fail(`tệp "${path}" vừa được tạo ra trong lúc nhập: không ghi đè. Hãy chạy lại hoặc chọn tên khác cho -o.`);
    }
    return fail(writeFailure(path, e));
  }
  await clean();
  return ok(undefined);
}

/** Puts the finished temporary file at `path` only if nothing is there (a hard link, else an exclusive copy). */
async function placeNew(tmp: string, path: string): Promise<void> {
  try {
    await fs.link(tmp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOSPC' || code === 'ENOENT') throw e;
    // File systems without hard links (FAT, some network shares): copy, refusing to replace.
    await fs.copyFile(tmp, path, constants.COPYFILE_EXCL);
  }
}
