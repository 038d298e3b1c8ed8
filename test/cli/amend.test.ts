import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { seedPath } from '../helpers/seeds';

describe('phuluc amend', () => {
  it('applies 000 to 001, prints the agreed JSON and exits 1 for the number conflict', () => {
    const r = runCli(['amend', seedPath('001'), seedPath('000'), '--json']);
    expect(r.code).toBe(1);
    const data = JSON.parse(r.stdout);
    // The agreed keys, extended by notApplied (text of the amendment that is no change).
    expect(Object.keys(data).sort()).toEqual(['changes', 'conflicts', 'items', 'notApplied']);
    // 112 points of 001 + 24 added + 3 in the new Mục 1.8; the added 2.1 (9) is kept (flagged).
    expect(data.items).toHaveLength(139);
    expect(data.items.filter((i: { removed?: boolean }) => i.removed)).toHaveLength(1);
    expect(data.items.filter((i: { removed?: boolean }) => !i.removed)).toHaveLength(138);
    expect(data.items.filter((i: { duplicateNumber?: boolean }) => i.duplicateNumber).map((i: { tt: string; line: number }) => [i.tt, i.line])).toEqual([['(9)', 175]]);
    expect(data.changes).toHaveLength(57);
    for (const c of data.changes) expect(Object.keys(c).sort()).toEqual(['after', 'before', 'line', 'op', 'point', 'section']);
    expect(data.conflicts).toHaveLength(1);
    expect(Object.keys(data.conflicts[0]).sort()).toEqual(['kind', 'line', 'message', 'point', 'section']);
    expect(data.conflicts[0]).toMatchObject({ kind: 'duplicate-number', section: '2.1', point: '(9)', line: 175 });
  });

  it('prints a readable Vietnamese summary without --json', () => {
    const r = runCli(['amend', seedPath('001'), seedPath('000')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Chương trình hợp nhất: 139 điểm (138 còn hiệu lực, 1 lược bỏ).');
    expect(r.stdout).toContain('Điểm bổ sung trùng số, vẫn giữ trong chương trình hợp nhất (ghi chú trùng số): Mục 2.1, điểm (9) (dòng 175).');
    expect(r.stdout).toContain('Xung đột cần xem lại: 1');
    expect(r.stdout).toMatch(/Dòng 175 — Mục 2\.1, điểm \(9\): Điểm \(9\) đã có trong Mục 2\.1/);
    expect(r.stdout).toContain('Dòng 125 — Mục 1.7, điểm (2): lược bỏ');
  });

  it('exits 0 when everything applies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phuluc-amend-'));
    const file = join(dir, 'dieu-chinh.txt');
    writeFileSync(
      file,
      '**1.7. Mục 1.7 - Nâng cao hiệu lực, hiệu quả quản lý nhà nước**\n\n**Lược bỏ điểm (2)**\n\n*“(2) Ban hành quy chế phối hợp liên thông giữa các cơ quan Đảng - Nhà nước - Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trên địa bàn tỉnh.”*\n',
    );
    const r = runCli(['amend', seedPath('001'), file, '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.conflicts).toEqual([]);
    expect(data.changes).toEqual([expect.objectContaining({ op: 'remove', section: '1.7', point: '(2)', line: 3 })]);
  });

  it('exits 2 with a Vietnamese message on unusable input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phuluc-amend-'));
    for (const args of [
      ['amend', seedPath('001')],
      ['amend', seedPath('001'), join(dir, 'khong-co.txt')],
      ['amend', seedPath('001'), seedPath('003')],
    ]) {
      const r = runCli([...args, '--json']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^(Lỗi|Cách dùng)/);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    }
  });
});
