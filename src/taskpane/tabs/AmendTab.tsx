import { Button, Field, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { Notice, NoticeBar } from './common';

/** Điều chỉnh: waits for the core's applyAmendment (src/core/amend) to land. */
export function AmendTab() {
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  return (
    <div>
      <Text>Áp dụng văn bản điều chỉnh, bổ sung, lược bỏ cho chương trình đã có trong sổ.</Text>
      <Field label="Dán văn bản điều chỉnh">
        <Textarea data-testid="amend-source" value={text} onChange={(_, d) => setText(d.value)} rows={8} resize="vertical" />
      </Field>
      <div style={{ margin: '8px 0' }}>
        <Button data-testid="amend-preview" onClick={() => setNotice({ intent: 'warning', text: 'Phiên bản này chưa có chức năng áp dụng văn bản điều chỉnh trong Excel; hãy dùng lệnh «phuluc amend».' })}>
          Xem trước thay đổi
        </Button>
      </div>
      <NoticeBar notice={notice} />
    </div>
  );
}
