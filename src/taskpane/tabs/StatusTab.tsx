import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useLayoutEffect, useState } from 'react';
import { displayDate, isoToSerial } from '../../app';
import { errorText, Settings } from '../actions';
import { readReportSettings, setReportSettings, writePlan } from '../host';
import { dateField, daysField, fieldsFromWorkbook } from '../logic/reportSettings';
import { workbookPlanNow } from '../programmeActions';
import { Busy, Notice, NoticeBar, Progress } from './common';

interface Props {
  settings: Settings;
  /** True while the tab is shown: each time it is shown, the workbook's own settings are read. */
  active: boolean;
  /** The user applied new settings. */
  onChange: (s: Settings) => void;
  /** The settings read from the workbook (not a choice of the user). */
  onRead: (s: Settings) => void;
}

/**
 * Tình trạng & Tổng hợp: the report date and the due-soon window, read from the workbook's named
 * cells before they are shown; typed as dd/mm/yyyy and a whole number, checked when applied.
 */
export function StatusTab({ settings, active, onChange, onRead }: Props) {
  const [notice, setNotice] = useState<Notice>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [date, setDate] = useState(settings.asOf ? displayDate(settings.asOf) : '');
  const [days, setDays] = useState(String(settings.dueSoonDays));
  const [dateError, setDateError] = useState('');
  const [daysError, setDaysError] = useState('');
  const [loading, setLoading] = useState(false);
  /** The user typed in a field since the last read or apply: a new read would lose it. */
  const [dirty, setDirty] = useState(false);
  const [hasSummary, setHasSummary] = useState<boolean | null>(null);

  // A layout effect: the fields are disabled before the pane paints the tab, so nothing typed
  // while the workbook is read is overwritten by the read.
  useLayoutEffect(() => {
    if (!active || dirty) return;
    let gone = false;
    setLoading(true);
    readReportSettings()
      .then((s) => {
        if (gone) return;
        setHasSummary(s !== null);
        if (!s) return;
        const f = fieldsFromWorkbook(s, settings.dueSoonDays);
        setDate(f.date);
        setDays(f.days);
        setDateError('');
        setDaysError('');
        if (f.problem) setNotice({ intent: 'warning', text: f.problem });
        const read = dateField(f.date);
        const n = daysField(f.days);
        onRead({ asOf: read.ok ? read.value : null, dueSoonDays: n.ok ? n.value : settings.dueSoonDays });
      })
      .catch((e) => !gone && setNotice({ intent: 'error', text: errorText(e) }))
      .finally(() => !gone && setLoading(false));
    return () => {
      gone = true;
    };
    // Read again only when the tab is shown again (not when the fields the user edits change).
  }, [active]);

  /** The fields checked: the settings to use, or null (each field then says what is wrong). */
  const checked = (): Settings | null => {
    const d = dateField(date);
    const n = daysField(days);
    setDateError(d.ok ? '' : d.message);
    setDaysError(n.ok ? '' : n.message);
    if (!d.ok || !n.ok) return null;
    const s = { asOf: d.value, dueSoonDays: n.value };
    onChange(s);
    setDirty(false);
    return s;
  };

  const colours = async () => {
    const s = checked();
    if (!s) return;
    try {
      const done = await setReportSettings(s.asOf ? isoToSerial(s.asOf) : null, s.dueSoonDays);
      setNotice(
        done
          ? { intent: 'success', text: `Đã cập nhật tình trạng và màu theo ngày ${s.asOf ? displayDate(s.asOf) : 'hôm nay'}, sắp đến hạn trong ${s.dueSoonDays} ngày.` }
          : { intent: 'error', text: 'Sổ này chưa có trang Tổng hợp (ô NgayBaoCao): hãy nhập văn bản ở thẻ «Nhập» trước.' },
      );
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    }
  };
  const summary = async () => {
    const s = checked();
    if (!s) return;
    setProgress(0);
    try {
      // Every programme of the workbook under its own tag (a workbook may hold several).
      const now = await workbookPlanNow({ ...settings, ...s });
      if (!now.ok) return setNotice({ intent: 'error', text: now.message });
      const plan = now.value;
      const sheets = plan.sheets.filter((x) => x.kind === 'summary');
      const r = await writePlan({ ...plan, sheets }, setProgress);
      setNotice({ intent: 'success', text: `Đã tạo lại trang ${r.sheets.join(', ')} (kèm biểu đồ).` });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setProgress(null);
    }
  };

  const busy = loading || progress !== null;
  return (
    <div>
      {loading && <Busy label="Đang đọc ngày báo cáo trong sổ…" />}
      {hasSummary === false && !loading && (
        <NoticeBar notice={{ intent: 'info', text: 'Sổ này chưa có trang Tổng hợp: hãy nhập văn bản ở thẻ «Nhập» trước. Có thể đặt sẵn ngày báo cáo cho lần ghi đầu tiên.' }} />
      )}
      <Field label="Ngày báo cáo (ngày/tháng/năm; để trống: hôm nay)" validationMessage={dateError || undefined} validationState={dateError ? 'error' : 'none'}>
        <Input
          data-testid="as-of"
          value={date}
          placeholder="dd/mm/yyyy"
          inputMode="numeric"
          disabled={loading}
          onChange={(_, d) => {
            setDate(d.value);
            setDirty(true);
          }}
        />
      </Field>
      <Field label="Sắp đến hạn trong (ngày)" validationMessage={daysError || undefined} validationState={daysError ? 'error' : 'none'}>
        <Input
          type="number"
          min={0}
          step={1}
          data-testid="due-soon"
          value={days}
          disabled={loading}
          onChange={(_, d) => {
            setDays(d.value);
            setDirty(true);
          }}
        />
      </Field>
      <div style={{ display: 'flex', gap: 8, margin: '8px 0', flexWrap: 'wrap' }}>
        <Button data-testid="refresh-colours" disabled={busy} onClick={colours}>
          Cập nhật màu
        </Button>
        <Button appearance="primary" data-testid="summary" disabled={busy} onClick={summary}>
          Tạo / cập nhật tổng hợp
        </Button>
      </div>
      <Text size={200}>Tình trạng là công thức: màu tự đổi khi đến ngày hoặc khi người dùng ghi Tiến độ, Ngày hoàn thành.</Text>
      <NoticeBar notice={notice} />
      <Progress value={progress} />
    </div>
  );
}
