/**
 * The workbook as a stream (src/render/xlsx workbookStream), which the command line writes to its
 * file as it is produced instead of gathering the whole .xlsx in memory: the same bytes as
 * streamWorkbookBytes, and a part that cannot be written fails the stream — the atomic write
 * (src/cli/files.ts) then leaves neither the workbook nor a temporary file behind and passes the
 * error on (it is not a disk problem, so it is not worded as one).
 */
import { existsSync, mkdtempSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { importProgramme } from '../../src/core/import';
import { buildWorkbook } from '../../src/core/plan';
import type { WorkbookPlan } from '../../src/core/plan/types';
import { streamWorkbookBytes, workbookStream } from '../../src/render/xlsx';
import { outputTarget, writeAtomically } from '../../src/cli/files';

const TEXT = [
  'PHỤ LỤC',
  'DANH MỤC NHIỆM VỤ NÂNG CAO CHẤT LƯỢNG NƯỚC SINH HOẠT NÔNG THÔN',
  '',
  'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
  '1\tKhảo sát các công trình cấp nước tập trung xuống cấp\tSở Nông nghiệp và Môi trường\tQuý I/2026',
  '2\tLập danh mục xã ưu tiên đầu tư bể chứa nước mưa\tSở Tài chính\tTháng 9/2026',
  '3\tTập huấn vận hành trạm lọc cho tổ quản lý thôn\tỦy ban nhân dân các huyện\tHằng năm',
].join('\n');

const plan = (): WorkbookPlan => buildWorkbook({ programme: importProgramme(TEXT), findings: [], settings: { asOf: '2026-06-30', dueSoonDays: 30 } }).plan;

async function gathered(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

describe('workbookStream', () => {
  afterEach(() => jest.useRealTimers());

  test('gives the very bytes of streamWorkbookBytes', async () => {
    // Only Date is frozen: the zip stamps each entry with the time it is added (2-second steps).
    jest.useFakeTimers({
      now: new Date('2026-07-01T08:00:00Z'),
      doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'],
    });
    const p = plan();
    const now = new Date('2026-07-01T08:00:00Z');
    const whole = await streamWorkbookBytes(p, now);
    const streamed = await gathered(workbookStream(p, now));
    expect(streamed.length).toBeGreaterThan(1000);
    expect(streamed.equals(whole)).toBe(true);
  });

  test('a part that cannot be written fails the stream; the atomic write leaves nothing and passes the error on', async () => {
    const p = plan();
    // A broken body row on Danh mục (no formula reads it, so the cached results are computed):
    // its sheet's part fails while it is written.
    const catalogue = p.sheets.find((s) => s.tables.length && s.name !== p.sheets[0].name && !s.tables.some((t) => t.columns.some((c) => c.key === 'status')));
    if (!catalogue) throw new Error('the plan has no sheet without a status column');
    (catalogue.tables[0].rows as unknown[]).push(null);
    await expect(gathered(workbookStream(p))).rejects.toThrow(TypeError);

    const dir = mkdtempSync(join(tmpdir(), 'phuluc-wstream-'));
    const path = join(dir, 'so.xlsx');
    const target = await outputTarget(path);
    if (!target.ok) throw new Error(target.message);
    await expect(writeAtomically(target.value, workbookStream(p))).rejects.toThrow(TypeError);
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
