/**
 * The pane's tab list. The default pane is 320 px wide: tabs that do not fit go into the "Thêm"
 * menu (Fluent v9 Overflow) instead of being cut or scrolling the pane sideways. The chosen tab
 * has the higher priority, so it is always in the visible list. The menu itself (TabMenu.tsx) is
 * a chunk fetched on the first click of "Thêm".
 */
import { Button, Overflow, OverflowItem, SelectTabData, Tab, TabList, useOverflowMenu } from '@fluentui/react-components';
import { lazy, MutableRefObject, Suspense, useState } from 'react';
import { TABS, TabId } from './tabIds';

export type { TabId } from './tabIds';
export { TABS } from './tabIds';

const TabMenu = lazy(() => import(/* webpackChunkName: "tab-menu" */ './TabMenu'));

/** "Thêm": the tabs that did not fit, shown only when some did not. */
function MoreTabs({ onSelect }: { onSelect: (id: TabId) => void }) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  const [open, setOpen] = useState(false);
  const [anchor, setAnchor] = useState<HTMLButtonElement | null>(null);
  if (!isOverflowing) return null;
  const both = (el: HTMLButtonElement | null) => {
    (ref as MutableRefObject<HTMLButtonElement | null>).current = el;
    if (el !== anchor) setAnchor(el);
  };
  return (
    <>
      <Button
        ref={both}
        size="small"
        appearance="transparent"
        data-testid="more-tabs"
        aria-label={`Thêm ${overflowCount} thẻ`}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Thêm ▾
      </Button>
      {open && (
        <Suspense fallback={null}>
          <TabMenu target={anchor} onSelect={onSelect} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

export function TabBar({ selected, onSelect }: { selected: TabId; onSelect: (id: TabId) => void }) {
  return (
    <Overflow minimumVisible={1}>
      {/* The menu button sits beside the tab list, not in it: a tablist holds only tabs. */}
      <nav aria-label="Các thẻ" style={{ display: 'flex', alignItems: 'center', overflow: 'hidden', minWidth: 0 }}>
        <TabList selectedValue={selected} onTabSelect={(_, d: SelectTabData) => onSelect(d.value as TabId)} size="small" style={{ minWidth: 0, flexWrap: 'nowrap' }}>
          {TABS.map((t) => (
            <OverflowItem key={t.id} id={t.id} priority={t.id === selected ? 2 : 1}>
              <Tab value={t.id}>{t.name}</Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreTabs onSelect={onSelect} />
      </nav>
    </Overflow>
  );
}
