import { fileDocument, parse } from '../../../src/taskpane/actions';
import { encodeTcvn3 } from '../../../src/core/input/tcvn3';
import { seedText } from '../../helpers/seeds';
import { docxFromText } from '../docx/build';

// The task pane reads files and pasted text through the same converter as the command line.
describe('task pane input', () => {
  const seed003 = seedText('003').normalize('NFC');

  it('pasted TCVN3 text gives the same items as the Unicode text, and the note', () => {
    const legacy = parse(encodeTcvn3(seed003));
    const unicode = parse(seed003);
    expect(legacy.ok && unicode.ok).toBe(true);
    if (!legacy.ok || !unicode.ok) return;
    expect(legacy.value.note).toMatch(/TCVN3/);
    expect(unicode.value.note).toBeUndefined();
    expect(legacy.value.programme.tables.map((t) => t.items)).toEqual(unicode.value.programme.tables.map((t) => t.items));
  });

  it('a TCVN3 .docx gives Unicode text and the note', async () => {
    const r = await fileDocument('ct.docx', new Uint8Array(await docxFromText(encodeTcvn3(seed003))));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.note).toMatch(/TCVN3/);
    expect(r.value.document.lines.join('\n')).toContain('Tuyên Quang');
  });

  it('refuses other file kinds', async () => {
    const r = await fileDocument('a.pdf', new Uint8Array([1, 2, 3]));
    expect(r).toEqual({ ok: false, message: 'Không đọc được tệp "a.pdf": chỉ nhận .txt, .md, .docx, .html hoặc .htm.' });
  });
});
