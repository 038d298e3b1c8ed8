import { FluentProvider, SelectTabData, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import type { Settings } from './actions';
import { AmendTab } from './tabs/AmendTab';
import { CheckTab } from './tabs/CheckTab';
import { CycleTab } from './tabs/CycleTab';
import { ImportTab } from './tabs/ImportTab';
import { StatusTab } from './tabs/StatusTab';

type TabId = 'import' | 'amend' | 'check' | 'status' | 'cycle';

export function App() {
  const [tab, setTab] = useState<TabId>('import');
  const [settings, setSettings] = useState<Settings>({ asOf: null, dueSoonDays: 30 });
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh', padding: '8px 12px' }}>
      <TabList selectedValue={tab} onTabSelect={(_, d: SelectTabData) => setTab(d.value as TabId)} size="small">
        <Tab value="import">Nhập</Tab>
        <Tab value="amend">Điều chỉnh</Tab>
        <Tab value="check">Kiểm tra</Tab>
        <Tab value="status">Tình trạng &amp; Tổng hợp</Tab>
        <Tab value="cycle">Chu kỳ báo cáo</Tab>
      </TabList>
      {/* Every tab stays mounted (hidden when not shown), so a pasted text survives a tab switch. */}
      <div style={{ paddingTop: 8 }}>
        <div hidden={tab !== 'import'} data-testid="tab-import"><ImportTab settings={settings} /></div>
        <div hidden={tab !== 'amend'} data-testid="tab-amend"><AmendTab settings={settings} /></div>
        <div hidden={tab !== 'check'} data-testid="tab-check"><CheckTab /></div>
        <div hidden={tab !== 'status'} data-testid="tab-status"><StatusTab settings={settings} onChange={(s) => setSettings({ ...s, chosen: true })} /></div>
        <div hidden={tab !== 'cycle'} data-testid="tab-cycle"><CycleTab settings={settings} /></div>
      </div>
    </FluentProvider>
  );
}
