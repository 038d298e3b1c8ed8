/**
 * What a block is in its context: a heading over points, a point with labels, a leaf task; which
 * sections hold tasks. Read from the blocks after it, never from the wording of one document.
 */
import type { Block } from './blocks';

/**
 * Heading depth: roman 0, "1." 1, "1.2." 2 …; lettered (5), paragraph ("Giao Sở …:", 5.5) and
 * bulleted (6) sub-headings below all numbers. An agency paragraph under a lettered topic ("b) Hoàn
 * thiện hạ tầng …" then "Ủy ban nhân dân các tỉnh:" over "- …") stays under it.
 */
export const rank = (b: Block): number => (b.kind === 'roman' ? 0 : b.kind === 'letter' ? 5 : b.kind === 'para' ? 5.5 : b.kind === 'bullet' ? 6 : b.num.split('.').length);

/** Does the document label its points ("(3) … Cơ quan chủ trì: …", "1. … - Cơ quan chủ trì: …")? */
export function isLabelled(blocks: Block[]): boolean {
  return blocks.some((b, i) => b.kind === 'point' || (b.kind === 'numbered' && blocks[i + 1]?.kind === 'label'));
}

export function nextSignificant(blocks: Block[], i: number): Block | undefined {
  for (let j = i + 1; j < blocks.length; j++) if (blocks[j].kind !== 'footnote') return blocks[j];
  return undefined;
}

/** Is the block at `i` followed by its own labels ("- Nghị định …" then "+ Cơ quan chủ trì: …")? */
export function hasOwnLabels(blocks: Block[], i: number): boolean {
  return nextSignificant(blocks, i)?.kind === 'label';
}

/**
 * A numbered block with a single paragraph beneath it, then the next point or section (or the
 * end): "5. Sở Khoa học và Công nghệ:" over "Chỉ đạo các doanh nghiệp viễn thông …".
 */
export function singleParaBelow(blocks: Block[], i: number): boolean {
  const at = blocks.indexOf(nextSignificant(blocks, i) as Block);
  if (at < 0 || blocks[at].kind !== 'para') return false;
  const after = nextSignificant(blocks, at);
  return !after || (['roman', 'numbered', 'point', 'appendix', 'end'].includes(after.kind) && !(after.kind === 'numbered' && after.num.startsWith(`${blocks[i].num}.`)));
}

/**
 * A numbered (or lettered) block with something beneath it is a heading; one followed by labels
 * is a point. Beneath it: paragraphs, points, deeper numbers, lettered or bulleted activities with
 * their own labels, or (outside an appendix, where "- …" lines only describe the item) a list.
 */
export function numberedRole(blocks: Block[], i: number, appendix: boolean): 'heading' | 'item' | 'leaf' {
  const b = blocks[i];
  const at = blocks.indexOf(nextSignificant(blocks, i) as Block);
  const next = blocks[at];
  if (next?.kind === 'label') return 'item';
  if (!next) return 'leaf';
  // A sentence ending in a full stop is a task, not a heading, even with a paragraph after it.
  if (next.kind === 'para' && /\.$/.test(b.text) && b.kind === 'numbered') return 'leaf';
  if (next.kind === 'point' || next.kind === 'para') return b.kind === 'letter' && appendix ? 'leaf' : 'heading';
  if ((next.kind === 'letter' || next.kind === 'bullet') && hasOwnLabels(blocks, at)) return 'heading';
  if (next.kind === 'letter' && b.kind === 'numbered') return appendix ? 'leaf' : 'heading';
  if (next.kind === 'bullet') return appendix ? 'leaf' : 'heading';
  if (next.kind === 'numbered' && b.kind === 'numbered' && next.num.startsWith(`${b.num}.`)) return 'heading';
  return 'leaf';
}

/**
 * Roman sections that hold tasks: "NHIỆM VỤ VÀ GIẢI PHÁP", "NHIỆM VỤ, GIẢI PHÁP", "NỘI DUNG",
 * "NỘI DUNG THỰC HIỆN", "NỘI DUNG CỦA KẾ HOẠCH", "CÁC HOẠT ĐỘNG", "PHÂN CÔNG NHIỆM VỤ".
 * "TỔ CHỨC THỰC HIỆN" is not one: only its assignment headings ("1. Sở Tài chính: - …") give tasks.
 */
export const TASK_SECTION = /nhiem vu|giai phap|noi dung|hoat dong|phan cong/;
/** Roman sections that assign the plan's work: "TỔ CHỨC THỰC HIỆN", "TRÁCH NHIỆM THỰC HIỆN". */
export const ORGANISATION = /to chuc thuc hien|trach nhiem/;
