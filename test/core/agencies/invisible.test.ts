import { agencyKey, extendCatalogue, builtinCatalogue, matchAgency, splitAgencies } from '../../../src/core/agencies';
import { importProgramme } from '../../../src/core/import';
import { buildWorkbook } from '../../../src/core/plan';
import { cleanCell, fold, stripInvisible } from '../../../src/core/text';
import { validateProgramme } from '../../../src/core/validate';

// Invisible characters: soft hyphen U+00AD, zero-width space U+200B, non-joiner U+200C, joiner
// U+200D, word joiner U+2060, BOM U+FEFF. Agency names below are invented.
const SHY = '\u00ad';
const ZWSP = '\u200b';
const ZWNJ = '\u200c';
const ZWJ = '\u200d';
const WJ = '\u2060';
const BOM = '\ufeff';

describe('stripInvisible / cleanCell', () => {
  it.each([
    // Inside a syllable: removed, the syllable joined.
    [`Ban Xúc tiến Đầu tư tỉ${ZWSP}nh`, 'Ban Xúc tiến Đầu tư tỉnh'],
    [`Trung tâm Qu${SHY}ốc phòng`, 'Trung tâm Quốc phòng'],
    [`Nguyê${ZWJ}n`, 'Nguyên'],
    [`Hội Khuyế${ZWNJ}n học`, 'Hội Khuyến học'],
    [`Ngh${WJ}ĩa trang`, 'Nghĩa trang'],
    [`Tru${BOM}ng tâm`, 'Trung tâm'],
    // Between two syllables with no other space: a space, never glued.
    [`Hội Làm${ZWSP}vườn xã Hòa Bình`, 'Hội Làm vườn xã Hòa Bình'],
    [`Trung tâm Bảo tồn Di sản Làng${SHY}nghề`, 'Trung tâm Bảo tồn Di sản Làng nghề'],
    [`Đảng ủy Khối Thương${ZWJ}mại`, 'Đảng ủy Khối Thương mại'],
    [`Chi hội Cựu${ZWNJ}chiến binh`, 'Chi hội Cựu chiến binh'],
    [`Sở Du${WJ}lịch`, 'Sở Du lịch'],
    [`Ban Dân tộc${ZWSP}Miền núi`, 'Ban Dân tộc Miền núi'],
    [`Hợp tác xã${BOM}Chè Tân Cương`, 'Hợp tác xã Chè Tân Cương'],
    [`trong năm${ZWSP}2026`, 'trong năm 2026'],
    // Next to a space, punctuation, or between digits: removed.
    [`Hội Nông dân xã Tân${SHY} Sơn`, 'Hội Nông dân xã Tân Sơn'],
    [`Nghị quyết số 12-NQ/${ZWSP}TU`, 'Nghị quyết số 12-NQ/TU'],
    [`Ban Kinh tế ${ZWSP}${SHY}Ngân sách`, 'Ban Kinh tế Ngân sách'],
    [`Quyết định 1${ZWSP}234`, 'Quyết định 1234'],
    [`${BOM}${ZWSP}Hội Khuyến học${ZWSP}`, 'Hội Khuyến học'],
  ])('"%s" → "%s"', (raw, clean) => {
    expect(cleanCell(raw)).toBe(clean);
  });

  it('leaves text without them untouched (same string)', () => {
    const s = 'Hội Nông dân xã Tân Sơn';
    expect(stripInvisible(s)).toBe(s);
  });

  it('fold, used to match labels, ignores them too', () => {
    expect(fold(`Cơ quan chủ${SHY} trì`)).toBe('co quan chu tri');
    expect(fold(`Thời${ZWSP}hạn`)).toBe('thoi han');
  });
});

describe('agency matching ignores invisible characters', () => {
  const plain = 'Ban Quản lý Khu du lịch Hồ Thác Bờ';
  it.each([
    `Ban Quản${SHY} lý Khu du lịch Hồ Thác Bờ`,
    `Ban Quản lý Khu du${SHY}lịch Hồ Thác Bờ`,
    `Ban Quản lý${ZWSP}Khu du lịch Hồ Thác Bờ`,
    `Ban Quản lý Khu du lịch Hồ Thá${ZWSP}c Bờ`,
    `Ban${ZWNJ} Quản lý Khu du lịch Hồ${ZWJ} Thác Bờ`,
    `${BOM}Ban Quản lý Khu du lịch Hồ Thác Bờ${WJ}`,
  ])('"%s" has the key of the plain name', (text) => {
    expect(agencyKey(text)).toBe(agencyKey(plain));
  });

  it('resolves every form to the one catalogue name, split or not', () => {
    const cat = extendCatalogue(builtinCatalogue(), [{ name: plain, aliases: ['BQL Hồ Thác Bờ'] }]);
    expect(matchAgency(`Ban Quản${SHY} lý Khu du lịch Hồ${ZWSP}Thác Bờ`, cat).canonical).toBe(plain);
    expect(matchAgency(`BQL${ZWSP} Hồ Thác${SHY} Bờ`, cat).canonical).toBe(plain);
    expect(splitAgencies(`${BOM}Sở Du${SHY} lịch;${ZWSP}Hội Nông dân xã Tân Sơn`)).toEqual(['Sở Du lịch', 'Hội Nông dân xã Tân Sơn']);
  });

  it('an imported table: the cells are cleaned, one agency stays one (no variant finding, one summary row)', () => {
    const text = [
      'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
      `1\tXây dựng bến thuyền du lịch\tTrung tâm Khuyến${SHY}nông tỉnh\tNăm 2026`,
      `2\tTập huấn hướng dẫn viên\tTrung tâm Khuyến nông${ZWSP}tỉnh\tNăm 2027`,
      `3\tQuảng bá điểm đến\t${BOM}Trung tâm Khuyến nông tỉnh${WJ}\tNăm 2027`,
      '4\tKhảo sát tuyến điểm\tTrung tâm Khuyến nông tỉnh\tNăm 2028',
    ].join('\n');
    const p = importProgramme(text);
    expect(p.tables[0].items.map((i) => i.lead)).toEqual(Array(4).fill('Trung tâm Khuyến nông tỉnh'));
    const cat = extendCatalogue(builtinCatalogue(), [{ name: 'Trung tâm Khuyến nông tỉnh', aliases: [] }]);
    expect(validateProgramme(p, { catalogue: cat }).findings.filter((f) => f.rule.startsWith('lead.'))).toEqual([]);
    const built = buildWorkbook({ programme: p, settings: { asOf: '2026-06-15', dueSoonDays: 30 } });
    const leadRows = built.expected.filter((e) => e.what.startsWith('Cơ quan chủ trì') && e.what.endsWith('Tổng'));
    expect(leadRows.map((e) => [e.what, e.value])).toEqual([['Cơ quan chủ trì "Trung tâm Khuyến nông tỉnh": Tổng', 4]]);
  });
});
