/**
 * The import preview, before anything is written: counts, an OCR warning, the problems grouped by
 * kind with their rows, and per table how the columns were mapped and its first rows.
 */
import { Badge, Text } from '@fluentui/react-components';
import type { ImportPreview, ProblemGroup, TablePreview } from '../logic/preview';
import { NoticeBar } from './common';

/** Rows listed per problem kind; the rest are counted ("và N dòng khác"). */
const ROWS_SHOWN = 10;

const where = (r: ProblemGroup['rows'][number]) => [r.table, r.tt ? `TT ${r.tt}` : '', `dòng ${r.line}`].filter(Boolean).join(', ');

function Problems({ groups }: { groups: ProblemGroup[] }) {
  if (!groups.length) return null;
  return (
    <section data-testid="preview-problems" aria-label="Vấn đề cần xem" style={{ marginTop: 8 }}>
      <Text weight="semibold" as="h3" size={300} style={{ margin: 0 }}>
        Vấn đề cần xem
      </Text>
      {groups.map((g) => (
        <div key={g.rule} data-testid="problem-group" style={{ marginTop: 4 }}>
          <Text weight="semibold">{g.label} </Text>
          <Badge appearance="tint" color={g.severity === 'error' ? 'danger' : 'warning'}>
            {g.rows.length} {g.severity === 'error' ? 'lỗi' : 'cảnh báo'}
          </Badge>
          <ul style={{ margin: '2px 0', paddingLeft: 18 }}>
            {g.rows.slice(0, ROWS_SHOWN).map((r, i) => (
              <li key={i} data-testid="problem-row">
                <Text size={200}>
                  {where(r)}: {r.message}
                </Text>
              </li>
            ))}
            {g.rows.length > ROWS_SHOWN && (
              <li>
                <Text size={200}>… và {g.rows.length - ROWS_SHOWN} dòng khác (xem trang Kiểm tra sau khi ghi).</Text>
              </li>
            )}
          </ul>
        </div>
      ))}
    </section>
  );
}

function TableView({ t }: { t: TablePreview }) {
  return (
    <section style={{ borderTop: '1px solid #d1d1d1', padding: '4px 0', marginTop: 8 }} data-testid="preview-table" aria-label={t.title}>
      <Text weight="semibold">{t.title}</Text>
      <div>
        Loại: {t.kind} — {t.items} dòng, {t.sections} mục
      </div>
      {t.timeKinds.length > 0 && <div>Thời gian: {t.timeKinds.map((k) => `${k.label}: ${k.count}`).join(', ')}</div>}
      <div data-testid="column-mapping" style={{ marginTop: 4 }}>
        <Text weight="semibold" size={200}>
          Cột trong văn bản → cột trong sổ
        </Text>
        <ul style={{ margin: '2px 0', paddingLeft: 18 }}>
          {t.mapping.map((m, i) => (
            <li key={i}>
              <Text size={200}>
                {m.source} → {m.target}
              </Text>
            </li>
          ))}
        </ul>
      </div>
      {t.samples.length > 0 && (
        <div data-testid="sample-rows" style={{ marginTop: 4 }}>
          <Text weight="semibold" size={200}>
            {t.samples.length} dòng đầu
          </Text>
          <ol style={{ margin: '2px 0', paddingLeft: 18, listStyle: 'none' }}>
            {t.samples.map((s, i) => (
              <li key={i} data-testid="sample-row" style={{ padding: '2px 0', borderBottom: '1px solid #e0e0e0' }}>
                <Text size={200}>
                  <b>{s.tt ? `TT ${s.tt}` : '(không số)'}</b> {s.task}
                  <br />
                  Chủ trì: {s.lead || '(trống)'}
                  <br />
                  Thời gian: {s.time || '(trống)'} → {s.due}
                </Text>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}

export function PreviewView({ preview: p }: { preview: ImportPreview }) {
  return (
    <div data-testid="import-preview">
      <Text weight="semibold" as="h2" size={400} style={{ margin: '4px 0' }}>
        {p.title || 'Văn bản không có tiêu đề'}
      </Text>
      {p.ocr && (
        <NoticeBar
          testId="ocr-warning"
          notice={{
            intent: 'warning',
            title: 'Văn bản quét (OCR)',
            text: 'Dấu tiếng Việt không đầy đủ: tên cơ quan được đối chiếu gần đúng với danh mục. Cần rà soát kỹ trước khi ghi.',
          }}
        />
      )}
      <p>
        {p.tables.length} bảng, {p.items} dòng. Cần xem: {p.errors} lỗi, {p.warnings} cảnh báo
        {p.notImported ? `, ${p.notImported} đoạn văn bản ngoài bảng (không nhập)` : ''}.
      </p>
      <Problems groups={p.problems} />
      {p.tables.map((t, i) => (
        <TableView key={i} t={t} />
      ))}
    </div>
  );
}
