import { useEffect, useRef } from 'preact/hooks';

/**
 * Focus back on the button that opened a form, once the form has closed. The opener is often
 * re-rendered while the form is open (the popup swaps its whole panel), so it is found again by a
 * key: give the opener `data-focus-key="…"` and call `returnTo(key)` when closing.
 *
 * @example
 * const focusReturn = useFocusReturn();
 * <button data-focus-key="add" onClick={open}>Nieuwe klant</button>
 * <ClientForm onCancel={() => { close(); focusReturn.returnTo('add'); }} />
 */
export function useFocusReturn(): { returnTo(key: string): void } {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const key = pending.current;
    if (key === null) return;
    const opener = document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    if (opener) {
      pending.current = null;
      opener.focus();
    }
  });
  return {
    returnTo(key) {
      pending.current = key;
    },
  };
}
