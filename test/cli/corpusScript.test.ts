import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT } from '../helpers/seeds';

/** Runs `npm run corpus` as its script (built lib/ used as is: --no-build). */
function corpus(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'corpus.js'), '--no-build', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

// Invented documents: a plan with a two-task appendix table (one deadline, one ongoing), and a
// file named .docx that is no Word file (refused whatever the importer's heuristics); the
// folder's README is no document.
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-corpus-'));
  writeFileSync(
    join(dir, 'ke-hoach-mau.txt'),
    [
      'KẾ HOẠCH',
      'Thực hiện chuyển đổi số tại cơ quan năm 2026',
      '',
      'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
      'I\tCÔNG TÁC CHỈ ĐẠO',
      '1\tBan hành quy chế quản lý hồ sơ điện tử\tVăn phòng Sở\tQuý II/2026',
      '2\tRà soát danh mục dữ liệu dùng chung\tPhòng Kế hoạch - Tài chính\tThường xuyên',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'thu-moi.docx'), 'Kính mời các đồng chí tới dự buổi gặp mặt cuối năm.\n');
  writeFileSync(join(dir, 'README.md'), '# Ghi chú\nKhông phải văn bản.\n');
  return dir;
}

describe('npm run corpus', () => {
  it('prints one row per document, the refused one with its message, and exits 0', () => {
    const r = corpus([folder()]);
    expect(r.code).toBe(0);
    const plan = r.stdout.split('\n').find((l) => l.startsWith('ke-hoach-mau.txt'))!;
    // tables, tasks, with a lead, with a due date, sections (then not imported, time)
    expect(plan.trim().split(/\s+/).slice(1, 6)).toEqual(['1', '2', '2', '1', '1']);
    expect(r.stdout).toMatch(/thu-moi\.docx .*TỪ CHỐI: Tệp không phải tài liệu Word/);
    expect(r.stdout).not.toContain('README');
    expect(r.stdout).toContain('2 tệp, 1 bị từ chối.');
  });

  it('--json gives the same figures as data', () => {
    const r = corpus([folder(), '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.documents).toHaveLength(2);
    expect(data.documents[0]).toMatchObject({ document: 'ke-hoach-mau', form: 'txt', tables: 1, items: 2, withLead: 2, withDue: 1, sections: 1 });
    expect(typeof data.documents[0].ms).toBe('number');
    expect(data.documents[1]).toMatchObject({ document: 'thu-moi', form: 'docx', refused: expect.stringContaining('không phải tài liệu Word') });
  });

  it('a missing folder or a wrong option: a Vietnamese message and exit 2', () => {
    const missing = corpus([join(tmpdir(), 'khong-co-thu-muc-nay')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('không tìm thấy thư mục');
    expect(missing.stderr).not.toMatch(/at .*\.js:\d+/);
    const bad = corpus([folder(), '--sai']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Tùy chọn không hợp lệ: --sai');
  });
});
