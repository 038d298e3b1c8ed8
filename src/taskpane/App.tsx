import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { lazy, ReactNode, Suspense, useEffect, useState } from 'react';
import type { Settings } from './actions';
import { TabBar, TabId } from './TabBar';

// The tabs (and the readers, checks and workbook drawing behind them: most of the pane's script)
// are chunks of their own, asked for only after the first paint: the pane shows its tab list as
// soon as React and Fluent UI have run, without the chunks' download and start-up in the way, and
// each tab fills in when its chunk arrives (the Nhập tab's first).
const ImportTab = lazy(() => import(/* webpackChunkName: "tab-import" */ './tabs/ImportTab').then((m) => ({ default: m.ImportTab })));
const AmendTab = lazy(() => import(/* webpackChunkName: "tab-amend" */ './tabs/AmendTab').then((m) => ({ default: m.AmendTab })));
const CheckTab = lazy(() => import(/* webpackChunkName: "tab-check" */ './tabs/CheckTab').then((m) => ({ default: m.CheckTab })));
const StatusTab = lazy(() => import(/* webpackChunkName: "tab-status" */ './tabs/StatusTab').then((m) => ({ default: m.StatusTab })));
const CycleTab = lazy(() => import(/* webpackChunkName: "tab-cycle" */ './tabs/CycleTab').then((m) => ({ default: m.CycleTab })));

const LOADING = <p style={{ margin: 0, fontSize: 13 }}>Đang tải…</p>;

/**
 * False until the frame after the first paint (or 100 ms, when the pane is hidden and frames
 * wait), then true: when the tabs may be rendered and their chunks fetched.
 */
function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      setPainted(true);
    };
    const frame = requestAnimationFrame(() => setTimeout(go, 0));
    const timer = setTimeout(go, 100);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

export function App() {
  const [tab, setTab] = useState<TabId>('import');
  const [settings, setSettings] = useState<Settings>({ asOf: null, dueSoonDays: 30 });
  const painted = usePainted();
  /** One tab's content once painted, with a line of its own while its chunk loads (the other tabs are not held up). */
  const load = (content: ReactNode) => (painted ? <Suspense fallback={LOADING}>{content}</Suspense> : LOADING);
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh', padding: '8px 12px', boxSizing: 'border-box' }}>
      <TabBar selected={tab} onSelect={setTab} />
      {/* Every tab stays mounted (hidden when not shown), so a pasted text survives a tab switch. */}
      <main style={{ paddingTop: 8, overflowWrap: 'anywhere', minWidth: 0 }}>
        <div hidden={tab !== 'import'} data-testid="tab-import">
          {load(<ImportTab settings={settings} />)}
        </div>
        <div hidden={tab !== 'amend'} data-testid="tab-amend">
          {load(<AmendTab settings={settings} />)}
        </div>
        <div hidden={tab !== 'check'} data-testid="tab-check">
          {load(<CheckTab />)}
        </div>
        <div hidden={tab !== 'status'} data-testid="tab-status">
          {load(
            <StatusTab
              settings={settings}
              active={tab === 'status'}
              onChange={(s) => setSettings({ ...s, chosen: true })}
              onRead={(s) => setSettings((old) => (old.chosen ? old : { ...s, chosen: false }))}
            />,
          )}
        </div>
        <div hidden={tab !== 'cycle'} data-testid="tab-cycle">
          {load(<CycleTab settings={settings} />)}
        </div>
      </main>
    </FluentProvider>
  );
}
