/**
 * CI-only: the importer measured against hand-counted truth on real documents of other bodies
 * (../shared/corpus, never copied into the project). Each plan is imported in both forms (.txt as
 * pasted from Word, .docx) through the core API, and checked for its total tasks, tasks per
 * section, tasks with a lead, tasks with a due date and a few spot values; the non-programmes
 * must be refused. The truth lives in ./expected.ts (with how each document was counted).
 *
 * Run alone: `npx jest test/corpus --maxWorkers=1`. The folder is found at ../shared/corpus from
 * the project root, or at $PHULUC_CORPUS; when absent the suite is skipped with a log line.
 */
import * as fs from 'fs';
import * as path from 'path';
import { importProgramme } from '../../src/core/import';
import { readDocument } from '../../src/core/input/read';
import type { Item, Programme, ProgrammeTable } from '../../src/core/model';
import { CORPUS, PlanTruth, Spot } from './expected';

const ROOT = path.resolve(__dirname, '..', '..');
const DIR = process.env.PHULUC_CORPUS || path.resolve(ROOT, '..', 'shared', 'corpus');
const PRESENT = fs.existsSync(DIR) && fs.statSync(DIR).isDirectory();
const FORMS = ['txt', 'docx'] as const;

if (!PRESENT) {
  // eslint-disable-next-line no-console
  console.log(`test/corpus: bỏ qua — không có thư mục văn bản thật "${DIR}" (chỉ chạy trong CI, hoặc đặt PHULUC_CORPUS).`);
}

/** Case, spacing, trailing punctuation and tone-mark placement (ủy/uỷ, hòa/hoà) ignored. */
function norm(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/o([àáảãạ])/g, (_, a: string) => `${{ à: 'ò', á: 'ó', ả: 'ỏ', ã: 'õ', ạ: 'ọ' }[a]}a`)
    .replace(/u([ỳýỷỹỵ])/g, (_, y: string) => `${{ ỳ: 'ù', ý: 'ú', ỷ: 'ủ', ỹ: 'ũ', ỵ: 'ụ' }[y]}y`)
    .replace(/<\/?[a-z]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s:;.,]+$/, '')
    .trim();
}

const normTt = (tt: string) => norm(tt).replace(/^\(|\)$/g, '');

interface Imported {
  /** Set when the document could not be read or imported (the message). */
  failure?: string;
  programme?: Programme;
}

const rows = (p: Programme): { item: Item; table: ProgrammeTable }[] => p.tables.flatMap((table) => table.items.map((item) => ({ item, table })));

/** True when a heading of the item, or its table's title/label, contains the phrase. */
/**
 * The item sits under a heading (or in a table whose title) holding the phrase. A phrase in
 * capitals names a heading printed in capitals ("NỘI DUNG CỦA KẾ HOẠCH"): it is matched in
 * capitals, so a heading that only mentions "các nội dung của Kế hoạch" in its text is not it.
 */
const under = (item: Item, table: ProgrammeTable, phrase: string) => {
  const caps = phrase === phrase.toUpperCase();
  const want = norm(phrase);
  const holds = (h: string) => (caps ? h.normalize('NFC').replace(/\s+/g, ' ').includes(phrase.normalize('NFC')) : norm(h).includes(want));
  return [...item.path, table.title, table.label].some((h) => !!h && holds(h));
};

/** The items a spot value designates (by tt / heading phrase / task phrase). */
function find(p: Programme, spot: Spot): Item[] {
  return rows(p)
    .filter(
      ({ item, table }) =>
        (spot.tt === undefined || normTt(item.tt) === normTt(spot.tt)) &&
        (spot.in === undefined || under(item, table, spot.in)) &&
        (spot.task === undefined || norm(item.task).includes(norm(spot.task))),
    )
    .map((r) => r.item);
}

/** The CLI's rule (src/cli/io.ts readProgramme): a document with no task is not a programme. */
const refused = (r: Imported) => !!r.failure || !r.programme!.tables.some((t) => t.items.length > 0);

async function load(file: string): Promise<Imported> {
  const bytes = fs.readFileSync(file);
  // The product's own way in: each form through its reader into the structured document.
  const input = await readDocument(file, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!input.ok) return { failure: input.message };
  return { programme: importProgramme(input.value.document) };
}

const spotName = (s: Spot) => [s.in && `[${s.in}]`, s.tt && `TT ${s.tt}`, s.task && `“${s.task.slice(0, 40)}…”`].filter(Boolean).join(' ');

(PRESENT ? describe : describe.skip)('văn bản thật (../shared/corpus)', () => {
  for (const truth of CORPUS) {
    for (const form of FORMS) {
      const file = path.join(DIR, `${truth.name}.${form}`);
      describe(`${truth.name}.${form}`, () => {
        let r: Imported;
        beforeAll(async () => {
          r = fs.existsSync(file) ? await load(file) : { failure: `thiếu tệp ${file}` };
        });

        if (truth.kind === 'not-programme') {
          test('is refused: not a programme (no task)', () => {
            const n = r.programme ? rows(r.programme).length : 0;
            expect({ refused: refused(r), tasks: n }).toEqual({ refused: true, tasks: 0 });
          });
          return;
        }

        const plan: PlanTruth = truth;
        const items = () => {
          expect(r.failure).toBeUndefined();
          return rows(r.programme!);
        };
        test(`total tasks = ${plan.tasks}`, () => {
          expect(items().length).toBe(plan.tasks);
        });
        test('tasks per section', () => {
          const got = plan.sections.map((s) => ({ section: s.match, tasks: items().filter(({ item, table }) => under(item, table, s.match)).length }));
          expect(got).toEqual(plan.sections.map((s) => ({ section: s.match, tasks: s.tasks })));
        });
        test(`tasks with a lead ${plan.leadsMode === 'exact' ? '=' : '≥'} ${plan.leads}`, () => {
          const n = items().filter(({ item }) => item.lead.trim() !== '').length;
          if (plan.leadsMode === 'exact') expect(n).toBe(plan.leads);
          else expect(n).toBeGreaterThanOrEqual(plan.leads);
        });
        test(`tasks with a due date = ${plan.due}`, () => {
          expect(items().filter(({ item }) => !!item.time.due).length).toBe(plan.due);
        });
        for (const spot of plan.spots) {
          test(`spot ${spotName(spot)}`, () => {
            expect(r.failure).toBeUndefined();
            const found = find(r.programme!, spot);
            if (!found.length) throw new Error(`không tìm thấy nhiệm vụ ${spotName(spot)} trong ${rows(r.programme!).length} nhiệm vụ đã nhập`);
            const it = found[0];
            const got: Record<string, unknown> = {};
            const want: Record<string, unknown> = {};
            if (spot.lead !== undefined) [got.lead, want.lead] = [norm(it.lead), norm(spot.lead)];
            if (spot.leadIncludes) [got.leadIncludes, want.leadIncludes] = [spot.leadIncludes.map((x) => norm(it.lead).includes(norm(x))), spot.leadIncludes.map(() => true)];
            if (spot.due !== undefined) [got.due, want.due] = [it.time.due, spot.due];
            expect(got).toEqual(want);
          });
        }
      });
    }
  }
});
