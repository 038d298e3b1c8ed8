import { Button, Field, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { AmendOp } from '../../core/amend/types';
import { AmendPreview, errorText, previewAmendment, Settings, writeAmendment } from '../actions';
import { Busy, Notice, NoticeBar, Progress } from './common';

const OP: Record<AmendOp, string> = {
  modify: 'Điều chỉnh',
  'modify-time': 'Điều chỉnh thời gian',
  'rename-section': 'Đổi tên mục',
  add: 'Bổ sung',
  'add-section': 'Bổ sung mục',
  remove: 'Lược bỏ',
  'no-change': 'Không điều chỉnh',
};
const cut = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n)}…` : s);

export function AmendTab({ settings }: { settings: Settings }) {
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<AmendPreview | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [progress, setProgress] = useState<number | null>(null);
  /** What the write kept and replaced of users' work, one line each. */
  const [lines, setLines] = useState<string[]>([]);
  /** The workbook is being read for the preview. */
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setPreview(null);
    setBusy(true);
    try {
      const r = await previewAmendment(text);
      if (!r.ok) return setNotice({ intent: 'error', text: r.message });
      setPreview(r.value);
      const n = r.value.result.conflicts.length;
      setNotice(n ? { intent: 'warning', text: `${n} xung đột cần xem trước khi áp dụng (không tự giải quyết).` } : null);
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  const apply = async () => {
    if (!preview) return;
    setProgress(0);
    try {
      const r = await writeAmendment(preview, settings, setProgress);
      const backup = r.backupSheet ? ` Bảng cũ được sao lưu ở trang «${r.backupSheet}».` : '';
      setNotice({ intent: 'success', text: `Đã áp dụng ${preview.result.changes.length} thay đổi; nhật ký ở trang «Điều chỉnh».${backup}` });
      setLines(r.lines.slice(1));
      setPreview(null);
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setProgress(null);
    }
  };

  const res = preview?.result;
  return (
    <div>
      <Text>Áp dụng văn bản điều chỉnh, bổ sung, lược bỏ cho chương trình đã có trong sổ.</Text>
      <Field label="Dán văn bản điều chỉnh">
        <Textarea data-testid="amend-source" value={text} onChange={(_, d) => setText(d.value)} rows={8} resize="vertical" />
      </Field>
      <div style={{ display: 'flex', gap: 8, margin: '8px 0' }}>
        <Button data-testid="amend-preview" disabled={busy} onClick={run}>
          Xem trước thay đổi
        </Button>
        <Button appearance="primary" data-testid="amend-apply" disabled={!preview || progress !== null} onClick={apply}>
          Áp dụng
        </Button>
      </div>
      {busy && <Busy label="Đang đọc chương trình trong sổ…" />}
      <NoticeBar notice={notice} />
      {lines.length > 0 && (
        <div data-testid="amend-reimport-report" style={{ whiteSpace: 'pre-wrap', fontSize: 12, margin: '4px 0' }}>
          {lines.join('\n')}
        </div>
      )}
      <Progress value={progress} />
      {res && (
        <div data-testid="amend-preview-result">
          {res.conflicts.length > 0 && (
            <section data-testid="amend-conflicts" aria-label="Xung đột" style={{ margin: '8px 0' }}>
              <Text weight="semibold">{res.conflicts.length} xung đột (cần xem trước khi áp dụng)</Text>
              <ul style={{ margin: '2px 0', paddingLeft: 18 }}>
                {res.conflicts.map((c, i) => (
                  <li key={i} data-testid="amend-conflict">
                    <Text size={200}>
                      {[c.section && `mục ${c.section}`, c.point && `điểm ${c.point}`, `dòng ${c.line}`].filter(Boolean).join(', ')}: {c.message}
                    </Text>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section data-testid="amend-changes" aria-label="Thay đổi">
            <Text weight="semibold">{res.changes.length} thay đổi</Text>
            {res.changes.map((c, i) => (
              <div key={i} data-testid="amend-change" style={{ borderTop: '1px solid #e0e0e0', padding: '4px 0' }}>
                <Text size={200}>
                  <b>{OP[c.op]}</b> {[c.section && `mục ${c.section}`, c.point && `điểm ${c.point}`].filter(Boolean).join(', ')}
                </Text>
                {c.before && (
                  <div data-testid="amend-before" style={{ fontSize: 12 }}>
                    <span style={{ color: '#a4262c' }}>Cũ:</span> {cut(c.before)}
                  </div>
                )}
                {c.after && (
                  <div data-testid="amend-after" style={{ fontSize: 12 }}>
                    <span style={{ color: '#0e700e' }}>Mới:</span> {cut(c.after)}
                  </div>
                )}
              </div>
            ))}
          </section>
          {(res.notApplied?.length ?? 0) > 0 && (
            <section data-testid="amend-not-applied" aria-label="Không áp dụng" style={{ marginTop: 8 }}>
              <Text weight="semibold">Không áp dụng (không phải nội dung điều chỉnh): {res.notApplied!.length} đoạn</Text>
              {res.notApplied!.map((n, i) => (
                <div key={i} style={{ fontSize: 12 }}>
                  • dòng {n.line}: {cut(n.text)}
                </div>
              ))}
            </section>
          )}
        </div>
      )}
    </div>
  );
}
