/**
 * The pane's tab list. The default pane is 320 px wide: tabs that do not fit go into the "Thêm"
 * menu (Fluent v9 Overflow) instead of being cut or scrolling the pane sideways. The chosen tab
 * has the higher priority, so it is always in the visible list. The menu itself (TabMenu.tsx) is
 * a chunk fetched on the first click of "Thêm".
 *
 * Keyboard: Tab reaches the selected tab, then "Thêm"; Enter or Space opens the menu with focus on
 * its first item (Fluent's MenuList), arrows move, Enter chooses, Escape or Shift+Tab closes it back
 * to "Thêm", Tab closes it and goes on into the tab's panel (the menu is inline). The menu has no
 * MenuTrigger (that would pull the menu's code into the first script), so the menu's chunk marks
 * "Thêm" as Fluent's focus-restore target: when the menu closes, Fluent's focus manager (tabster)
 * puts focus back on it. A tab chosen from the menu then takes the focus itself, once it shows in the list.
 */
import { Button, Overflow, OverflowItem, SelectTabData, Tab, TabList, useOverflowMenu } from '@fluentui/react-components';
import { lazy, MutableRefObject, Suspense, useState } from 'react';
import { panelElementId, tabElementId, TABS, TabId } from './tabIds';

export type { TabId } from './tabIds';
export { TABS } from './tabIds';

const TabMenu = lazy(() => import(/* webpackChunkName: "tab-menu" */ './TabMenu'));

/** How many frames to wait for a tab chosen from the menu to show in the list (Overflow measures asynchronously). */
const FOCUS_FRAMES = 30;

/**
 * Focuses the tab `id` in the list as soon as it is laid out (Overflow moves the chosen tab out of
 * the menu a frame or two after the choice); gives up after FOCUS_FRAMES frames, leaving focus
 * where Fluent restored it (on "Thêm").
 */
function focusTabWhenShown(id: TabId): void {
  let frames = 0;
  const step = () => {
    const el = document.getElementById(tabElementId(id));
    if (el && el.getClientRects().length > 0) el.focus();
    else if (++frames < FOCUS_FRAMES) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

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
  const choose = (id: TabId) => {
    onSelect(id);
    focusTabWhenShown(id);
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
          <TabMenu target={anchor} onSelect={choose} onClose={() => setOpen(false)} />
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
              <Tab value={t.id} id={tabElementId(t.id)} aria-controls={panelElementId(t.id)}>
                {t.name}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreTabs onSelect={onSelect} />
      </nav>
    </Overflow>
  );
}
