/**
 * Whether a key press belongs to a field being typed in (then presenter keys — arrows,
 * PageUp/PageDown — are the field's, not the Oefenmodus's). Used in the Oefenmodus page and in the
 * replica frame; each evaluates it against its own window's element classes.
 */
export function isTyping(target: EventTarget | null | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}
