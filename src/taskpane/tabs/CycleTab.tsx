import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { MergeConflict } from '../../core/cycle/merge';
import { dateInput, displayDate } from '../../app';
import { errorText, Settings, todayIso } from '../actions';
import { canCreateWorkbooks, openWorkbooks, readCycleState, writeCycleSheets, writeMergedCells } from '../cycleHost';
import { agencyBooks, base64, bookBytes, mergeInPane, periodNotice, readReplies, reportInPane, sentSheetOf, withoutLeadNotice } from '../logic/cycle';
import { Notice, NoticeBar, Progress } from './common';

interface Download {
  name: string;
  agency: string;
  url: string;
}

/**
 * Chu kỳ báo cáo: prepare every agency's workbook at once, merge the replies the user picks,
 * show conflicts and who has not replied, build the Báo cáo sheet — the same core as the
 * command line's split / merge / report.
 */
export function CycleTab({ settings }: { settings: Settings }) {
  /** Hạn gửi lại as typed (dd/mm/yyyy, empty: none). */
  const [replyBy, setReplyBy] = useState('');
  const [replyByError, setReplyByError] = useState('');
  const [sendTo, setSendTo] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [downloads, setDownloads] = useState<Download[]>([]);
  const [conflicts, setConflicts] = useState<MergeConflict[]>([]);
  const [notReplied, setNotReplied] = useState<string[]>([]);
  const asOf = settings.asOf ?? todayIso();

  const prepare = async () => {
    const due = replyBy.trim() ? dateInput(replyBy) : null;
    setReplyByError(replyBy.trim() && !due ? `Hạn gửi lại «${replyBy.trim()}» không hợp lệ: cần dạng ngày/tháng/năm, ví dụ 15/07/2026.` : '');
    if (replyBy.trim() && !due) return;
    setProgress(0);
    try {
      const state = await readCycleState();
      if (!state.tables.length) return setNotice({ intent: 'error', text: 'Sổ này chưa có bảng phụ lục: hãy nhập văn bản ở thẻ «Nhập» trước.' });
      const now = new Date();
      const books = agencyBooks(state, { asOf, replyBy: due, sendTo: sendTo || null, now });
      if (!books.length) return setNotice({ intent: 'error', text: 'Không có nhiệm vụ nào ghi cơ quan chủ trì: không có tệp nào để gửi.' });
      const bytes: Uint8Array[] = [];
      for (const [i, b] of books.entries()) {
        bytes.push(await bookBytes(b));
        setProgress((i + 1) / books.length / 2);
      }
      // Recorded in the master (Lần gửi), so a reply to an earlier split is told apart at the next merge.
      await writeCycleSheets([sentSheetOf(state, books, { asOf, replyBy: due, now })]);
      downloads.forEach((d) => URL.revokeObjectURL(d.url));
      const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      setDownloads(books.map((b, i) => ({ name: b.fileName, agency: b.agency, url: URL.createObjectURL(new Blob([bytes[i] as Uint8Array<ArrayBuffer>], { type })) })));
      // Tasks without a lead are in no book: said, never left out silently (as `phuluc split` does).
      const unassigned = [withoutLeadNotice(state, asOf), periodNotice(state, asOf)].filter(Boolean).join(' ');
      const more = unassigned ? ` ${unassigned}` : '';
      if (canCreateWorkbooks()) {
        await openWorkbooks(bytes.map(base64));
        setNotice({
          intent: unassigned ? 'warning' : 'success',
          text: `Đã mở ${books.length} sổ mới, mỗi cơ quan một sổ: lưu từng sổ với tên gợi ý bên dưới rồi gửi đi. Excel trên web có thể chặn cửa sổ mới: khi đó hãy tải các tệp bên dưới.${more}`,
        });
      } else {
        setNotice({
          intent: 'warning',
          text: `Excel này không cho add-in mở sổ mới (cần Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web). Đã chuẩn bị ${books.length} tệp: tải từng tệp bên dưới, hoặc dùng lệnh “phuluc split”.${more}`,
        });
      }
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setProgress(null);
    }
  };

  const merge = async (list: FileList | null) => {
    if (!list?.length) return;
    setProgress(0);
    try {
      const files = await Promise.all(Array.from(list).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const { replies, refused } = await readReplies(files);
      if (refused.length) {
        return setNotice({ intent: 'error', text: `Không phải tệp trả lời do Phụ lục tạo: ${refused.join(', ')}. Chưa gộp tệp nào.` });
      }
      const state = await readCycleState();
      const m = mergeInPane(state, replies, { asOf, dueSoonDays: settings.dueSoonDays, now: new Date() });
      if (!m.merged) {
        setConflicts(m.result.conflicts);
        setNotReplied(m.result.notReplied);
        return setNotice({ intent: 'warning', text: 'Không gộp tệp nào: các tệp đã chọn thuộc chương trình khác hoặc kỳ báo cáo trước (xem bên dưới). Sổ giữ nguyên.' });
      }
      await writeMergedCells(state.tables, m.result.cells);
      await writeCycleSheets(m.sheets, setProgress);
      setConflicts(m.result.conflicts);
      setNotReplied(m.result.notReplied);
      setNotice({
        intent: m.result.conflicts.length ? 'warning' : 'success',
        text: `Đã gộp ${m.merged} tệp${m.merged < replies.length ? ` (${replies.length - m.merged} tệp không gộp)` : ''}: ${m.result.updated.length} nhiệm vụ được cập nhật, ${m.result.conflicts.length} vấn đề cần xem (không tự áp dụng). ${m.backup ? `Bảng cũ được sao lưu vào trang «${m.backup}»` : 'Không ô nào trong bảng thay đổi nên không cần sao lưu'}; trang Báo cáo và Lịch sử đã cập nhật tính đến ngày ${displayDate(asOf)}.`,
      });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setProgress(null);
    }
  };

  const report = async () => {
    setProgress(0);
    try {
      const r = reportInPane(await readCycleState(), { asOf, dueSoonDays: settings.dueSoonDays, now: new Date() });
      const sheets = await writeCycleSheets(r.sheets, setProgress);
      setNotice({
        intent: 'success',
        text: `Đã lập trang ${sheets.join(', ')} tính đến ngày ${displayDate(asOf)}: ${r.report.total} nhiệm vụ, ${r.report.overdue.length} quá hạn.`,
      });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setProgress(null);
    }
  };

  return (
    <div>
      <Text size={200}>Ngày báo cáo lấy ở thẻ «Tình trạng & Tổng hợp» ({displayDate(asOf)}).</Text>
      <Field label="Hạn gửi lại (ngày/tháng/năm)" validationMessage={replyByError || undefined} validationState={replyByError ? 'error' : 'none'}>
        <Input data-testid="reply-by" placeholder="dd/mm/yyyy" inputMode="numeric" value={replyBy} onChange={(_, d) => setReplyBy(d.value)} />
      </Field>
      <Field label="Gửi về (cơ quan nhận báo cáo)">
        <Input data-testid="send-to" value={sendTo} onChange={(_, d) => setSendTo(d.value)} />
      </Field>
      <div style={{ display: 'flex', gap: 8, margin: '8px 0', flexWrap: 'wrap' }}>
        <Button appearance="primary" data-testid="prepare" disabled={progress !== null} onClick={prepare}>
          Chuẩn bị tệp cho các cơ quan
        </Button>
        <Button data-testid="report" disabled={progress !== null} onClick={report}>
          Lập trang Báo cáo
        </Button>
      </div>
      <Field label="Gộp các tệp cơ quan gửi lại (.xlsx, chọn nhiều tệp)">
        <input
          type="file"
          multiple
          accept=".xlsx"
          data-testid="replies"
          aria-label="Gộp các tệp cơ quan gửi lại"
          disabled={progress !== null}
          onChange={(e) => void merge(e.target.files)}
        />
      </Field>
      <NoticeBar notice={notice} />
      <Progress value={progress} />
      {downloads.length > 0 && (
        <ul data-testid="downloads">
          {downloads.map((d) => (
            <li key={d.name}>
              <a href={d.url} download={d.name}>
                {d.name}
              </a>{' '}
              — {d.agency}
            </li>
          ))}
        </ul>
      )}
      {conflicts.length > 0 && (
        <ul data-testid="conflicts">
          {[...new Set(conflicts.map((c) => c.message))].map((m) => (
            <li key={m}>
              <Text size={200}>{m}</Text>
            </li>
          ))}
        </ul>
      )}
      {notReplied.length > 0 && (
        <Text data-testid="not-replied" size={200}>
          Chưa gửi báo cáo: {notReplied.join('; ')}.
        </Text>
      )}
    </div>
  );
}
