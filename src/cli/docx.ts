import { fail, Result } from '../core/result';

/** .docx → text model (placeholder until the .docx converter lands). */
export async function docxToText(_bytes: Buffer): Promise<Result<string>> {
  return fail('Chưa hỗ trợ tệp .docx trong phiên bản này.');
}
