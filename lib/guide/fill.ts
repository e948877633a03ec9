/**
 * Filling a portal field the way a person would (after Bitwarden's autofill): focus it, set the
 * value through the element's *native* setter (so frameworks that track the value see a change),
 * then fire `input` and `change`. Only ever called from a click in our card, never on page load
 * (issue 5, STYLE.md).
 */

/**
 * Type `value` into a text field as a person would.
 *
 * @example
 * fillAsPerson(kboField, '0417390703');
 */
export function fillAsPerson(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const view = field.ownerDocument.defaultView;
  field.focus();
  const proto = field.tagName === 'TEXTAREA' ? view?.HTMLTextAreaElement.prototype : view?.HTMLInputElement.prototype;
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  if (setter) setter.call(field, value);
  else field.value = value;
  const EventCtor = view?.Event ?? Event;
  const InputCtor = view?.InputEvent ?? EventCtor;
  field.dispatchEvent(new InputCtor('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new EventCtor('change', { bubbles: true }));
}

/** Whether an element is a field our card may fill (a text input or textarea, enabled, not read-only). */
export function isFillable(element: Element | undefined): element is HTMLInputElement | HTMLTextAreaElement {
  if (!element) return false;
  if (element.tagName === 'TEXTAREA') return !(element as HTMLTextAreaElement).disabled;
  if (element.tagName !== 'INPUT') return false;
  const input = element as HTMLInputElement;
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  return ['text', 'search', 'tel', 'number', ''].includes(type) && !input.disabled && !input.readOnly;
}
