/**
 * CI-only: the small failing inputs of ../shared/cases (public bug reports and real plans), each
 * giving what its README says it must give. Each kind also has fixtures of our own wording in
 * test/core (shapes, prose, docx, time); this checks the files themselves. Skipped with a log line
 * when the folder is absent ($PHULUC_CASES points elsewhere).
 */
import * as fs from 'fs';
import * as path from 'path';
import { importProgramme } from '../../src/core/import';
import { readDocument } from '../../src/core/input/read';
import type { Item, Programme } from '../../src/core/model';

const DIR = process.env.PHULUC_CASES || path.resolve(__dirname, '..', '..', '..', 'shared', 'cases');
const PRESENT = fs.existsSync(DIR);
if (!PRESENT) {
  // eslint-disable-next-line no-console
  console.log(`test/corpus/cases: bỏ qua — không có thư mục "${DIR}" (chỉ chạy trong CI, hoặc đặt PHULUC_CASES).`);
}

async function load(name: string): Promise<Programme> {
  const bytes = fs.readFileSync(path.join(DIR, name));
  const r = await readDocument(name, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!r.ok) throw new Error(r.message);
  return importProgramme(r.value.document);
}
const items = (p: Programme): Item[] => p.tables.flatMap((t) => t.items);
const row = (i: Item) => [i.tt, i.lead, i.partners, i.time.text, i.time.due];

(PRESENT ? describe : describe.skip)('../shared/cases give what they must', () => {
  it('21b-two-row-header: the deadline from "Hoàn thành", the start from "Bắt đầu", no task from the second header row', async () => {
    const its = items(await load('21b-two-row-header.txt'));
    expect(its.map((i) => [i.tt, i.time.due, i.time.start])).toEqual([
      ['1', '2026-11-30', '2026-03-01'],
      ['2', '2026-12-31', '2026-04-01'],
    ]);
  });

  it('02-vmerge: every row a merged cell covers carries its value', async () => {
    const its = items(await load('02-vmerge.docx'));
    expect(its.slice(0, 3).map((i) => i.lead)).toEqual(Array(3).fill(its[0].lead));
    expect(its[0].lead).not.toBe('');
    expect(its[1].time.text).toBe(its[0].time.text);
  });

  it('03-autonum-table: the TT Word numbered comes out as Word shows it', async () => {
    expect(items(await load('03-autonum-table.docx')).map((i) => i.tt)).toEqual(['1', '2', '3']);
  });

  it('04b-typed-prose: numbers typed by hand keep working', async () => {
    expect(items(await load('04b-typed-prose.docx')).map((i) => i.tt)).toEqual(['(1)', '(2)', '(3)']);
  });

  it('05-footnote: the footnote stays with its item', async () => {
    const p = await load('05-footnote.docx');
    expect(items(p).some((i) => /Quý IV\/2026/.test(i.notes))).toBe(true);
  });

  it('07a-textbox-word: the label and title in a text box title the table', async () => {
    const [t] = (await load('07a-textbox-word.docx')).tables;
    expect(t.label).toBe('PHỤ LỤC II');
    expect(t.title).toMatch(/^PHỤ LỤC II — \S/);
  });

  it('shape-one-cell-section-row-ends-table: 3 tasks in sections A and B', async () => {
    const p = await load('shape-one-cell-section-row-ends-table.txt');
    expect(items(p).map((i) => [i.tt, i.path[0].slice(0, 2)])).toEqual([
      ['1', 'A.'],
      ['2', 'A.'],
      ['3', 'B.'],
    ]);
  });

  it.each(['shape-merged-continuation-row.txt', 'shape-merged-lead-continuation-row.txt'])('%s: the sub-row is its own task carrying the merged cells', async (f) => {
    const its = items(await load(f));
    expect(its).toHaveLength(3);
    expect(its[1].tt).toBe(its[0].tt);
    expect(its[1].partners).toBe(its[0].partners);
    expect(its[1].task).not.toBe(its[0].task);
    expect(its[1].lead && its[1].time.text).toBeTruthy();
  });

  it('shape-subheader-and-numbered-heading-rows: 2 tasks (1.1, 1.2.1), the group row a heading', async () => {
    const p = await load('shape-subheader-and-numbered-heading-rows.txt');
    expect(items(p).map((i) => i.tt)).toEqual(['1.1', '1.2.1']);
    expect(p.tables[0].sections.map((s) => s.tt)).toContain('1.2');
  });

  it('shape-column-number-row-is-item: the "(1) (2) (3)" row is no task', async () => {
    expect(items(await load('shape-column-number-row-is-item.txt')).map((i) => i.tt)).toEqual(['1', '2']);
  });

  it('shape-two-row-header: 1 task, lead and partners in their columns', async () => {
    const its = items(await load('shape-two-row-header.txt'));
    expect(its.map(row)).toEqual([['1', 'Sở Xây dựng', 'Liên đoàn Lao động tỉnh', 'Quý II/2026', '2026-06-30']]);
  });

  it('shape-funding-header-not-recognised: Nguồn lực filled', async () => {
    expect(items(await load('shape-funding-header-not-recognised.txt'))[0].resources).toBe('Ngân sách tỉnh');
  });

  it('shape-slash-lead-header-not-recognised: the lead filled, "0,5 ngày" a duration', async () => {
    const [i] = items(await load('shape-slash-lead-header-not-recognised.txt'));
    expect([i.lead, i.time.kind]).toEqual(['Bộ phận một cửa', 'relative']);
  });

  it('shape-tien-do-status-into-time: the time alone, the status kept as a note', async () => {
    const [i] = items(await load('shape-tien-do-status-into-time.txt'));
    expect([i.time.text, i.time.due]).toEqual(['30/9/2025', '2025-09-30']);
    expect(i.notes).toMatch(/Tiến độ: Chưa hoàn thành/);
  });

  it('shape-heading-between-tables-lost: table 2 titled by its heading', async () => {
    const p = await load('shape-heading-between-tables-lost.txt');
    expect(p.tables).toHaveLength(2);
    expect(p.tables[1].title).toMatch(/2\. Nhiệm vụ về dữ liệu$/);
    expect(p.notImported).toEqual([]);
  });

  it('shape-label-letters-left-in-fields: no letter label left in a field', async () => {
    const its = items(await load('shape-label-letters-left-in-fields.txt'));
    expect(its).toHaveLength(2);
    for (const i of its) for (const v of [i.task, i.lead, i.partners, i.time.text]) expect(v).not.toMatch(/(^|\s)[a-c]\)/);
  });

  it('shape-noi-dung-task-section-ignored: 3 tasks', async () => {
    expect(items(await load('shape-noi-dung-task-section-ignored.txt')).map((i) => i.tt)).toEqual(['1', '2', '3']);
  });

  it('shape-regulation-paragraphs-imported-as-tasks: said to be no programme, no task', async () => {
    const p = await load('shape-regulation-paragraphs-imported-as-tasks.txt');
    expect([p.documentKind, items(p).length]).toEqual(['regulation', 0]);
    expect(p.warning).toMatch(/quy chế/);
  });

  it('shape-duration-days-not-understood: a relative duration, no date', async () => {
    const [i] = items(await load('shape-duration-days-not-understood.txt'));
    expect([i.time.kind, i.time.due]).toEqual(['relative', null]);
  });

  it.each(['shape-title-beyond-line-80.txt', 'shape-title-split-by-blank-line.txt'])('%s: the whole title', async (f) => {
    expect((await load(f)).title).toBe('KẾ HOẠCH TRỒNG RỪNG THAY THẾ NĂM 2026');
  });
});
