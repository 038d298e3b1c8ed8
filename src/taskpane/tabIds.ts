export type TabId = 'import' | 'amend' | 'check' | 'status' | 'cycle';

/** The tabs in order, with the names users read. */
export const TABS: Array<{ id: TabId; name: string }> = [
  { id: 'import', name: 'Nhập' },
  { id: 'amend', name: 'Điều chỉnh' },
  { id: 'check', name: 'Kiểm tra' },
  { id: 'status', name: 'Tình trạng & Tổng hợp' },
  { id: 'cycle', name: 'Chu kỳ báo cáo' },
];

/** The DOM id of a tab's button in the tab list (TabBar.tsx); its panel (App.tsx) is labelled by it. */
export const tabElementId = (id: TabId): string => `phuluc-tab-${id}`;

/** The DOM id of a tab's panel (App.tsx); its tab's button controls it. */
export const panelElementId = (id: TabId): string => `phuluc-panel-${id}`;
