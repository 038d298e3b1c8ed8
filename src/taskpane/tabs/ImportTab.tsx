import { Button, Field, Textarea, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { SourceDocument } from '../../core/document';
import { errorText, FILE_TYPES, fileDocument, parse, parseDocument, Parsed, PASTE_SOURCE, PreparedWrite, Settings } from '../actions';
import type { KeepResult } from '../../core/plan/keepUserCells';
import { commitProgrammeWrite, prepareImport, ProgrammeChoice, ProgrammeQuestion } from '../programmeActions';
import { ProgrammeChoiceDialog } from './ProgrammeChoiceDialog';
import { Busy, Notice, NoticeBar, Progress } from './common';
import { PreviewView } from './ImportPreview';

/** A failed read or preview: a text that is not a programme (a regulation, a list of procedures) is said to be so, anything else is an error. */
const failure = (message: string, notProgramme = false): Notice =>
  notProgramme
    ? { intent: 'warning', testId: 'not-programme', title: 'Không phải chương trình, kế hoạch', text: `${message} Không có gì để ghi vào sổ.` }
    : { intent: 'error', text: message };

export function ImportTab({ settings }: { settings: Settings }) {
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [fileName, setFileName] = useState('');
  /** The TCVN3/VNI conversion note of the file or pasted text now in the box. */
  const [note, setNote] = useState<string | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  /** The clipboard's text/html of the paste that filled the whole box (read instead of the text when it holds a table). */
  const [html, setHtml] = useState<string | undefined>();
  const pastedHtml = useRef<string | undefined>();
  /** The chosen file's document (tables with merged cells): previewed while the box shows its text unchanged. */
  const fileDoc = useRef<{ document: SourceDocument; text: string } | null>(null);
  /** A re-import that would replace users' corrections: waiting for the user's choice. */
  const [pending, setPending] = useState<PreparedWrite | null>(null);
  /** What the last write kept, replaced and where the old values are, one line each. */
  const [lines, setLines] = useState<string[]>([]);
  /** A chosen file is being read. */
  const [reading, setReading] = useState(false);
  /** The workbook holds another programme: replace it or keep both? (ProgrammeChoiceDialog). */
  const [ask, setAsk] = useState<ProgrammeQuestion | null>(null);
  /** Of the write being prepared: old sheets to remove once written, and the sentence about the programmes. */
  const programmes = useRef({ remove: [] as string[], line: '' });

  const onFile = async (f: File | undefined) => {
    if (!f) return;
    setReading(true);
    const r = await fileDocument(f.name, new Uint8Array(await f.arrayBuffer())).finally(() => setReading(false));
    if (!r.ok) return setNotice(failure(r.message));
    const shown = r.value.document.lines.join('\n');
    fileDoc.current = { document: r.value.document, text: shown };
    setText(shown);
    setHtml(undefined);
    preview(shown, r.value.note, undefined);
  };
  const preview = (t = text, fileNote = note, h = html) => {
    setParsed(null);
    setNote(fileNote);
    const doc = fileDoc.current && fileDoc.current.text === t ? fileDoc.current.document : null;
    const r = doc ? parseDocument(doc, fileNote) : parse(t, h);
    if (!r.ok) return setNotice(failure(r.message, r.notProgramme));
    setParsed(r.value);
    setNote(r.value.note ?? fileNote);
    setNotice(null);
  };
  const write = async (choice: ProgrammeChoice | null = null) => {
    if (!parsed) return;
    setProgress(0);
    setNotice(null);
    setLines([]);
    try {
      const r = await prepareImport(parsed, settings, choice);
      if (r.ask) {
        setAsk(r.ask);
        setProgress(null);
        return;
      }
      const prepared = r.prepared;
      programmes.current = { remove: prepared.removeSheets, line: prepared.programmeLine };
      if (prepared.replace.report.replaced.length) {
        // Users corrected cells the document says otherwise: ask before replacing them.
        setPending(prepared);
        setProgress(null);
        return;
      }
      await commit(prepared.replace, prepared.note);
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
      setProgress(null);
    }
  };
  const commit = async (keep: KeepResult, note?: string) => {
    setPending(null);
    setProgress(0.1);
    try {
      const r = await commitProgrammeWrite(keep, programmes.current.remove, programmes.current.line, (d) => setProgress(0.1 + 0.9 * d));
      const kept = r.kept ? ` Giữ lại ${r.kept} ô người dùng đã nhập.` : '';
      const backup = r.backupSheet ? ` Bảng cũ được sao lưu ở trang «${r.backupSheet}».` : '';
      setNotice({ intent: note ? 'warning' : 'success', text: `Đã ghi ${r.report.sheets.length} trang: ${r.report.sheets.join(', ')}.${kept}${backup}${note ? ` ${note}` : ''}` });
      setLines(r.lines.slice(1));
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setProgress(null);
    }
  };

  const p = parsed?.preview;
  return (
    <div>
      <Field label="Dán văn bản chương trình, kế hoạch (hoặc chọn tệp .txt, .md, .docx, .html)">
        <Textarea
          data-testid="source"
          value={text}
          resize="vertical"
          rows={8}
          onPaste={(e) => {
            // The HTML is kept only when the paste replaces the whole box (then it is the whole source);
            // typing afterwards drops it (onChange without a paste).
            const box = e.currentTarget;
            const whole = box.selectionStart === 0 && box.selectionEnd === box.value.length;
            const h = e.clipboardData.getData('text/html');
            pastedHtml.current = whole && h ? h : undefined;
          }}
          onChange={(_, d) => {
            setText(d.value);
            setNote(undefined);
            setHtml(pastedHtml.current);
            pastedHtml.current = undefined;
          }}
        />
      </Field>
      <div style={{ display: 'flex', gap: 8, margin: '8px 0', flexWrap: 'wrap' }}>
        <input
          ref={fileInput}
          type="file"
          accept={FILE_TYPES}
          data-testid="file"
          style={{ display: 'none' }}
          onChange={(e) => {
            const f = e.target.files?.[0];
            setFileName(f?.name ?? '');
            void onFile(f);
            e.target.value = '';
          }}
        />
        <Button data-testid="choose-file" onClick={() => fileInput.current?.click()}>
          Chọn tệp…
        </Button>
        <Button data-testid="preview" onClick={() => preview()}>
          Xem trước
        </Button>
        <Button appearance="primary" data-testid="write" disabled={!parsed || progress !== null} onClick={() => write()}>
          Ghi vào sổ
        </Button>
      </div>
      {fileName && <Text size={200}>Tệp: {fileName}</Text>}
      {reading && <Busy label="Đang đọc tệp…" />}
      {parsed?.source && (
        <div>
          <Text size={200} data-testid="paste-source">
            {PASTE_SOURCE[parsed.source]}
          </Text>
        </div>
      )}
      {note && <NoticeBar notice={{ intent: 'warning', text: note }} />}
      <NoticeBar notice={notice} />
      {pending && (
        <div data-testid="reimport-ask" style={{ border: '1px solid #c19c00', padding: 8, margin: '8px 0' }}>
          <Text weight="semibold">
            {pending.replace.report.replaced.length} ô trong sổ khác văn bản (người dùng đã sửa, hoặc văn bản đã đổi). Giữ giá trị trong sổ hay thay theo văn bản? (Giá trị cũ luôn
            được chép sang trang sao lưu.)
          </Text>
          <ul>
            {pending.replace.report.replaced.map((c) => (
              <li key={c.cell}>
                {c.cell} ({c.column}, {c.row}): {c.old} → {c.new}
              </li>
            ))}
          </ul>
          <div style={{ display: 'flex', gap: 8 }}>
            <Button appearance="primary" data-testid="reimport-keep" onClick={() => commit(pending.keepEdits(), pending.note)}>
              Giữ giá trị trong sổ
            </Button>
            <Button data-testid="reimport-replace" onClick={() => commit(pending.replace, pending.note)}>
              Thay theo văn bản
            </Button>
            <Button data-testid="reimport-cancel" onClick={() => setPending(null)}>
              Huỷ
            </Button>
          </div>
        </div>
      )}
      <ProgrammeChoiceDialog
        question={ask}
        onChoose={(c) => {
          setAsk(null);
          void write(c);
        }}
        onCancel={() => setAsk(null)}
      />
      {lines.length > 0 && (
        <div data-testid="reimport-report" style={{ whiteSpace: 'pre-wrap', fontSize: 12, margin: '4px 0' }}>
          {lines.join('\n')}
        </div>
      )}
      <Progress value={progress} />
      {p && <PreviewView preview={p} />}
    </div>
  );
}
