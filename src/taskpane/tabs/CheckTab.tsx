import { Badge, Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { RULE_LABELS } from '../../app';
import type { Finding } from '../../core/validate/types';
import { checkInWorkbook, errorText } from '../actions';
import { selectCell, setCellValue } from '../host';
import type { ReadBack } from '../../core/plan/readBack';
import { Busy, Notice, NoticeBar } from './common';

const cellName = (rb: ReadBack, f: Finding) => {
  const c = rb.cellOf(f.tableIndex, f.line, f.column);
  return c ? `[${c.sheet}!${c.address}] ` : '';
};
const label = (rule: string) => (RULE_LABELS as Record<string, string>)[rule] ?? rule;

export function CheckTab() {
  const [state, setState] = useState<{ rb: ReadBack; findings: Finding[] } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const r = await checkInWorkbook();
      if (!r.ok) return setNotice({ intent: 'error', text: r.message });
      const report = r.value.report;
      setState({ rb: r.value.workbook, findings: report.findings });
      setNotice(report.findings.length ? null : { intent: 'success', text: 'Không phát hiện vấn đề nào.' });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  const go = async (f: Finding, fix: boolean) => {
    const cell = state?.rb.cellOf(f.tableIndex, f.line, f.column);
    if (!cell) return;
    try {
      if (fix && f.suggestion) {
        await setCellValue(cell.sheet, cell.address, f.suggestion);
        await run();
      }
      await selectCell(cell.sheet, cell.address);
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    }
  };

  const groups = new Map<string, Finding[]>();
  for (const f of state?.findings ?? []) groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
  return (
    <div>
      <Text>Kiểm tra bảng như hiện có trong sổ (kể cả phần người dùng đã sửa).</Text>
      <div style={{ margin: '8px 0' }}>
        <Button appearance="primary" data-testid="validate" disabled={busy} onClick={run}>
          Kiểm tra
        </Button>
      </div>
      {busy && <Busy label="Đang đọc và kiểm tra bảng trong sổ…" />}
      <NoticeBar notice={notice} />
      {state && state.findings.length > 0 && (
        <div data-testid="findings">
          <Text weight="semibold">{state.findings.length} vấn đề cần xem</Text>
          {[...groups].map(([rule, list]) => (
            <div key={rule} data-testid="finding-group" style={{ marginTop: 8 }}>
              <Text weight="semibold">{label(rule)} </Text>
              <Badge appearance="tint" color={list[0].severity === 'error' ? 'danger' : 'warning'}>
                {list.length}
              </Badge>
              {list.map((f, i) => (
                <div key={i} style={{ display: 'flex', gap: 4, alignItems: 'baseline', padding: '2px 0' }}>
                  <Button
                    size="small"
                    appearance="transparent"
                    data-testid="finding"
                    onClick={() => go(f, false)}
                    style={{ textAlign: 'left', justifyContent: 'flex-start', fontWeight: 'normal', minWidth: 0 }}
                  >
                    {cellName(state.rb, f)}
                    {f.tt ? `TT ${f.tt}: ` : ''}
                    {f.message}
                  </Button>
                  {f.certain && f.suggestion && (
                    <Button size="small" data-testid="fix" onClick={() => go(f, true)}>
                      Sửa thành «{f.suggestion}»
                    </Button>
                  )}
                </div>
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
