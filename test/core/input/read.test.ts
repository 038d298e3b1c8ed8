import { docxToText } from '../../../src/core/input/docx';
import { readInput, readPastedText } from '../../../src/core/input/read';
import { encodeTcvn3 } from '../../../src/core/input/tcvn3';
import { encodeVni } from '../../../src/core/input/vni';
import { seedText } from '../../helpers/seeds';
import { docxFromText } from '../docx/build';

const seed003 = seedText('003').normalize('NFC');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('one reader for files and pasted text (CLI and task pane)', () => {
  it('pasted TCVN3 text is converted, with the note to check capitals', () => {
    const r = readPastedText(encodeTcvn3(seed003));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text).toBe(seed003);
    expect(r.value.note).toMatch(/^Văn bản dùng bảng mã cũ TCVN3.*đã chuyển \d+ dòng sang Unicode\. Hãy rà soát chữ hoa có dấu\.$/);
  });

  it('pasted Unicode text passes unchanged, without a note', () => {
    expect(readPastedText(seed003)).toEqual({ ok: true, value: { text: seed003 } });
  });

  it('a .docx typed in a TCVN3 font reads as the same text as its Unicode twin, with the note', async () => {
    const legacy = await readInput('ct.docx', await docxFromText(encodeTcvn3(seed003)));
    const unicode = await docxToText(await docxFromText(seed003));
    expect(legacy.ok && unicode.ok).toBe(true);
    if (!legacy.ok || !unicode.ok) return;
    expect(legacy.value.text).toBe(unicode.value);
    expect(legacy.value.note).toMatch(/TCVN3/);
  });

  it('a .txt file: UTF-8 without a note, VNI converted with one, a ZIP refused', async () => {
    expect(await readInput('a.txt', utf8(seed003))).toEqual({ ok: true, value: { text: seed003 } });
    const vni = await readInput('a.md', utf8(encodeVni(seed003)));
    expect(vni.ok && vni.value.text === seed003 && /VNI/.test(vni.value.note ?? '')).toBe(true);
    const zip = await readInput('a.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(zip.ok).toBe(false);
  });
});
