import { MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';

export type Notice = { intent: 'error' | 'success' | 'warning' | 'info'; text: string } | null;

export function NoticeBar({ notice }: { notice: Notice }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} data-testid={`notice-${notice.intent}`} style={{ margin: '8px 0' }}>
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}

export function Progress({ value }: { value: number | null }) {
  if (value === null) return null;
  return <ProgressBar value={value} max={1} thickness="large" data-testid="progress" style={{ margin: '8px 0' }} />;
}
