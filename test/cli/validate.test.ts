import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';
import { seedPath } from '../helpers/seeds';

interface JsonFinding {
  rule: string;
  severity: string;
  table: string;
  tt: string;
  line: number;
  column: string;
  message: string;
  suggestion: string | null;
}

const tmp = mkdtempSync(join(tmpdir(), 'phuluc-validate-'));
const write = (name: string, text: string): string => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

describe('phuluc validate', () => {
  it('prints findings and summary as JSON; exit 1 when there are errors (004)', () => {
    const r = runCli(['validate', seedPath('004'), '--json']);
    expect(r.code).toBe(1);
    const data = JSON.parse(r.stdout) as { findings: JsonFinding[]; summary: { errors: number; warnings: number; byRule: Record<string, number> } };
    expect(data.summary.errors).toBe(12);
    expect(data.summary.warnings).toBe(20);
    expect(data.summary.byRule['time.invalid']).toBe(7);
    const f = data.findings.find((x) => x.line === 650)!;
    expect(f).toMatchObject({
      rule: 'structure.wrongLevel',
      severity: 'error',
      table: 'PHỤ LỤC 3 — Danh mục nhiệm vụ cụ thể trong nhiệm kỳ 2025 - 2030',
      tt: '4.0',
      column: 'tt',
      suggestion: '3.10',
    });
    for (const key of ['rule', 'severity', 'table', 'tt', 'line', 'column', 'message', 'suggestion']) expect(f).toHaveProperty(key);
  });

  it('exit 0 when there are only warnings (003); --as-of is kept in the report', () => {
    const r = runCli(['validate', seedPath('003'), '--json', '--as-of', '2026-11-07']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.summary).toEqual({ errors: 0, warnings: 4, byRule: { 'structure.gap': 1, 'structure.cutOff': 1, 'lead.several': 1, 'resources.unknown': 1 } });
    expect(data.asOf).toBe('2026-11-07');
  });

  it('without --json: a Vietnamese report grouped by rule', () => {
    const r = runCli(['validate', seedPath('004')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('4 bảng, 346 dòng nhiệm vụ — 12 lỗi, 20 cảnh báo.');
    expect(r.stdout).toContain('■ Thời gian sai hoặc bị cắt (Lỗi, 7)');
    expect(r.stdout).toContain('■ Số thứ tự bị nhảy (Cảnh báo, 4)');
    expect(r.stdout).toContain('[PHỤ LỤC 3, không số, dòng 555] Nhiệm vụ không có số thứ tự. → Đề xuất: 8.4');
    // Grouped: all four gap lines follow their heading before the next group starts.
    const lines = r.stdout.split('\n');
    const head = lines.indexOf('■ Số thứ tự bị nhảy (Cảnh báo, 4)');
    expect(lines.slice(head + 1, head + 5).every((l) => l.includes('Số thứ tự nhảy'))).toBe(true);
  });

  it('--profile tuyen-quang requires nguồn lực, which the Lai Châu tables do not print', () => {
    const lai = runCli(['validate', seedPath('004'), '--json', '--profile', 'lai-chau']);
    const tq = runCli(['validate', seedPath('004'), '--json', '--profile', 'tuyen-quang']);
    expect(JSON.parse(lai.stdout).summary.byRule['resources.missing']).toBeUndefined();
    // Phụ lục 2 (14 rows) and Phụ lục 3 (160 rows) have no funding at all: one finding per table,
    // at its first task. Phụ lục 4 takes its funding from its A/B groups; Phụ lục 1 is indicators.
    const missing = (JSON.parse(tq.stdout).findings as JsonFinding[]).filter((f) => f.rule === 'resources.missing');
    expect(missing.map((f) => [f.table.split(' — ')[0], f.tt, f.line, f.message])).toEqual([
      ['PHỤ LỤC 2', '1', 433, 'Không nhiệm vụ nào trong bảng ghi nguồn lực (14 nhiệm vụ).'],
      ['PHỤ LỤC 3', '1.1', 462, 'Không nhiệm vụ nào trong bảng ghi nguồn lực (160 nhiệm vụ).'],
    ]);
  });

  it('--require (or --profile with a column list) chooses the required columns', () => {
    const text = ['TT\tNhiệm vụ\tĐơn vị tham mưu\tThời gian', '1\tNhiệm vụ chưa có chủ trì\t\tNăm 2026'].join('\n');
    const file = write('no-lead.txt', text);
    expect(runCli(['validate', file, '--json']).code).toBe(1);
    const relaxed = runCli(['validate', file, '--json', '--require', 'thoi-gian']);
    expect(relaxed.code).toBe(0);
    expect(JSON.parse(relaxed.stdout).findings).toEqual([]);
    expect(runCli(['validate', file, '--json', '--profile', 'time']).code).toBe(0);
  });

  it('exit 2 with a Vietnamese message on unusable input, never a stack trace', () => {
    const none = runCli(['validate', join(tmp, 'khong-co.txt')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Không đọc được tệp');
    const empty = runCli(['validate', write('header-only.txt', 'TT\tNhiệm vụ\tĐơn vị tham mưu\tThời gian\n')]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('không tìm thấy nhiệm vụ nào');
    const badDate = runCli(['validate', seedPath('003'), '--as-of', '31/11/2026']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--as-of');
    const badCol = runCli(['validate', seedPath('003'), '--require', 'mau-sac']);
    expect(badCol.code).toBe(2);
    expect(badCol.stderr).toContain('Không biết cột "mau-sac"');
    expect(runCli(['validate']).code).toBe(2);
    for (const r of [none, empty, badDate, badCol]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
