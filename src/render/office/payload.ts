/**
 * Request-size accounting. Excel on the web rejects a request (everything queued before one
 * `context.sync()`) larger than 5 MB, so the renderer measures what it queues and packs its work
 * into requests below a budget.
 */

/** Excel on the web's limit for one request. */
export const EXCEL_WEB_REQUEST_LIMIT = 5 * 1024 * 1024;
/** What the renderer allows itself per request (its estimates run a few per cent above the real body, measured against the real Office.js library): under 4 MB, well below the 5 MB limit. */
export const DEFAULT_REQUEST_BUDGET = 3.5 * 1024 * 1024;
/** Largest single range write; a table body is split into row chunks of at most this size. */
export const DEFAULT_CHUNK_BYTES = 1024 * 1024;

const encoder = new TextEncoder();

/** Bytes a value takes in a request body (UTF-8 JSON). */
export function payloadBytes(value: unknown): number {
  if (value === undefined) return 0;
  return encoder.encode(JSON.stringify(value)).length;
}

/** A piece of queued work with the bytes it adds to the request. */
export interface Op {
  bytes: number;
  run: () => void;
  /** The requirement set it needs beyond the manifest's (skipped, and named to the user, without it). */
  feature?: import('./requirements').Feature;
}

/**
 * What every request carries besides its ops: the calculation-suspend command and the lookups of
 * the sheets its ops write to (measured on the real Office.js library: about 1 KB; rounded up).
 */
export const REQUEST_BASE_BYTES = 4096;

/** Packs ops, in order, into requests of at most `budget` bytes (an op larger than that goes alone). */
export function packRequests(ops: Op[], budget: number): Op[][] {
  const out: Op[][] = [];
  let cur: Op[] = [];
  let size = REQUEST_BASE_BYTES;
  for (const op of ops) {
    if (cur.length && size + op.bytes > budget) {
      out.push(cur);
      cur = [];
      size = REQUEST_BASE_BYTES;
    }
    cur.push(op);
    size += op.bytes;
  }
  if (cur.length || !out.length) out.push(cur);
  return out;
}
