import type { Agency, Catalogue } from './types';

const party = (name: string, ...aliases: string[]): Agency => ({ name, aliases, group: 'Đảng' });
const gov = (name: string, ...aliases: string[]): Agency => ({ name, aliases, group: 'Chính quyền' });
const dept = (name: string, ...aliases: string[]): Agency => ({ name, aliases, group: 'Sở, ngành' });
const cell = (name: string, ...aliases: string[]): Agency => ({ name, aliases, group: 'Chi bộ' });

/**
 * The built-in catalogue: the standard provincial bodies and every agency that occurs in the
 * seed documents. Abbreviations (UBND, HĐND, MTTQ), tone-mark placement, dashes and case are
 * handled by agencyKey, so they need no alias here.
 */
const AGENCIES: Agency[] = [
  party('Tỉnh ủy'),
  party('Ban Thường vụ Tỉnh ủy'),
  party('Ban Tổ chức Tỉnh ủy'),
  party('Ban Tuyên giáo và Dân vận Tỉnh ủy'),
  party('Ban Nội chính Tỉnh ủy'),
  party('Ủy ban Kiểm tra Tỉnh ủy'),
  party('Văn phòng Tỉnh ủy'),
  party('Trường Chính trị tỉnh'),
  party('Đảng ủy UBND tỉnh'),
  party('Đảng ủy HĐND tỉnh'),
  party('Đảng ủy MTTQ tỉnh', 'Đảng ủy Mặt trận Tổ quốc Việt Nam tỉnh', 'Đảng ủy Mặt trận tỉnh'),
  party('Đảng ủy Quân sự tỉnh'),
  party('Đảng ủy Công an tỉnh'),
  party('Đảng ủy các cơ quan Đảng tỉnh'),
  party('Ủy ban Kiểm tra Đảng ủy'),
  gov('UBND tỉnh'),
  gov('HĐND tỉnh'),
  gov('Ủy ban MTTQ tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Ủy ban MTTQ Việt Nam tỉnh'),
  gov('Văn phòng UBND tỉnh'),
  gov('Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh'),
  gov('Thanh tra tỉnh'),
  gov('Công an tỉnh'),
  gov('Bộ Chỉ huy Quân sự tỉnh'),
  dept('Sở Nội vụ'),
  dept('Sở Tài chính'),
  dept('Sở Tư pháp'),
  dept('Sở Công Thương'),
  dept('Sở Xây dựng'),
  dept('Sở Nông nghiệp và Môi trường'),
  dept('Sở Giáo dục và Đào tạo'),
  dept('Sở Y tế'),
  dept('Sở Khoa học và Công nghệ'),
  dept('Sở Văn hóa, Thể thao và Du lịch'),
  dept('Sở Ngoại vụ'),
  dept('Sở Dân tộc và Tôn giáo'),
  cell('Chi bộ Kinh tế ngành – Văn xã'),
  cell('Chi bộ Hành chính – Quản trị'),
  cell('Chi bộ Tổng hợp – Nội chính'),
  cell('Chi bộ Tin học – Hành chính công'),
  cell('Các chi bộ trực thuộc'),
];

export function builtinCatalogue(): Catalogue {
  return { agencies: AGENCIES.map((a) => ({ ...a, aliases: [...a.aliases] })) };
}
