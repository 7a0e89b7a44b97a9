import { type ReactNode, useEffect, useId, useRef } from 'react';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in words: the step is taken only on the explicit button. */
  children: ReactNode;
  confirmLabel: string;
  backLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal that asks before an irreversible step; Escape or the back button leaves everything as it was. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  backLabel,
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      data-testid="confirm-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="confirm-dialog-body">{children}</div>
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
          {backLabel}
        </button>
        <button
          type="button"
          className="button-primary"
          onClick={onConfirm}
          disabled={busy}
          data-testid="confirm-dialog-ok"
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
