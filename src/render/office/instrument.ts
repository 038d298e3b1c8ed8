/**
 * Instrumentation for tests and `npm run bench`: a stand-in for Excel.RequestContext that records
 * every property set and method call the renderer queues, counts `context.sync()` calls and
 * measures each request's payload. It holds no workbook: reads return empty collections.
 */
import type { WorkbookPlan } from '../../core/plan/types';
import { payloadBytes } from './payload';
import { renderPlan, RenderOptions, RenderReport } from './renderPlan';

export interface Recorded {
  /** "set worksheets.add().getRange().values" / "call worksheets.add" … */
  path: string;
  bytes: number;
}

export interface Recording {
  syncs: number;
  /** Measured bytes of each request (queued between two syncs), including the read requests. */
  requests: number[];
  /** Commands of each request. */
  commands: Recorded[][];
}

/**
 * What a property set or a method call adds, on average, to the request Office.js builds besides
 * its arguments: its action and its share of the object paths — measured on the real library
 * (1,000 realistic items: 3,611 commands, 0.53 MB beyond their arguments, about 146 bytes each);
 * test/render/office/realLibrary.test.ts holds this recorder to within a third of the real bytes.
 */
const SET_BYTES = 150;
const CALL_BYTES = 150;

/** A recording stand-in for Excel.RequestContext. */
export function recordingContext(): { context: Excel.RequestContext; recording: Recording } {
  const recording: Recording = { syncs: 0, requests: [], commands: [] };
  let current: Recorded[] = [];
  const record = (r: Recorded) => current.push(r);
  const node = (path: string): unknown =>
    new Proxy(function () {}, {
      get(_t, prop) {
        if (typeof prop === 'symbol') return undefined;
        if (prop === 'items') return [];
        if (prop === 'isNullObject') return true;
        if (prop === 'then') return undefined;
        return node(`${path}.${prop}`);
      },
      set(_t, prop, value) {
        record({ path: `set ${path}.${String(prop)}`, bytes: payloadBytes(value) + SET_BYTES });
        return true;
      },
      apply(_t, _this, args) {
        record({ path: `call ${path}`, bytes: payloadBytes(args.map((a) => (typeof a === 'function' ? null : a))) + CALL_BYTES });
        return node(`${path}()`);
      },
    });
  const root = node('context') as Record<string, unknown>;
  const context = new Proxy(root, {
    get(t, prop) {
      if (prop === 'sync') {
        return async () => {
          recording.syncs++;
          recording.commands.push(current);
          recording.requests.push(current.reduce((n, c) => n + c.bytes, 0));
          current = [];
        };
      }
      return (t as Record<string | symbol, unknown>)[prop];
    },
  }) as unknown as Excel.RequestContext;
  return { context, recording };
}

/** Renders a plan against the recorder: the renderer's own report and what was measured. */
export async function measureRender(plan: WorkbookPlan, options: RenderOptions = {}): Promise<{ report: RenderReport; recording: Recording }> {
  const { context, recording } = recordingContext();
  const report = await renderPlan(context, plan, options);
  return { report, recording };
}
