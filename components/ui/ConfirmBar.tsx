import { useEffect, useRef } from 'preact/hooks';
import { useT } from './i18n';

export interface ConfirmBarProps {
  /** The question, e.g. "3 klanten definitief verwijderen?" (plain text). */
  question: string;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * An inline confirmation (instead of `window.confirm`, which blocks the page and cannot be styled or
 * tested): focus moves to the cancel button, the safe choice, Escape cancels, and the focus goes
 * back to the button that asked.
 *
 * @example
 * {pending && <ConfirmBar question="Klant verwijderen?" confirmLabel="Ja, verwijder" onConfirm={remove} onCancel={() => setPending(false)} />}
 */
export function ConfirmBar({ question, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmBarProps) {
  const { t } = useT();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The button that asked (its "Verwijder"): focus goes back to it when the bar closes and
    // took the focus with it — not when the confirmed action moved the focus on by itself.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    cancel.current?.focus();
    // After the bar has left the page (cleanup runs before its nodes are removed).
    return () =>
      queueMicrotask(() => {
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (lost && opener?.isConnected) opener.focus();
      });
  }, []);
  return (
    <div
      class="lg-confirm"
      role="alertdialog"
      aria-label={question}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p>{question}</p>
      <button type="button" class="lg-button lg-button--danger" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" class="lg-button" ref={cancel} onClick={onCancel}>
        {cancelLabel ?? t('common.cancel')}
      </button>
    </div>
  );
}
