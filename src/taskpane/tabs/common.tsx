/**
 * The pane's states, the same on every tab: a notice (Fluent MessageBar: error, warning, success,
 * info), work in progress with a known share (ProgressBar) or without one (Spinner).
 */
import { MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Spinner } from '@fluentui/react-components';

export type Notice = { intent: 'error' | 'success' | 'warning' | 'info'; text: string; title?: string; testId?: string } | null;

export function NoticeBar({ notice, testId }: { notice: Notice; testId?: string }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} data-testid={testId ?? notice.testId ?? `notice-${notice.intent}`} layout="multiline" style={{ margin: '8px 0' }}>
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Work whose share done is known (0…1); nothing when `value` is null. */
export function Progress({ value }: { value: number | null }) {
  if (value === null) return null;
  return <ProgressBar value={value} max={1} thickness="large" data-testid="progress" aria-label="Đang xử lý" style={{ margin: '8px 0' }} />;
}

/** Work whose length is not known: a spinner saying what is being done. */
export function Busy({ label }: { label: string }) {
  return <Spinner size="tiny" label={label} labelPosition="after" data-testid="busy" style={{ margin: '8px 0', justifyContent: 'flex-start' }} />;
}
