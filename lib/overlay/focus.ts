/**
 * Where keyboard focus goes between the portal and the card. The card never takes focus by itself
 * (no focus theft); the person moves it in with the shortcut (manifest `commands`, Alt+Shift+L) and
 * out again with the same shortcut or Escape, back to the element of the portal they were on.
 */
export interface FocusKeeper {
  /** Whether focus is in the card now. */
  inside(): boolean;
  /** Remember where focus is on the portal and move it into the card (after it has rendered). */
  enter(): void;
  /** Put focus back where it was on the portal (if that element is still there; else on the card's first control). */
  leave(): void;
  /** The shortcut: in when outside, out when inside. */
  toggle(): void;
}

export function createFocusKeeper(shadow: ShadowRoot, doc: Document = document): FocusKeeper {
  let returnTo: HTMLElement | null = null;
  const inside = () => shadow.activeElement !== null;
  // Tab or a click from the portal into the card: remember where the person came from, so closing
  // or folding the card gives the focus back there.
  shadow.addEventListener('focusin', (event) => {
    const from = (event as FocusEvent).relatedTarget;
    if (from instanceof HTMLElement && from.shadowRoot !== shadow && !shadow.contains(from) && from !== doc.body) {
      returnTo = from;
    }
  });
  const focusCard = (attempt = 0) => {
    const target =
      shadow.querySelector<HTMLElement>('[data-focus-first]') ?? shadow.querySelector<HTMLElement>('aside');
    if (target) target.focus();
    else if (attempt < 10) setTimeout(() => focusCard(attempt + 1), 30);
  };
  return {
    inside,
    enter() {
      if (!inside()) {
        const active = doc.activeElement;
        returnTo = active instanceof HTMLElement && active !== doc.body ? active : null;
      }
      // The card may have to open first: focus once it is there.
      requestAnimationFrame(() => focusCard());
    },
    leave() {
      const back = returnTo;
      returnTo = null;
      if (back?.isConnected) back.focus();
      // Nowhere known to go back to: the card's own first control (its reopen button once
      // closed), never the page's body.
      else requestAnimationFrame(() => focusCard());
    },
    toggle() {
      if (inside()) this.leave();
      else this.enter();
    },
  };
}

/**
 * The item the arrow keys move to in a list (the client picker): down, up, Home, End; undefined
 * when the key is none of those or runs off the list (up from the first item: back to the search).
 */
export function moveInList(
  key: string,
  items: readonly HTMLElement[],
  focused: Element | null,
): HTMLElement | undefined {
  const at = items.indexOf(focused as HTMLElement);
  const next =
    key === 'ArrowDown'
      ? at + 1
      : key === 'ArrowUp'
        ? at - 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? items.length - 1
            : undefined;
  return next === undefined || next < 0 ? undefined : items[next];
}
