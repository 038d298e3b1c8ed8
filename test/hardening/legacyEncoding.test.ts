import { importProgramme } from '../../src/core/import';
import { decodeDocument, decodeText, fixLegacyText } from '../../src/core/input/decode';
import { detectLegacy } from '../../src/core/input/legacy';
import { decodeTcvn3, encodeTcvn3 } from '../../src/core/input/tcvn3';
import { decodeVni, encodeVni } from '../../src/core/input/vni';
import { seedText } from '../helpers/seeds';
import { cp1252Safe, toCp1252 } from './cp1252';

const seed003 = seedText('003').normalize('NFC');

/** Words that differ between two texts (for readable failures). */
function wordDiffs(a: string, b: string): string[] {
  const x = a.split(/\s+/);
  const y = b.split(/\s+/);
  return x.flatMap((w, i) => (w === y[i] ? [] : [`${w} → ${y[i]}`]));
}

describe('TCVN3 (ABC) chart', () => {
  // Strings as they appear when a .VnTime document is pasted or saved as text.
  test.each([
    ['Ch­¬ng tr×nh hµnh ®éng', 'Chương trình hành động'],
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Uû ban nh©n d©n tØnh Tuyªn Quang', 'Uỷ ban nhân dân tỉnh Tuyên Quang'],
    ['QuyÕt ®Þnh sè 387/Q§-UBND', 'Quyết định số 387/QĐ-UBND'],
    ['b¾t ®Çu, b»ng, mÆt, chuÈn, dÉn, luËt, cÊp, trÎ, vÏ, khÐo, ®Ñp, ®Ó, nguyÔn', 'bắt đầu, bằng, mặt, chuẩn, dẫn, luật, cấp, trẻ, vẽ, khéo, đẹp, để, nguyễn'],
    ['cßn hái râ cã hä mçi ë víi lîi vïng cò sö nh÷ng tæ chøc kú lý mü', 'còn hỏi rõ có họ mỗi ở với lợi vùng cũ sử những tổ chức kỳ lý mỹ'],
  ])('%s', (legacy, unicode) => {
    expect(decodeTcvn3(legacy)).toBe(unicode);
  });

  test('a line in capitals (.VnTimeH) comes back in capitals', () => {
    expect(decodeTcvn3('CH¦¥NG TR×NH HµNH §éNG')).toBe('CHƯƠNG TRÌNH HÀNH ĐỘNG');
    expect(decodeTcvn3('Hµ Néi')).toBe('Hà Nội');
  });

  test('seed 003 → TCVN3 → Unicode gives the seed back', () => {
    const back = decodeTcvn3(encodeTcvn3(seed003));
    expect(wordDiffs(seed003, back)).toEqual([]);
    expect(back).toBe(seed003);
  });
});

describe('VNI chart', () => {
  test.each([
    ['Chöông trình haønh ñoäng', 'Chương trình hành động'],
    ['CHÖÔNG TRÌNH HAØNH ÑOÄNG', 'CHƯƠNG TRÌNH HÀNH ĐỘNG'],
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['chæ thò, ngöôøi, ñöôïc, naêm, aên, aém, ôû, kyû, Quyù', 'chỉ thị, người, được, năm, ăn, ắm, ở, kỷ, Quý'],
  ])('%s', (legacy, unicode) => {
    expect(decodeVni(legacy)).toBe(unicode);
  });

  test('seed 003 → VNI → Unicode gives the seed back', () => {
    expect(decodeVni(encodeVni(seed003))).toBe(seed003);
  });
});

describe('detecting a legacy encoding', () => {
  test.each(['000', '001', '002', '003', '004'])('Unicode seed %s is left alone', (seed) => {
    const text = seedText(seed);
    expect(detectLegacy(text).kind).toBe('unicode');
    const r = decodeDocument(new TextEncoder().encode(text));
    expect(r.ok && r.value.encoding).toBe('utf-8');
    expect(r.ok && r.value.note).toBeUndefined();
  });

  test.each(['000', '002', '003', '004'])('seed %s saved as TCVN3 bytes is converted', (seed) => {
    const text = cp1252Safe(seedText(seed).normalize('NFC'));
    const r = decodeDocument(toCp1252(encodeTcvn3(text)));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.encoding).toBe('tcvn3');
    expect(r.value.note).toMatch(/TCVN3/);
    // VN3 has no capital toned vowels: the case of a few such words is guessed ("BỔ" alone, "ủy ban").
    // Every letter must come back; only the case of a few words may differ.
    expect(r.value.text.toLowerCase()).toBe(text.toLowerCase());
    expect(wordDiffs(text, r.value.text).length).toBeLessThan(text.split(/\s+/).length / 500);
  });

  test.each(['000', '002', '003', '004'])('seed %s saved as VNI bytes is converted exactly', (seed) => {
    const text = cp1252Safe(seedText(seed).normalize('NFC'));
    const r = decodeDocument(toCp1252(encodeVni(text)));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.encoding).toBe('vni');
    expect(wordDiffs(text, r.value.text)).toEqual([]);
  });

  test('TCVN3 text pasted into a UTF-8 file is converted too, and imports like the original', () => {
    const bytes = new TextEncoder().encode(encodeTcvn3(seed003));
    const r = decodeText(bytes);
    if (!r.ok) throw new Error(r.message);
    const original = importProgramme(seed003);
    const converted = importProgramme(r.value);
    expect(converted.tables.map((t) => t.items.length)).toEqual(original.tables.map((t) => t.items.length));
    expect(converted.tables[0].items[0].task).toBe('Quy hoạch điều chỉnh tỉnh Tuyên Quang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050');
    expect(converted.tables[0].items[0].time.kind).toBe(original.tables[0].items[0].time.kind);
  });

  test('a Unicode document with one pasted TCVN3 paragraph: only that paragraph is converted', () => {
    const text = `${seed003.slice(0, 2000)}\nKÕ ho¹ch ph¸t triÓn nguån nh©n lùc chÊt l­îng cao\n${seed003.slice(2000, 4000)}`;
    const r = fixLegacyText(text);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.text).toContain('\nKế hoạch phát triển nguồn nhân lực chất lượng cao\n');
    expect(r.value.text.replace('Kế hoạch phát triển nguồn nhân lực chất lượng cao', '')).toBe(text.replace('KÕ ho¹ch ph¸t triÓn nguån nh©n lùc chÊt l­îng cao', ''));
  });

  test('OCR noise ("hi¢u", "k¥ thuat") is not mistaken for a legacy encoding', () => {
    expect(detectLegacy(seedText('001')).kind).toBe('unicode');
  });

  test('text that looks legacy but fits neither chart gets a clear Vietnamese explanation', () => {
    const muddle = 'Ch­¬ng tr×nh Chöông trình ñoäng ®éng hµnh haønh '.repeat(3) + 'Ÿ¤¦ ¿¿ ÷÷ þþ ¦¦ ¢¢ '.repeat(10);
    const r = decodeDocument(toCp1252(muddle));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/bảng mã cũ \(TCVN3\/ABC hoặc VNI\).*Unicode/);
  });

  test('Latin-1 text that is not Vietnamese is refused with a message naming the encodings', () => {
    const r = decodeText(toCp1252('Größe für Öl — straße café à la carte. '.repeat(20)));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/TCVN3.*VNI.*Unicode|Unicode.*TCVN3.*VNI/);
  });
});
