import { isoToSerial } from '../../core/status/dates';
import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { errorText, Settings } from '../actions';
import { setReportSettings, writePlan } from '../host';
import { workbookPlanNow } from '../programmeActions';
import { Notice, NoticeBar, Progress } from './common';


export function StatusTab({ settings, onChange }: { settings: Settings; onChange: (s: Settings) => void }) {
  const [notice, setNotice] = useState<Notice>(null);
  const [progress, setProgress] = useState<number | null>(null);

  const colours = async () => {
    try {
      const done = await setReportSettings(settings.asOf ? isoToSerial(settings.asOf) : null, settings.dueSoonDays);
      setNotice(done
        ? { intent: 'success', text: `Đã cập nhật tình trạng và màu theo ngày ${settings.asOf ?? 'hôm nay'}, sắp đến hạn trong ${settings.dueSoonDays} ngày.` }
        : { intent: 'error', text: 'Sổ này chưa có trang Tổng hợp (ô NgayBaoCao): hãy nhập văn bản ở thẻ «Nhập» trước.' });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    }
  };
  const summary = async () => {
    setProgress(0);
    try {
      // Every programme of the workbook under its own tag (a workbook may hold several).
      const now = await workbookPlanNow(settings);
      if (!now.ok) return setNotice({ intent: 'error', text: now.message });
      const plan = now.value;
      const sheets = plan.sheets.filter((s) => s.kind === 'summary');
      const r = await writePlan({ ...plan, sheets }, setProgress);
      setNotice({ intent: 'success', text: `Đã tạo lại trang ${r.sheets.join(', ')} (kèm biểu đồ).` });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setProgress(null);
    }
  };

  return (
    <div>
      <Field label="Ngày báo cáo (để trống: hôm nay)">
        <Input type="date" data-testid="as-of" value={settings.asOf ?? ''} onChange={(_, d) => onChange({ ...settings, asOf: d.value || null })} />
      </Field>
      <Field label="Sắp đến hạn trong (ngày)">
        <Input type="number" min={1} max={365} data-testid="due-soon" value={String(settings.dueSoonDays)}
          onChange={(_, d) => onChange({ ...settings, dueSoonDays: Math.max(1, Math.min(365, Number(d.value) || 30)) })} />
      </Field>
      <div style={{ display: 'flex', gap: 8, margin: '8px 0', flexWrap: 'wrap' }}>
        <Button data-testid="refresh-colours" onClick={colours}>Cập nhật màu</Button>
        <Button appearance="primary" data-testid="summary" disabled={progress !== null} onClick={summary}>Tạo / cập nhật tổng hợp</Button>
      </div>
      <Text size={200}>Tình trạng là công thức: màu tự đổi khi đến ngày hoặc khi người dùng ghi Tiến độ, Ngày hoàn thành.</Text>
      <NoticeBar notice={notice} />
      <Progress value={progress} />
    </div>
  );
}
