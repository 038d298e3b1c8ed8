import { importProgramme } from '../../../src/core/import';
import { classifyDocument } from '../../../src/core/import/documentKind';
import { seedText } from '../../helpers/seeds';
import { lostPieces } from '../../hardening/conservation';

// A village regulation: chapters and articles, numbered clauses that are not tasks.
const REGULATION = `QUY ĐỊNH
Về quản lý bến đò ngang trên địa bàn xã

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi áp dụng
Quy định này áp dụng cho các bến đò ngang trên sông Lô.

Điều 2. Giải thích từ ngữ
1. Bến đò ngang là nơi đón, trả khách qua sông.
2. Chủ bến là người được cấp phép khai thác bến.

Chương II
TRÁCH NHIỆM

Điều 3. Trách nhiệm của chủ bến
1. Trang bị đủ áo phao cho hành khách.
2. Không chở quá số người cho phép.
`;

// A decision that issues a plan: "Điều 1–3" of the decision, then the plan itself.
const DECISION_WITH_PLAN = `QUYẾT ĐỊNH
Ban hành Kế hoạch trồng cây xanh năm 2026

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch trồng cây xanh năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.

KẾ HOẠCH
Trồng cây xanh năm 2026

I. NHIỆM VỤ

1. Trồng mới 5.000 cây xanh dọc các tuyến đường tỉnh.
- Cơ quan chủ trì: Sở Xây dựng;
- Thời gian thực hiện: Quý III/2026.
`;

// A list of administrative procedures: a table headed "Tên thủ tục hành chính".
const PROCEDURES = `QUYẾT ĐỊNH
Công bố danh mục thủ tục hành chính nội bộ lĩnh vực thủy lợi

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính nội bộ.

DANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ
STT\tMã thủ tục\tTên thủ tục hành chính\tCơ quan thực hiện
1\t2.00123\tPhê duyệt phương án cắm mốc chỉ giới công trình thủy lợi\tSở Nông nghiệp và Môi trường
2\t2.00124\tGiao kế hoạch khai thác công trình thủy lợi\tSở Nông nghiệp và Môi trường
`;

describe('documents that are not programmes', () => {
  it('calls a text with chapters and articles a regulation, and imports no task from it', () => {
    expect(classifyDocument(REGULATION.split('\n')).kind).toBe('regulation');
    const p = importProgramme(REGULATION);
    expect(p.documentKind).toBe('regulation');
    expect(p.warning).toBe('Văn bản có vẻ là một quy chế (Chương, Điều, khoản), không phải chương trình hay kế hoạch: không nhập nhiệm vụ nào.');
    expect(p.tables).toEqual([]);
    // Nothing silently dropped: every line is listed, under the warning.
    expect(lostPieces(REGULATION, p)).toEqual([]);
    expect(p.notImported.some((n) => n.text.includes('Trang bị đủ áo phao cho hành khách.'))).toBe(true);
  });

  it('calls a table headed by procedure names a list of procedures', () => {
    const p = importProgramme(PROCEDURES);
    expect(p.documentKind).toBe('procedures');
    expect(p.warning).toContain('danh mục thủ tục hành chính');
    expect(p.tables).toEqual([]);
    expect(lostPieces(PROCEDURES, p)).toEqual([]);
  });

  it('keeps a decision that issues a plan (three articles, no chapter) a programme', () => {
    expect(classifyDocument(DECISION_WITH_PLAN.split('\n'))).toEqual({ kind: 'programme', warning: '' });
    const p = importProgramme(DECISION_WITH_PLAN);
    expect(p.documentKind).toBeUndefined();
    expect(p.tables[0].items).toHaveLength(1);
  });

  it('a table of procedures with only a processing time and an agency is followed like tasks', () => {
    const lines = ['TT\tTên thủ tục hành chính\tThời hạn giải quyết\tCơ quan thực hiện', '1\tCấp phép biểu diễn nghệ thuật\t10 ngày làm việc\tSở Văn hóa'];
    expect(classifyDocument(lines).kind).toBe('programme');
  });

  it('a table with a task column that mentions procedures is still a programme', () => {
    const lines = ['TT\tNhiệm vụ\tTên thủ tục hành chính liên quan\tLĩnh vực\tCơ quan chủ trì', '1\tRà soát, cắt giảm thủ tục\tCấp phép xây dựng\tSở Xây dựng'];
    expect(classifyDocument(lines).kind).toBe('programme');
  });

  it.each(['000', '001', '002', '003', '004'])('never flags seed %s', (seed) => {
    const p = importProgramme(seedText(seed));
    expect(p.documentKind).toBeUndefined();
    expect(p.warning).toBeUndefined();
  });
});
