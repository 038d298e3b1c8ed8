import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';

// An invented plan: one long task (cut near 60 characters), a deadline per quarter and month, an
// item with no lead and an ongoing time.
const PLAN = `KẾ HOẠCH
Triển khai chuyển đổi số năm 2026

| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |
|---|---|---|---|
| 1 | Tổ chức hội nghị quán triệt kế hoạch chuyển đổi số năm 2026 tới toàn thể cán bộ, công chức các xã | Sở Khoa học và Công nghệ | Quý III/2026 |
| 2 | Rà soát danh mục thủ tục hành chính | Văn phòng UBND tỉnh | Tháng 10/2026 |
| 3 | Kiểm tra việc thực hiện kế hoạch |  | Thường xuyên |
`;

describe('parse without --json lists the items under the counts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-list-'));
  const file = join(dir, 'ke-hoach.md');
  writeFileSync(file, PLAN);

  it('TT, the start of the task, lead and due date per item, in order', () => {
    const r = runCli(['parse', file]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const counts = lines.findIndex((l) => l.startsWith('  Thời gian:'));
    expect(counts).toBeGreaterThan(0);
    expect(lines.slice(counts + 1, counts + 4)).toEqual([
      '    1     Tổ chức hội nghị quán triệt kế hoạch chuyển đổi số năm 2026… — Sở Khoa học và Công nghệ — 30/09/2026',
      '    2     Rà soát danh mục thủ tục hành chính — Văn phòng UBND tỉnh — 31/10/2026',
      '    3     Kiểm tra việc thực hiện kế hoạch — chưa có chủ trì — Thường xuyên',
    ]);
  });

  it('--json is unchanged by the listing', () => {
    const r = runCli(['parse', file, '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.tables[0].items.map((i: { tt: string }) => i.tt)).toEqual(['1', '2', '3']);
  });
});
