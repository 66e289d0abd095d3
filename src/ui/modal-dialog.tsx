// A modal dialog on the native <dialog>: the page behind is inert, focus stays inside, Escape and Close call onClose.
import '@/ui/modal-dialog.css';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { t } from '@/i18n/locale';

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea, [tabindex]';

/** A modal dialog alone lets Tab leave for the browser's own controls; this keeps it going round the dialog. */
function keepTabInside(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/** The owner unmounts the dialog in onClose; focus goes back to where it was when the dialog opened. */
export function ModalDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    }
    return () => dialog?.close();
  }, []);

  // Closed here rather than by unmounting: the page behind must stop being inert before it can take focus back.
  const close = () => {
    ref.current?.close();
    if (opener.current instanceof HTMLElement) opener.current.focus();
    onClose();
  };

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      onKeyDown={keepTabInside}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <div className="modal-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" onClick={close}>
          <span aria-hidden="true" className="close-icon" />
          <span className="visually-hidden">{t.close}</span>
        </button>
      </div>
      {children}
    </dialog>
  );
}
