import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { seedPath } from '../helpers/seeds';

describe('phuluc parse', () => {
  it('prints the tables of 003 as JSON in the agreed shape', () => {
    const r = runCli(['parse', seedPath('003'), '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.tables).toHaveLength(1);
    const t = data.tables[0];
    expect(t.kind).toBe('tasks');
    expect(t.items).toHaveLength(44);
    expect(t.sections).toHaveLength(4);
    const item = t.items.find((i: { line: number }) => i.line === 213);
    expect(item).toMatchObject({
      tt: '15',
      path: ['II. Lĩnh vực văn hóa - xã hội'],
      lead: 'Đảng ủy Ủy ban nhân dân tỉnh (Sở Nông nghiệp và Môi trường; Sở Dân tộc và Tôn giáo)',
      time: { text: 'Năm 2026 (Sau khi có Hướng dẫn của Trung ương)', kind: 'deadline', due: '2026-12-31', condition: 'Sau khi có Hướng dẫn của Trung ương' },
    });
    for (const key of ['tt', 'path', 'task', 'lead', 'partners', 'time', 'authority', 'resources', 'notes', 'line']) {
      expect(item).toHaveProperty(key);
    }
  });

  it('prints the four appendices of 004 with their item counts', () => {
    const r = runCli(['parse', seedPath('004'), '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.tables.map((t: { items: unknown[] }) => t.items.length)).toEqual([57, 14, 160, 115]);
    expect(data.tables.map((t: { kind: string }) => t.kind)).toEqual(['indicators', 'tasks', 'tasks', 'tasks']);
  });

  it('prints a readable Vietnamese summary without --json', () => {
    const r = runCli(['parse', seedPath('004')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Số bảng: 4');
    expect(r.stdout).toContain('PHỤ LỤC 3 — Danh mục nhiệm vụ cụ thể trong nhiệm kỳ 2025 - 2030');
    expect(r.stdout).toContain('160 dòng');
    expect(r.stdout).toMatch(/Thời gian: .*thường xuyên: \d+/);
  });

  it('refuses an empty or missing file with a Vietnamese message and exit status 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phuluc-'));
    const empty = join(dir, 'rong.txt');
    writeFileSync(empty, '');
    for (const file of [empty, join(dir, 'khong-co.txt')]) {
      const r = runCli(['parse', file, '--json']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^Lỗi: /);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    }
  });

  it('refuses an unknown command with exit status 2', () => {
    const r = runCli(['phan-tich']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Lệnh không có');
  });
});
