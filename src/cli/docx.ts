import { docxToText as convert } from '../core/input/docx';
import type { Result } from '../core/result';

/** .docx → text model, through the host-free core converter. */
export async function docxToText(bytes: Buffer): Promise<Result<string>> {
  return convert(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
