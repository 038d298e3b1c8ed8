import type { Severity } from './types';

/** Every rule: its stable id, Vietnamese label (report, Kiểm tra sheet) and severity. */
export const RULES = {
  'lead.missing': { label: 'Thiếu cơ quan chủ trì', severity: 'error' },
  'lead.unknown': { label: 'Cơ quan chủ trì không có trong danh mục', severity: 'warning' },
  'lead.several': { label: 'Nhiều cơ quan chủ trì trong một ô', severity: 'warning' },
  'lead.time': { label: 'Thời gian ghi vào cột chủ trì', severity: 'error' },
  'lead.variant': { label: 'Cùng một cơ quan viết nhiều cách', severity: 'warning' },
  'time.missing': { label: 'Thiếu thời gian', severity: 'error' },
  'time.unrecognised': { label: 'Không hiểu được thời gian', severity: 'warning' },
  'time.invalid': { label: 'Thời gian sai hoặc bị cắt', severity: 'error' },
  'time.reversed': { label: 'Khoảng thời gian ngược', severity: 'error' },
  'time.agency': { label: 'Tên cơ quan ghi vào cột thời gian', severity: 'error' },
  'time.outsideTerm': { label: 'Thời hạn ngoài nhiệm kỳ, giai đoạn', severity: 'warning' },
  'time.beforeIssue': { label: 'Thời hạn trước ngày ban hành', severity: 'warning' },
  'resources.missing': { label: 'Thiếu nguồn lực', severity: 'error' },
  'resources.cutOff': { label: 'Nguồn lực bị cắt', severity: 'warning' },
  'resources.unknown': { label: 'Nguồn lực không thuộc nhóm nguồn vốn thường dùng', severity: 'warning' },
  'structure.gap': { label: 'Số thứ tự bị nhảy', severity: 'warning' },
  'structure.duplicate': { label: 'Số thứ tự trùng', severity: 'error' },
  'structure.order': { label: 'Số thứ tự không theo thứ tự', severity: 'warning' },
  'structure.wrongLevel': { label: 'Số thứ tự sai cấp', severity: 'error' },
  'structure.noNumber': { label: 'Nhiệm vụ không có số thứ tự', severity: 'warning' },
  'structure.emptyTask': { label: 'Nhiệm vụ để trống', severity: 'error' },
  'structure.cutOff': { label: 'Nội dung nhiệm vụ bị cắt', severity: 'warning' },
  'structure.headingLead': { label: 'Dòng tiêu đề mục có ghi chủ trì', severity: 'warning' },
  'structure.headingTime': { label: 'Dòng tiêu đề mục có ghi thời gian', severity: 'warning' },
  'structure.duplicateTask': { label: 'Nhiệm vụ trùng lặp', severity: 'warning' },
  'tracking.progress': { label: 'Tiến độ không thuộc danh sách', severity: 'error' },
  'tracking.dateText': { label: 'Ngày ghi bằng chữ, không phải ngày', severity: 'error' },
  'tracking.reportDate': { label: 'Ngày báo cáo không phải ngày', severity: 'error' },
} as const satisfies Record<string, { label: string; severity: Severity }>;

export type RuleId = keyof typeof RULES;

/** Vietnamese label per rule id. */
export const RULE_LABELS: Record<RuleId, string> = Object.fromEntries(
  Object.entries(RULES).map(([id, r]) => [id, r.label]),
) as Record<RuleId, string>;

/** The rule ids in report order (lead, time, resources, structure). */
export const RULE_IDS = Object.keys(RULES) as RuleId[];
