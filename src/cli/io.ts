import { promises as fs } from 'fs';
import { decodeText } from '../core/input/decode';
import { fail, Result } from '../core/result';

/** Reads a programme document (.txt/.md as text; .docx through the converter) as text. */
export async function readDocument(path: string): Promise<Result<string>> {
  let bytes: Buffer;
  try {
    const st = await fs.stat(path);
    if (st.isDirectory()) return fail(`"${path}" là một thư mục, không phải tệp.`);
    bytes = await fs.readFile(path);
  } catch {
    return fail(`Không đọc được tệp "${path}": tệp không tồn tại hoặc không có quyền đọc.`);
  }
  if (/\.docx$/i.test(path)) {
    const { docxToText } = await import('./docx');
    return docxToText(bytes);
  }
  return decodeText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

export function out(s: string): void {
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
}

export function err(s: string): void {
  process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);
}
