import { parse } from '../../src/taskpane/actions';

// The task pane refuses a regulation pasted in place of a plan, saying what it looks like.
const REGULATION = `QUY CHẾ
Sử dụng xe công của cơ quan

Chương I. QUY ĐỊNH CHUNG

Điều 1. Phạm vi áp dụng
Quy chế này áp dụng cho xe công của Văn phòng.

Điều 2. Nguyên tắc sử dụng
1. Xe công chỉ dùng cho công việc chung.

Điều 3. Trách nhiệm
Lái xe chịu trách nhiệm bảo quản xe.
`;

describe('task pane: a document that is not a programme', () => {
  it('fails with the Vietnamese reason instead of importing tasks', () => {
    const r = parse(REGULATION);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('Văn bản có vẻ là một quy chế (Chương, Điều, khoản), không phải chương trình hay kế hoạch: không nhập nhiệm vụ nào.');
    // The tab tells "not a programme" (a warning, writing disabled) from an error by this flag.
    expect(r).toMatchObject({ ok: false, notProgramme: true });
  });

  it('a table with no task is an error, not "not a programme"', () => {
    const r = parse('TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n'); // a header, no row
    expect(r.ok).toBe(false);
    expect(r).not.toHaveProperty('notProgramme');
  });
});
