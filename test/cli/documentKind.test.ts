import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';

const REGULATION = `QUY CHẾ
Hoạt động của tổ hòa giải ở cơ sở

Chương I. QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định về tổ chức và hoạt động của tổ hòa giải.

Điều 2. Thành viên tổ hòa giải
1. Tổ trưởng do các thành viên bầu.

Điều 3. Kinh phí
Kinh phí hoạt động do ngân sách xã bảo đảm.
`;

describe('phuluc refuses a document that is not a programme', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-kind-'));
  const file = join(dir, 'quyche.txt');
  writeFileSync(file, REGULATION);
  const message = 'Văn bản có vẻ là một quy chế (Chương, Điều, khoản), không phải chương trình hay kế hoạch: không nhập nhiệm vụ nào.';

  it.each([['parse'], ['validate'], ['import']])('%s: exit 2 with the Vietnamese reason', (cmd) => {
    const args = cmd === 'import' ? [cmd, file, '-o', join(dir, 'out.xlsx')] : [cmd, file];
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
