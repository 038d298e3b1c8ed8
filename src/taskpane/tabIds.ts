export type TabId = 'import' | 'amend' | 'check' | 'status' | 'cycle';

/** The tabs in order, with the names users read. */
export const TABS: Array<{ id: TabId; name: string }> = [
  { id: 'import', name: 'Nhập' },
  { id: 'amend', name: 'Điều chỉnh' },
  { id: 'check', name: 'Kiểm tra' },
  { id: 'status', name: 'Tình trạng & Tổng hợp' },
  { id: 'cycle', name: 'Chu kỳ báo cáo' },
];
