/**
 * The "Thêm" menu of the tab bar (TabBar.tsx): its own chunk, fetched on the first click, so the
 * menu's popover and positioning code is not in the script that paints the pane first. Rendered
 * inside TabBar's Overflow, it lists the tabs that did not fit.
 */
import { Menu, MenuItem, MenuList, MenuPopover, useIsOverflowItemVisible, useRestoreFocusTarget } from '@fluentui/react-components';
import { useLayoutEffect } from 'react';
import { TABS, TabId } from './tabIds';

function HiddenTabItem({ id, name, onSelect }: { id: TabId; name: string; onSelect: (id: TabId) => void }) {
  const visible = useIsOverflowItemVisible(id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(id)}>{name}</MenuItem>;
}

/**
 * The menu, open, anchored under `target` (the "Thêm" button); `onClose` when it closes. It is
 * rendered inline, in the tab bar's `nav` landmark (a portal would put its items outside every
 * landmark), positioned `fixed` so the bar's `overflow: hidden` does not clip it, and stacked
 * above the tab panels (inline, it no longer comes after them in the page as a portal would).
 */
export default function TabMenu({ target, onSelect, onClose }: { target: HTMLElement | null; onSelect: (id: TabId) => void; onClose: () => void }) {
  // "Thêm" becomes Fluent's focus-restore target while the menu is open: when it closes, focus goes
  // back to it. Set here, in the menu's chunk, so the focus restorer is not in the first script.
  const restore = useRestoreFocusTarget();
  useLayoutEffect(() => {
    if (!target) return;
    for (const [name, value] of Object.entries(restore)) if (typeof value === 'string') target.setAttribute(name, value);
  }, [target, restore]);
  return (
    <Menu
      open
      inline
      positioning={{ target, strategy: 'fixed' }}
      // A click on "Thêm" itself is outside the menu, but the button's own click closes it: closing
      // here too would have the button open it again.
      onOpenChange={(e, d) => !d.open && !(target && e.target instanceof Node && target.contains(e.target)) && onClose()}
    >
      <MenuPopover style={{ zIndex: 10 }}>
        <MenuList>
          {TABS.map((t) => (
            <HiddenTabItem key={t.id} id={t.id} name={t.name} onSelect={(id) => (onClose(), onSelect(id))} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
