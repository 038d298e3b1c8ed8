/**
 * TEST AND BENCH ONLY. The Office.js renderer drawing a plan through Microsoft's own client library
 * (officeJsHost.ts: excel-web-16.00.debug.js in a Node vm, our executor in place of Excel on the
 * web), and what its requests measure: used by test/render/office/realLibrary.test.ts and by
 * `npm run bench` (scripts/bench/office-real.js), so both print the same figures.
 */
import { createHost, FakeBook, SyncRecord } from './officeJsHost';
import { realisticPlan } from './realisticPlan';
import { renderPlan } from '../../src/render/office/renderPlan';
import type { WorkbookPlan } from '../../src/core/plan/types';

/** The plan drawn into `book` through the real library: the host (its syncs) and the renderer's report. */
export async function renderOnRealLibrary(plan: WorkbookPlan, book = new FakeBook()) {
  const host = createHost(book);
  const report = await renderPlan(host.context(), plan);
  return { host, report };
}

/** What one import costs in requests. Bytes are UTF-8 bytes of the JSON request bodies. */
export interface RequestSizes {
  items: number;
  /** `context.sync()` calls, the first read and the last recalculation included. */
  syncs: number;
  requestBytes: number;
  largestRequest: number;
  actions: number;
  /** A sync the executor refused (over 5 MB, an invalid name …): its message. */
  error?: string;
}

export function sizesOf(items: number, syncs: SyncRecord[]): RequestSizes {
  const failed = syncs.find((s) => s.error);
  return {
    items,
    syncs: syncs.length,
    requestBytes: syncs.reduce((a, s) => a + s.requestBytes, 0),
    largestRequest: Math.max(0, ...syncs.map((s) => s.requestBytes)),
    actions: syncs.reduce((a, s) => a + s.actions, 0),
    ...(failed ? { error: failed.error } : {}),
  };
}

/** An import of `n` realistic items (test/helpers/realisticPlan.ts, all sheets) through the real library. */
export async function measureRealisticImport(n: number) {
  const { plan } = realisticPlan(n);
  const { host, report } = await renderOnRealLibrary(plan);
  return { plan, host, report, sizes: sizesOf(n, host.syncs) };
}

const mb = (b: number): string => `${(b / 1e6).toFixed(2)} MB`;

/** The table both the test and the bench print: one line per import size. */
export function sizesTable(rows: RequestSizes[]): string[] {
  return [
    'nhiệm vụ | sync | byte yêu cầu (lớn nhất) | hành động',
    ...rows.map(
      (r) =>
        `${r.items.toLocaleString('en-US')} | ${r.syncs} | ${mb(r.requestBytes)} (${mb(r.largestRequest)}) | ${r.actions.toLocaleString('en-US')}${r.error ? ` | LỖI ${r.error}` : ''}`,
    ),
  ];
}
