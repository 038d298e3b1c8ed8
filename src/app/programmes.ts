/**
 * Several programmes in one workbook, as the import use case words them (the same for the command
 * line and the pane): where the incoming programme goes (core/plan/programmeChoice.ts), the
 * question put to the user when the workbook holds another programme and no choice was given,
 * and the one sentence saying what happened to the programmes. Labels: programmeLabel (its
 * number, else its title), in Vietnamese.
 */
import type { ProgrammeChoice } from '../core/plan/programmeChoice';
import type { Failure } from '../core/result';

export type { ProgrammeChoice } from '../core/plan/programmeChoice';

/** A programme the workbook holds: its tag ("CT1", "CT2" …) and its label ("số 15-KH/UBND (Kế hoạch …)"). */
export interface HeldProgramme {
  tag: string;
  label: string;
}

/** What the user is asked: the programmes the workbook holds and the one being imported. */
export interface ProgrammeQuestion {
  held: HeldProgramme[];
  incoming: string;
}

/**
 * The workbook holds another programme and the request gave no choice: nothing prepared, nothing
 * written. A failure (with a Vietnamese message for hosts that cannot ask) carrying the question.
 */
export interface ProgrammeAsk extends Failure {
  ask: ProgrammeQuestion;
}

/** The refusal carrying `question`. */
export function programmeAsk(question: ProgrammeQuestion): ProgrammeAsk {
  return {
    ok: false,
    message:
      `Sổ đang chứa chương trình khác: ${question.held.map((h) => h.label).join('; ')}. ` +
      `Văn bản nhập vào là chương trình ${question.incoming}. Chưa ghi gì vào sổ: cần chọn thay chương trình cũ hay giữ cả hai.`,
    ask: question,
  };
}

/** Where the incoming programme went, and how. */
export interface ProgrammePlacement {
  /** `new`: the workbook held none; `same`: a re-import of one it holds; `different`: another one (`choice` says what was done). */
  kind: 'new' | 'same' | 'different';
  choice: ProgrammeChoice | null;
  /** The tag the incoming programme got. */
  tag: string;
  /** The programmes the workbook held before (tag order). */
  held: HeldProgramme[];
  /** The incoming programme's label. */
  incoming: string;
  /** True when the incoming programme replaces the workbook's programmes (nothing of theirs is merged). */
  replacing: boolean;
}

/**
 * The sentence about the programmes (Vietnamese, one line), '' when there is nothing to say (a
 * first import, or a re-import into a workbook of one programme). `copy`: where a file port
 * copied the old workbook, named when the old programme was replaced.
 */
export function programmeLine(p: ProgrammePlacement, copy?: string | null): string {
  const held = p.held.map((h) => `${h.tag} ${h.label}`).join('; ');
  if (p.kind === 'different' && p.replacing) {
    return `Đã thay chương trình cũ (${held}) bằng chương trình ${p.incoming}${copy ? `; sổ cũ chép nguyên sang ${copy}` : ''}.`;
  }
  if (p.kind === 'different') {
    return `Đã thêm chương trình ${p.incoming} với ký hiệu ${p.tag} (các trang bắt đầu bằng “${p.tag}”), giữ nguyên: ${held}. Danh sách ở trang “Chương trình”.`;
  }
  return p.kind === 'same' && p.held.length > 1 ? `Nhập lại chương trình ${p.tag}; các chương trình khác trong sổ giữ nguyên.` : '';
}
