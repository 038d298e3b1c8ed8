/**
 * Whose fault an error is, so the user is never told "Excel báo lỗi" for a bug of ours. Errors
 * Excel raises through Office.js are OfficeExtension.Error objects (name "RichApi.Error", with a
 * string `code` such as "InvalidArgument" and a `debugInfo` object); errors the JavaScript engine
 * raises in our own code are RangeError ("Maximum call stack size exceeded"), TypeError and the
 * like. Checked by name, not instanceof, so errors from another realm (an iframe, a test VM) count.
 */

const ENGINE_ERRORS = new Set(['RangeError', 'TypeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError', 'InternalError']);

/** True when `e` was raised by Excel (Office.js), not by our code. */
export function isExcelError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const x = e as { name?: unknown; debugInfo?: unknown; code?: unknown };
  return x.name === 'RichApi.Error' || (x.debugInfo !== undefined && typeof x.code === 'string');
}

/** True when `e` is a JavaScript engine error: a fault in our own code. */
export function isOwnFault(e: unknown): boolean {
  return !!e && typeof e === 'object' && ENGINE_ERRORS.has(String((e as { name?: unknown }).name)) && !isExcelError(e);
}

/** The Vietnamese sentence naming who failed, for an error that carries no Vietnamese message. */
export function faultText(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  if (isExcelError(e)) return `Excel báo lỗi: ${m}`;
  return `Lỗi trong Phụ lục (không phải lỗi của Excel): ${m}. Hãy báo lỗi này cho người phát triển.`;
}
