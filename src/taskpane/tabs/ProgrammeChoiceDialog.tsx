import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { ProgrammeChoice, ProgrammeQuestion } from '../programmeActions';

/**
 * Asked before a write when the workbook holds another programme (issue 13): replace it (its
 * sheets are removed once the new ones are written) or keep both (each on its own sheets, Tổng
 * hợp counting all). Nothing is written until the user answers; "Huỷ" writes nothing.
 */
export function ProgrammeChoiceDialog({ question, onChoose, onCancel }: { question: ProgrammeQuestion | null; onChoose: (choice: ProgrammeChoice) => void; onCancel: () => void }) {
  return (
    <Dialog
      open={question !== null}
      modalType="alert"
      onOpenChange={(_, d) => {
        if (!d.open) onCancel();
      }}
    >
      <DialogSurface data-testid="programme-ask">
        <DialogBody>
          <DialogTitle>Sổ đang có chương trình khác</DialogTitle>
          <DialogContent>
            <p>Trong sổ: {question?.held.join('; ')}.</p>
            <p>Văn bản đang nhập: {question?.incoming}.</p>
            <p>
              <b>Thay thế chương trình cũ</b>: các trang phụ lục của chương trình cũ bị xoá sau khi chương trình mới đã ghi xong (ghi không được thì sổ giữ nguyên).{' '}
              <b>Giữ cả hai</b>: mỗi chương trình có trang phụ lục riêng, trang Tổng hợp tính chung và theo từng chương trình.
            </p>
          </DialogContent>
          <DialogActions>
            <Button data-testid="programme-replace" onClick={() => onChoose('replace')}>
              Thay thế chương trình cũ
            </Button>
            <Button appearance="primary" data-testid="programme-keep-both" onClick={() => onChoose('keep-both')}>
              Giữ cả hai
            </Button>
            <Button data-testid="programme-cancel" onClick={onCancel}>
              Huỷ
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
