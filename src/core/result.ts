/** Errors a user can cause are values with a Vietnamese message, not exceptions. */
export interface Failure {
  ok: false;
  /** Vietnamese, shown as is. */
  message: string;
}
export type Result<T> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (message: string): Failure => ({ ok: false, message });
