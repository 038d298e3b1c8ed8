import { importProgramme } from '../../../src/core/import';
import { seedText } from '../../helpers/seeds';
import { agencyKey, builtinCatalogue, extendCatalogue, matchAgency, splitAgencies } from '../../../src/core/agencies';

const cat = builtinCatalogue();

describe('agencyKey', () => {
  it.each([
    ['Tỉnh ủy', 'Tỉnh uỷ'],
    ['Đảng ủy UBND tỉnh', 'Đảng ủy Ủy ban nhân dân tỉnh'],
    ['Đảng uỷ Uỷ ban nhân dân tỉnh', 'ĐẢNG ỦY UBND TỈNH'],
    ['Đảng ủy HĐND tỉnh', 'Đảng ủy Hội đồng nhân dân tỉnh'],
    ['Đảng ủy MTTQ tỉnh', 'Đảng ủy Mặt trận Tổ quốc Việt Nam tỉnh'],
    ['Chi bộ Kinh tế ngành – Văn xã', 'Chi bộ Kinh tế ngành - Văn xã'],
    ['Chi bộ Kinh tế ngành–Văn xã', ' Chi bộ  Kinh tế ngành -  Văn xã.'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hoá, Thể thao và Du lịch'],
  ])('treats "%s" and "%s" as the same agency', (a, b) => {
    expect(agencyKey(a)).toBe(agencyKey(b));
  });

  it('keeps different agencies apart', () => {
    expect(agencyKey('Ban Tổ chức Tỉnh ủy')).not.toBe(agencyKey('Ban Nội chính Tỉnh ủy'));
    expect(agencyKey('Đảng ủy UBND tỉnh')).not.toBe(agencyKey('UBND tỉnh'));
  });
});

describe('matchAgency on clean text', () => {
  it.each([
    ['Ban Tổ chức Tỉnh uỷ', 'Ban Tổ chức Tỉnh ủy'],
    ['Đảng ủy Ủy ban nhân dân tỉnh', 'Đảng ủy UBND tỉnh'],
    ['Đảng ủy Mặt trận Tổ quốc Việt Nam tỉnh', 'Đảng ủy MTTQ tỉnh'],
    ['Đảng ủy Hội đồng nhân dân tỉnh', 'Đảng ủy HĐND tỉnh'],
    ['Chi bộ Kinh tế ngành - Văn xã', 'Chi bộ Kinh tế ngành – Văn xã'],
    ['Trường Chính trị tỉnh', 'Trường Chính trị tỉnh'],
    ['Sở Văn hoá, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
  ])('"%s" → %s', (text, canonical) => {
    const m = matchAgency(text, cat);
    expect(m.canonical).toBe(canonical);
    expect(m.parts).toEqual([text]);
    expect(m.text).toBe(text);
  });

  it('keeps the department in brackets after the Party committee (003)', () => {
    const m = matchAgency('Đảng ủy Ủy ban nhân dân tỉnh (Sở Nông nghiệp và Môi trường; Sở Dân tộc và Tôn giáo)', cat);
    expect(m.canonical).toBe('Đảng ủy UBND tỉnh (Sở Nông nghiệp và Môi trường; Sở Dân tộc và Tôn giáo)');
    expect(m.parts).toHaveLength(1);
  });

  it('suggests the nearest name for a near miss but does not accept it', () => {
    const m = matchAgency('Ban Tổ chứ Tỉnh ủy', cat);
    expect(m.canonical).toBeNull();
    expect(m.suggestion).toBe('Ban Tổ chức Tỉnh ủy');
  });

  it('has neither canonical nor suggestion for an unknown body', () => {
    const m = matchAgency('Hợp tác xã Nông nghiệp Thanh Sơn', cat);
    expect(m).toEqual({ text: 'Hợp tác xã Nông nghiệp Thanh Sơn', canonical: null, suggestion: null, parts: ['Hợp tác xã Nông nghiệp Thanh Sơn'] });
  });

  it('gives no canonical name to a cell with several agencies, but lists them', () => {
    const m = matchAgency('Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy, Đảng ủy UBND tỉnh, Đảng ủy Hội đồng nhân dân tỉnh', cat);
    expect(m.canonical).toBeNull();
    expect(m.parts).toHaveLength(5);
    expect(m.suggestion).toBe('Ban Tổ chức Tỉnh ủy; Ủy ban Kiểm tra Tỉnh ủy; Ban Nội chính Tỉnh ủy; Đảng ủy UBND tỉnh; Đảng ủy HĐND tỉnh');
  });
});

describe('splitAgencies', () => {
  it.each([
    ['Ban Tổ chức Tỉnh ủy; Đảng ủy các cơ quan Đảng tỉnh; Đảng ủy UBND tỉnh', ['Ban Tổ chức Tỉnh ủy', 'Đảng ủy các cơ quan Đảng tỉnh', 'Đảng ủy UBND tỉnh']],
    ['Pang vy Quan sy tinh, Pang uy Cong an tinh', ['Pang vy Quan sy tinh', 'Pang uy Cong an tinh']],
    ['Chi bộ Tổng hợp – Nội chính; Kinh tế ngành - Văn xã', ['Chi bộ Tổng hợp – Nội chính', 'Kinh tế ngành - Văn xã']],
    ['Chi bộ Hành chính – Quản trị và các chi bộ', ['Chi bộ Hành chính – Quản trị', 'các chi bộ']],
    ['Sở Văn hóa, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['Ban Tuyên giáo và Dân vận Tỉnh ủy', ['Ban Tuyên giáo và Dân vận Tỉnh ủy']],
    ['Đảng ủy Ủy ban nhân dân tỉnh (Sở Y tế; Sở Nội vụ)', ['Đảng ủy Ủy ban nhân dân tỉnh (Sở Y tế; Sở Nội vụ)']],
    ['Sở Y tế và Sở Nội vụ', ['Sở Y tế', 'Sở Nội vụ']],
    // A collective lead: "ban", "ngành" alone name no agency.
    ['Các Sở, ban, ngành', ['Các Sở, ban, ngành']],
    ['Các sở, ban, ngành Thành phố', ['Các sở, ban, ngành Thành phố']],
    ['Sở Tài chính, Sở Xây dựng, các sở, ban, ngành liên quan', ['Sở Tài chính', 'Sở Xây dựng', 'các sở, ban, ngành liên quan']],
    // A kind, a colon, the names it takes (ministry documents): the kind goes back in front of each.
    ['Các Cục: Thư viện, Bảo tồn bảo tàng', ['Cục Thư viện', 'Cục Bảo tồn bảo tàng']],
    ['Các Vụ: Tổ chức cán bộ; Kế hoạch, Tài chính; Pháp chế. Văn phòng Bộ', ['Vụ Tổ chức cán bộ', 'Vụ Kế hoạch, Tài chính', 'Vụ Pháp chế', 'Văn phòng Bộ']],
    ['Các Sở: Giáo dục và Đào tạo, Nội vụ', ['Sở Giáo dục và Đào tạo', 'Sở Nội vụ']],
    ['Các đơn vị: Văn phòng Bộ, Thanh tra Bộ', ['Văn phòng Bộ', 'Thanh tra Bộ']],
    ['Các Cục: Cục Hàng hải, Cục Đường thủy', ['Cục Hàng hải', 'Cục Đường thủy']],
    ['', []],
  ])('%s', (text, parts) => {
    expect(splitAgencies(text)).toEqual(parts);
  });
});

describe('OCR agency forms from 001', () => {
  it.each([
    ['Ban Tuyén gido va Dan van Tinh uy', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
    ['Ban Tuyén gido va Ddan van Tinh uy', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
    ['Uy ban Kiém tra Tinh iiy', 'Ủy ban Kiểm tra Tỉnh ủy'],
    ['Uy ban Kiém tra Tinh ity', 'Ủy ban Kiểm tra Tỉnh ủy'],
    ['Ban T6 chire Tinh viy', 'Ban Tổ chức Tỉnh ủy'],
    ['Ban To6 chire Tinh ity', 'Ban Tổ chức Tỉnh ủy'],
    ['Ban Té chirc Tinh 1ty', 'Ban Tổ chức Tỉnh ủy'],
    ['Ban T chire Tinh vy', 'Ban Tổ chức Tỉnh ủy'],
    ['Ban Noi chinh Tinh 1iy', 'Ban Nội chính Tỉnh ủy'],
    ['Pang uy UBND tinh', 'Đảng ủy UBND tỉnh'],
    ['Pang vy UBND tinh', 'Đảng ủy UBND tỉnh'],
    ['Ddang 1iy UBND tinh', 'Đảng ủy UBND tỉnh'],
    ['DPang uy UBND tinh', 'Đảng ủy UBND tỉnh'],
    ['Ddng ity UBND tinh', 'Đảng ủy UBND tỉnh'],
    ['Van phong Tinh viy', 'Văn phòng Tỉnh ủy'],
    ['Pang vy Quan sy tinh', 'Đảng ủy Quân sự tỉnh'],
    ['Pang uy Cong an tinh', 'Đảng ủy Công an tỉnh'],
    ['Ddng 1ty Mt trdn Té quoc Viét Nam tinh', 'Đảng ủy MTTQ tỉnh'],
    ['Pdang 1y Mdt trdn Té quéc Viét Nam tinh', 'Đảng ủy MTTQ tỉnh'],
  ])('"%s" → %s in OCR mode', (text, canonical) => {
    const m = matchAgency(text, cat, { ocr: true });
    expect(m.canonical).toBe(canonical);
    expect(m.text).toBe(text);
  });

  it('only suggests OCR-damaged names when the text is not marked as OCR', () => {
    const m = matchAgency('Ban T6 chire Tinh viy', cat);
    expect(m.canonical).toBeNull();
    expect(m.suggestion).toBe('Ban Tổ chức Tỉnh ủy');
  });
});

describe('extendCatalogue', () => {
  it('adds a user agency and a user alias of a known one', () => {
    const c = extendCatalogue(cat, [
      { name: 'Hợp tác xã Nông nghiệp Thanh Sơn', aliases: ['HTX Thanh Sơn'] },
      { name: 'Ban Tổ chức Tỉnh ủy', aliases: ['BTCTU'] },
    ]);
    expect(matchAgency('HTX Thanh Sơn', c).canonical).toBe('Hợp tác xã Nông nghiệp Thanh Sơn');
    expect(matchAgency('BTCTU', c).canonical).toBe('Ban Tổ chức Tỉnh ủy');
    expect(matchAgency('BTCTU', cat).canonical).toBeNull();
  });
});

describe('leads of the table seeds', () => {
  const leads = (seed: string): string[] =>
    importProgramme(seedText(seed))
      .tables.flatMap((t) => t.items.map((i) => i.lead))
      .filter(Boolean);

  it('resolves every lead of 003 to a canonical name', () => {
    const unknown = leads('003').filter((l) => !matchAgency(l, cat).canonical);
    expect(unknown).toEqual([]);
  });

  it('resolves every single-agency lead of 004; the three multi-agency cells are split', () => {
    const all = leads('004');
    const multi = all.filter((l) => matchAgency(l, cat).parts.length > 1);
    expect(multi.sort()).toEqual([
      'Chi bộ Hành chính – Quản trị và các chi bộ',
      'Chi bộ Kinh tế ngành – Văn xã; Chi bộ Tin học – Hành chính công',
      'Chi bộ Tổng hợp – Nội chính; Kinh tế ngành - Văn xã',
    ]);
    const unknown = all.filter((l) => !multi.includes(l) && !matchAgency(l, cat).canonical);
    expect(unknown).toEqual([]);
  });
});
