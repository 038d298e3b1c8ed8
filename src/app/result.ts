/** Results of the use cases: a value, or a Vietnamese message a host shows as is (core/result.ts). Small on purpose: hosts load it at start. */
export { fail, ok } from '../core/result';
export type { Failure, Result } from '../core/result';
