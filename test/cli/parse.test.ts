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

  it('names durations and recurrences in the summary and the JSON (kind "relative", duration, recurrenceDay)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phuluc-'));
    const file = join(dir, 'thu-tuc.txt');
    const rows = [
      ['1', 'Cấp phép tổ chức triển lãm', 'Sở Văn hóa, Thể thao và Du lịch', '10 ngày làm việc kể từ ngày nhận đủ hồ sơ'],
      ['2', 'Gia hạn giấy phép', 'Sở Văn hóa, Thể thao và Du lịch', '05 ngày'],
      ['3', 'Báo cáo tình hình cấp phép', 'Sở Văn hóa, Thể thao và Du lịch', 'Trước ngày 15/12 hàng năm'],
    ];
    writeFileSync(file, ['TT\tTên thủ tục\tCơ quan thực hiện\tThời hạn giải quyết', ...rows.map((r) => r.join('\t'))].join('\n'));
    const summary = runCli(['parse', file]);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toMatch(/Thời gian: .*tính từ sự kiện: 2/);
    expect(summary.stdout).toMatch(/Thời gian: .*định kỳ: 1/);
    const items = JSON.parse(runCli(['parse', file, '--json']).stdout).tables[0].items;
    expect(items[0].time).toMatchObject({ kind: 'relative', due: null, duration: { amount: 10, unit: 'workday' }, condition: 'kể từ ngày nhận đủ hồ sơ' });
    expect(items[1].time).toMatchObject({ kind: 'relative', due: null, duration: { amount: 5, unit: 'day' } });
    expect(items[2].time).toMatchObject({ kind: 'recurring', recurrence: 'yearly:12-15', recurrenceDay: { day: 15, month: 12 } });
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
    expect(r.stderr).toContain('Không có lệnh “phan-tich”.');
  });
});
