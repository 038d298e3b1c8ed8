/**
 * Formula safety (OWASP CSV/formula injection) in both renderers, and the round trip
 * import → workbook → read back (ExcelJS, openpyxl) → same items and fields.
 */
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../helpers/excelJsRead';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { builtinCatalogue } from '../../src/core/agencies';
import { importProgramme } from '../../src/core/import';
import type { Programme } from '../../src/core/model';
import { buildWorkbook } from '../../src/core/plan';
import type { WorkbookPlan } from '../../src/core/plan/types';
import { workbookBytes } from '../../src/render/exceljs';
import { renderPlan } from '../../src/render/office';
import { inspectXlsx } from '../helpers/xlsxInspect';
import { seedText } from '../helpers/seeds';

const HOSTILE = ['=1+1', '=HYPERLINK("http://example.invalid","bấm")', '+84 912 345', '-2+3 Kế hoạch', '@SUM(A1:A2)', '\t=1+1', "=cmd|' /C calc'!A0"];

function hostileProgramme(): Programme {
  const p = importProgramme(seedText('003'));
  HOSTILE.forEach((s, i) => {
    p.tables[0].items[i].task = s;
    p.tables[0].items[i + 10].lead = s;
  });
  return p;
}

function plan(p: Programme): WorkbookPlan {
  return buildWorkbook({ programme: p, catalogue: builtinCatalogue(), settings: { asOf: '2026-06-30', dueSoonDays: 30 } }).plan;
}

const dir = mkdtempSync(join(tmpdir(), 'phuluc-formula-'));

describe('ExcelJS renderer: hostile task text stays text', () => {
  const programme = hostileProgramme();
  const file = join(dir, 'hostile.xlsx');
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    writeFileSync(file, await workbookBytes(plan(programme)));
    wb = await readWorkbookFile(file);
  });

  test('read back with ExcelJS: string cells, no formula', () => {
    const found = new Map<string, ExcelJS.Cell[]>();
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          const text = typeof v === 'string' ? v : v && typeof v === 'object' && 'formula' in v ? `=${v.formula}` : null;
          for (const h of HOSTILE) if (text === h || text === `=${h.replace(/^=/, '')}`) found.set(h, [...(found.get(h) ?? []), cell]);
        }),
      ),
    );
    for (const h of HOSTILE) {
      const cells = found.get(h) ?? [];
      expect(cells.length).toBeGreaterThanOrEqual(2); // task and lead columns
      for (const c of cells) {
        expect(c.type).toBe(ExcelJS.ValueType.String);
        expect(c.formula).toBeUndefined();
        expect(c.value).toBe(h);
      }
    }
  });

  test('read back with openpyxl: data type "s", value as written', () => {
    const dump = inspectXlsx(file);
    for (const h of HOSTILE) {
      const hits = dump.sheets.flatMap((s) =>
        Object.entries(s.cells)
          .filter(([, v]) => v === h)
          .map(([k]) => s.types[k]),
      );
      expect(hits.length).toBeGreaterThanOrEqual(2);
      expect(new Set(hits)).toEqual(new Set(['s']));
    }
  });
});

/** A fake Excel context that records every property set with its value, in order. */
function capturingContext(): { context: Excel.RequestContext; sets: Array<{ path: string; value: unknown }> } {
  const sets: Array<{ path: string; value: unknown }> = [];
  const node = (path: string): unknown =>
    new Proxy(function () {}, {
      get: (_t, prop) => {
        if (typeof prop === 'symbol' || prop === 'then') return undefined;
        if (prop === 'items') return [];
        if (prop === 'isNullObject') return true;
        if (prop === 'sync') return async () => undefined;
        return node(`${path}.${prop}`);
      },
      set: (_t, prop, value) => {
        sets.push({ path: `${path}.${String(prop)}`, value });
        return true;
      },
      apply: () => node(`${path}()`),
    });
  return { context: node('context') as Excel.RequestContext, sets };
}

describe('Office.js renderer: hostile task text stays text', () => {
  test('"@" is set before the values, and no hostile text is written as a formula', async () => {
    const { context, sets } = capturingContext();
    await renderPlan(context, plan(hostileProgramme()));
    const flat = (v: unknown): unknown[] => (Array.isArray(v) ? v.flatMap(flat) : [v]);
    const writes = sets.filter((s) => /\.(values|formulas)$/.test(s.path));
    const hostileWrite = writes.findIndex((s) => flat(s.value).some((v) => HOSTILE.includes(v as string)));
    expect(hostileWrite).toBeGreaterThanOrEqual(0);
    expect(writes[hostileWrite].path).toMatch(/\.values$/);
    for (const w of writes.filter((s) => s.path.endsWith('.formulas'))) {
      for (const v of flat(w.value)) expect(HOSTILE).not.toContain(v);
    }
    const firstText = sets.findIndex((s) => s.path.endsWith('.numberFormat') && flat(s.value).includes('@'));
    expect(firstText).toBeGreaterThanOrEqual(0);
    expect(firstText).toBeLessThan(sets.indexOf(writes[hostileWrite]));
  });
});

describe('round trip: import → workbook → read back → same items and fields', () => {
  test.each(['003', '004'])('seed %s', async (seed) => {
    const programme = importProgramme(seedText(seed));
    const file = join(dir, `roundtrip-${seed}.xlsx`);
    writeFileSync(file, await workbookBytes(plan(programme)));
    const wb = await readWorkbookFile(file);
    const rows: string[][] = [];
    wb.eachSheet((ws) => ws.eachRow((r) => rows.push((r.values as unknown[]).map((v) => (typeof v === 'string' ? v : '')))));
    for (const t of programme.tables) {
      for (const it of t.items) {
        const row = rows.find((r) => r.includes(it.task) && (!it.tt || r.includes(it.tt)));
        expect(row).toBeDefined();
        // The fields of the columns the document printed (a derived value, e.g. Lai Châu's funding
        // group taken from the A/B heading, is shown by the heading row instead).
        const keys = new Set(t.columns.map((c) => c.key));
        const fields: Array<[string, string]> = [
          ['lead', it.lead],
          ['time', it.time.text],
          ['authority', it.authority],
          ['resources', it.resources],
          ['notes', it.notes],
          ['partners', it.partners],
          ['target', it.target ?? ''],
        ];
        for (const [key, value] of fields) if (value && keys.has(key as never)) expect(row).toContain(value);
      }
    }
  });
});
