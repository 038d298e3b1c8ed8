import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { lazy, ReactNode, Suspense, useEffect, useState } from 'react';
import type { Settings } from './actions';
import { TabBar, TabId } from './TabBar';
import { panelElementId, tabElementId, TABS } from './tabIds';

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
 * Read by screen readers, not shown: the pane's title bar (Office's) already shows the add-in's
 * name and the tab list the current tab (the usual "visually hidden" rules).
 */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
const HEADING_ID = 'phuluc-heading';

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

/**
 * The pane: the tab list (a `nav` landmark), then the `main` landmark, headed by an h1 naming the
 * pane and the current tab, holding one tab panel per tab. `unavailable` (the sentence saying what
 * this Excel lacks, or null) is shown at the top of `main`, so every text is inside a landmark.
 */
export function App({ unavailable = null }: { unavailable?: string | null }) {
  const [tab, setTab] = useState<TabId>('import');
  const [settings, setSettings] = useState<Settings>({ asOf: null, dueSoonDays: 30 });
  const painted = usePainted();
  /** A tab panel's role and names: labelled by its tab, which controls it. */
  const panel = (id: TabId) => ({ role: 'tabpanel', id: panelElementId(id), 'aria-labelledby': tabElementId(id) });
  /** One tab's content once painted, with a line of its own while its chunk loads (the other tabs are not held up). */
  const load = (content: ReactNode) => (painted ? <Suspense fallback={LOADING}>{content}</Suspense> : LOADING);
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh', padding: '8px 12px', boxSizing: 'border-box' }}>
      <TabBar selected={tab} onSelect={setTab} />
      {/* Every tab stays mounted (hidden when not shown), so a pasted text survives a tab switch. */}
      <main aria-labelledby={HEADING_ID} style={{ paddingTop: 8, overflowWrap: 'anywhere', minWidth: 0 }}>
        <h1 id={HEADING_ID} style={VISUALLY_HIDDEN}>
          {`Phụ lục nhiệm vụ: ${TABS.find((t) => t.id === tab)?.name ?? ''}`}
        </h1>
        {unavailable && (
          <p role="status" style={{ margin: '0 0 8px', padding: 8, background: '#FFF4CE', fontSize: 13 }}>
            {unavailable}
          </p>
        )}
        <div hidden={tab !== 'import'} {...panel('import')} data-testid="tab-import">
          {load(<ImportTab settings={settings} />)}
        </div>
        <div hidden={tab !== 'amend'} {...panel('amend')} data-testid="tab-amend">
          {load(<AmendTab settings={settings} />)}
        </div>
        <div hidden={tab !== 'check'} {...panel('check')} data-testid="tab-check">
          {load(<CheckTab />)}
        </div>
        <div hidden={tab !== 'status'} {...panel('status')} data-testid="tab-status">
          {load(
            <StatusTab
              settings={settings}
              active={tab === 'status'}
              onChange={(s) => setSettings({ ...s, chosen: true })}
              onRead={(s) => setSettings((old) => (old.chosen ? old : { ...s, chosen: false }))}
            />,
          )}
        </div>
        <div hidden={tab !== 'cycle'} {...panel('cycle')} data-testid="tab-cycle">
          {load(<CycleTab settings={settings} />)}
        </div>
      </main>
    </FluentProvider>
  );
}
