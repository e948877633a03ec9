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
 * tested): focus moves to the cancel button, the safe choice, and Escape cancels.
 *
 * @example
 * {pending && <ConfirmBar question="Klant verwijderen?" confirmLabel="Ja, verwijder" onConfirm={remove} onCancel={() => setPending(false)} />}
 */
export function ConfirmBar({ question, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmBarProps) {
  const { t } = useT();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
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
