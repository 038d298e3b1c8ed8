import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import type { Settings } from './actions';
import { TabBar, TabId } from './TabBar';
import { AmendTab } from './tabs/AmendTab';
import { CheckTab } from './tabs/CheckTab';
import { CycleTab } from './tabs/CycleTab';
import { ImportTab } from './tabs/ImportTab';
import { StatusTab } from './tabs/StatusTab';

export function App() {
  const [tab, setTab] = useState<TabId>('import');
  const [settings, setSettings] = useState<Settings>({ asOf: null, dueSoonDays: 30 });
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh', padding: '8px 12px', boxSizing: 'border-box' }}>
      <TabBar selected={tab} onSelect={setTab} />
      {/* Every tab stays mounted (hidden when not shown), so a pasted text survives a tab switch. */}
      <main style={{ paddingTop: 8, overflowWrap: 'anywhere', minWidth: 0 }}>
        <div hidden={tab !== 'import'} data-testid="tab-import"><ImportTab settings={settings} /></div>
        <div hidden={tab !== 'amend'} data-testid="tab-amend"><AmendTab settings={settings} /></div>
        <div hidden={tab !== 'check'} data-testid="tab-check"><CheckTab /></div>
        <div hidden={tab !== 'status'} data-testid="tab-status">
          <StatusTab settings={settings} active={tab === 'status'}
            onChange={(s) => setSettings({ ...s, chosen: true })}
            onRead={(s) => setSettings((old) => (old.chosen ? old : { ...s, chosen: false }))} />
        </div>
        <div hidden={tab !== 'cycle'} data-testid="tab-cycle"><CycleTab settings={settings} /></div>
      </main>
    </FluentProvider>
  );
}
