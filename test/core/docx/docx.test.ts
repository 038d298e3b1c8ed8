import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { importProgramme } from '../../../src/core/import';
import { docxToText } from '../../../src/core/input/docx';
import type { Item, Programme } from '../../../src/core/model';
import { runCli } from '../../helpers/cli';
import { seedPath, seedText } from '../../helpers/seeds';
import { docxFromText } from './build';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-docx-'));

async function writeDocx(name: string, text: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await docxFromText(text));
  return file;
}

/** What must survive the trip through Word: everything but source line numbers (and the ids parse adds). */
const essence = (p: Programme) =>
  p.tables.map((t) => ({
    label: t.label,
    kind: t.kind,
    columns: t.columns,
    sections: t.sections.map((s) => [s.tt, s.title, s.level]),
    items: t.items.map(({ line: _line, id: _id, ...rest }: Item) => rest),
  }));

describe('.docx input', () => {
  it('turns a Word table into TAB rows with the header row, bold and cell paragraphs kept', async () => {
    const text = 'KẾ HOẠCH THỬ\n\nTT\tNhiệm vụ\tThời gian\n<b>I</b>\t<b>Lĩnh vực kinh tế</b>\t\n1\t<p>- Việc một</p> <p>- Việc hai</p>\tQuý II/2026\n';
    const r = await docxToText(await docxFromText(text));
    expect(r).toEqual({
      ok: true,
      value: 'KẾ HOẠCH THỬ\n\nTT\tNhiệm vụ\tThời gian\n<b>I</b>\t<b>Lĩnh vực kinh tế</b>\t\n1\t<p>- Việc một</p> <p>- Việc hai</p>\tQuý II/2026',
    });
  });

  it('refuses bytes that are not a Word file with a Vietnamese message', async () => {
    expect(await docxToText(new TextEncoder().encode('không phải docx'))).toEqual({ ok: false, message: expect.stringMatching(/không phải tài liệu Word/) });
    expect(await docxToText(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]))).toEqual({ ok: false, message: expect.stringMatching(/hỏng/) });
  });

  it('phuluc parse x.docx gives the same items as the text for the 003 table', async () => {
    const file = await writeDocx('003.docx', seedText('003'));
    const r = runCli(['parse', file, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const fromDocx = JSON.parse(r.stdout) as Programme;
    expect(fromDocx.tables[0].items).toHaveLength(44);
    expect(essence(fromDocx)).toEqual(essence(importProgramme(seedText('003'))));
  });

  it('phuluc parse x.docx gives the same points as the text for the 001 prose', async () => {
    const file = await writeDocx('001.docx', seedText('001'));
    const r = runCli(['parse', file, '--json']);
    expect(r.code).toBe(0);
    const fromDocx = JSON.parse(r.stdout) as Programme;
    expect(fromDocx.quality).toBe('ocr');
    expect(fromDocx.tables[0].items).toHaveLength(112);
    expect(essence(fromDocx)).toEqual(essence(importProgramme(seedText('001'))));
  });

  it('phuluc amend reads both documents as .docx and gives the same changes and conflict', async () => {
    const base = await writeDocx('001b.docx', seedText('001'));
    const amendment = await writeDocx('000.docx', seedText('000'));
    const r = runCli(['amend', base, amendment, '--json']);
    expect(r.code).toBe(1);
    const fromDocx = JSON.parse(r.stdout);
    const fromText = JSON.parse(runCli(['amend', seedPath('001'), seedPath('000'), '--json']).stdout);
    const strip = (cs: { line: number }[]) => cs.map(({ line: _l, ...c }) => c);
    expect(strip(fromDocx.changes)).toEqual(strip(fromText.changes));
    expect(strip(fromDocx.conflicts)).toEqual(strip(fromText.conflicts));
    expect(fromDocx.items).toHaveLength(139);
  });
});
