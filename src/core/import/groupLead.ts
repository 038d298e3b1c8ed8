import type { Section } from '../model';
import { fold } from '../text';

/** Words an agency's name starts with (folded), as group titles of appendix tables print them. */
const AGENCY_START =
  /^(so|ban|uy ban|ubnd|hoi dong|hdnd|bo|cong an|van phong|dang uy|cuc|chi cuc|trung tam|hoi|lien doan|tinh doan|thanh doan|bo chi huy|kho bac|ngan hang|thue|bao|dai|truong|vien|mat tran|uy ban mat tran|bao hiem xa hoi|cac so|cac co quan|ubnd cac)\b/;

/**
 * The agency a group heading assigns its tasks to, or null: a heading that is an agency's name
 * ("Sở Tài chính", "Công an tỉnh") or that gives the tasks to one ("Nhiệm vụ giao Sở Y tế chủ
 * trì", "Giao cho Sở Nội vụ thực hiện", "Các nhiệm vụ do Sở Xây dựng chủ trì"). Used for tasks of
 * a table with no lead column, or whose lead cell is empty.
 */
export function groupLead(section: Section): string | null {
  const title = section.title.replace(/[:.]\s*$/, '').trim();
  if (!title || title.length > 120) return null;
  const assigned = /(?:^|\s)(?:giao(?: cho)?|do)\s+(.+?)(?:\s+(?:chủ trì|chỉ đạo|thực hiện|triển khai|tham mưu)(?:\s.*)?)?$/iu.exec(title);
  if (assigned && /^(nhiem vu|cac nhiem vu|giao|do)\b/.test(fold(title))) {
    const name = assigned[1].trim();
    return AGENCY_START.test(fold(name)) ? name : null;
  }
  if (section.tt && !/^[A-ZĐ]$/.test(section.tt)) return null;
  return AGENCY_START.test(fold(title)) && title.length <= 80 && !/[,;]/.test(title) ? title : null;
}

/** The lead a task inherits from its nearest group heading that names an agency. */
export function leadFromSections(sections: Section[]): string {
  for (let i = sections.length - 1; i >= 0; i--) {
    const lead = groupLead(sections[i]);
    if (lead) return lead;
  }
  return '';
}
