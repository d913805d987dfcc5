import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm(): void;
  /** Cancel button, Escape, or closing the dialog any other way. */
  onCancel(): void;
}

/**
 * An in-page modal confirmation (native <dialog> with showModal(): focus stays inside, Escape
 * cancels, the page behind is inert). Opens with focus on the safe choice (cancel); the caller
 * returns focus to the control that opened it.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel = 'Cancel', onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
      cancel.current?.focus();
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      class="rxl-dialog"
      aria-labelledby="rxl-dialog-title"
      aria-describedby="rxl-dialog-body"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      onClose={() => {
        if (open) onCancel();
      }}
    >
      <h2 class="rxl-dialog__title" id="rxl-dialog-title">
        {title}
      </h2>
      <div id="rxl-dialog-body">{children}</div>
      <div class="rxl-actions">
        <button type="button" class="rxl-button rxl-button--secondary" ref={cancel} onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" class="rxl-button rxl-button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
