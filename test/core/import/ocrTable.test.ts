/**
 * A scanned appendix table that lost its diacritics is OCR text like scanned prose: the programme
 * says so (the pane shows its warning bar) and leads are matched to the catalogue as OCR leads.
 */
import { importProgramme } from '../../../src/core/import';

const T = (...cells: string[]) => cells.join('\t');
// Invented rows, typed as an OCR engine without Vietnamese gives them back.
const SCANNED = [
  T('TT', 'Nhiem vu', 'Co quan chu tri', 'Thoi gian'),
  T('1', 'Xay dung ke hoach thuc hien cac nhiem vu phat trien du lich cua tinh', 'So Tai chinh', 'Quy II/2026'),
  T('2', 'To chuc thuc hien viec ra soat cac du an dau tu cong cua tinh', 'So Xay dung', 'Nam 2026'),
  T('3', 'Trien khai cac giai phap phat trien nguon nhan luc va dao tao nguoi lao dong', 'So Noi vu', 'Thuong xuyen'),
  T('4', 'Xay dung co so du lieu cua tinh ve truong hoc va viec thuc hien cac chuong trinh', 'So Giao duc va Dao tao', 'Thang 12/2026'),
  T('5', 'Thuc hien cac nhiem vu duoc giao va bao cao ket qua voi Uy ban nhan dan tinh', 'So Y te', 'Hang nam'),
].join('\n');

const CLEAN = [
  T('TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'),
  T('1', 'Xây dựng kế hoạch thực hiện các nhiệm vụ phát triển du lịch của tỉnh', 'Sở Tài chính', 'Quý II/2026'),
  T('2', 'Tổ chức thực hiện việc rà soát các dự án đầu tư công của tỉnh', 'Sở Xây dựng', 'Năm 2026'),
  T('3', 'Triển khai các giải pháp phát triển nguồn nhân lực và đào tạo người lao động', 'Sở Nội vụ', 'Thường xuyên'),
  T('4', 'Xây dựng cơ sở dữ liệu của tỉnh về trường học và việc thực hiện các chương trình', 'Sở Giáo dục và Đào tạo', 'Tháng 12/2026'),
  T('5', 'Thực hiện các nhiệm vụ được giao và báo cáo kết quả với Ủy ban nhân dân tỉnh', 'Sở Y tế', 'Hằng năm'),
].join('\n');

describe('a scanned table', () => {
  it('is OCR text: quality "ocr", each item flagged, leads matched to the catalogue names', () => {
    const p = importProgramme(SCANNED);
    expect(p.shape).toBe('table');
    expect(p.quality).toBe('ocr');
    const items = p.tables[0].items;
    expect(items).toHaveLength(5);
    expect(items.every((i) => i.ocr)).toBe(true);
    expect(items.map((i) => i.leadCanonical)).toEqual(['Sở Tài chính', 'Sở Xây dựng', 'Sở Nội vụ', 'Sở Giáo dục và Đào tạo', 'Sở Y tế']);
  });

  it('the same table with its diacritics is clean', () => {
    const p = importProgramme(CLEAN);
    expect(p.quality).toBe('clean');
    expect(p.tables[0].items.some((i) => i.ocr)).toBe(false);
  });
});
