/**
 * The pane's tab list. The default pane is 320 px wide: tabs that do not fit go into the "Thêm"
 * menu (Fluent v9 Overflow) instead of being cut or scrolling the pane sideways. The chosen tab
 * has the higher priority, so it is always in the visible list.
 */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  SelectTabData,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';

export type TabId = 'import' | 'amend' | 'check' | 'status' | 'cycle';

/** The tabs in order, with the names users read. */
export const TABS: Array<{ id: TabId; name: string }> = [
  { id: 'import', name: 'Nhập' },
  { id: 'amend', name: 'Điều chỉnh' },
  { id: 'check', name: 'Kiểm tra' },
  { id: 'status', name: 'Tình trạng & Tổng hợp' },
  { id: 'cycle', name: 'Chu kỳ báo cáo' },
];

function HiddenTabItem({ id, name, onSelect }: { id: TabId; name: string; onSelect: (id: TabId) => void }) {
  const visible = useIsOverflowItemVisible(id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(id)}>{name}</MenuItem>;
}

/** "Thêm": the tabs that did not fit, shown only when some did not. */
function MoreTabs({ onSelect }: { onSelect: (id: TabId) => void }) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} size="small" appearance="transparent" data-testid="more-tabs" aria-label={`Thêm ${overflowCount} thẻ`}>
          Thêm ▾
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {TABS.map((t) => (
            <HiddenTabItem key={t.id} id={t.id} name={t.name} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
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
