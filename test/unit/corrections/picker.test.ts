/**
 * The picker mode (lib/corrections/picker.ts): a click chooses the control under it and never
 * reaches the portal (its own click, mousedown and pointerdown handlers do not run, a link is not
 * followed); Tab and the arrow keys walk the controls and Enter chooses, also without reaching
 * the portal; Escape stops; events in our own card pass.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PickerMove, pickElement } from '../../../lib/corrections/picker';

let seen: string[];
let listeners: AbortController;
let host: HTMLElement;
let outline: { rects: (DOMRect | null)[]; show(rect: DOMRect | null): void };

beforeEach(() => {
  document.body.innerHTML = `
    <main>
      <h1>Gebruiker</h1>
      <a id="koppel" href="/koppel/stap-1">Medewerker verbinden</a>
      <button id="recht" type="button">Toegang verlenen</button>
      <p>Gewone tekst</p>
    </main>`;
  host = document.createElement('div');
  host.innerHTML = '<button type="button" id="own">In de kaart</button>';
  document.body.append(host);
  seen = [];
  listeners = new AbortController();
  for (const type of ['click', 'mousedown', 'pointerdown', 'keydown']) {
    document.addEventListener(type, (event) => seen.push(`${type}:${(event.target as Element).id}`), {
      capture: true,
      signal: listeners.signal,
    });
    document.querySelector('#koppel')?.addEventListener(type, () => seen.push(`own-handler:${type}`));
  }
  outline = {
    rects: [],
    show(rect) {
      this.rects.push(rect);
    },
  };
});
afterEach(() => {
  listeners.abort();
  document.body.innerHTML = '';
});

const start = (moves: PickerMove[] = [], signal?: AbortSignal) =>
  pickElement({
    doc: document,
    isOwnNode: (node) => node === host,
    outline,
    signal,
    onMove: (move) => moves.push(move),
  });

function press(key: string, target: Element = document.body, shiftKey = false) {
  for (const type of ['keydown', 'keyup']) {
    target.dispatchEvent(new KeyboardEvent(type, { key, shiftKey, bubbles: true, cancelable: true, composed: true }));
  }
}

describe('picker mode', () => {
  it('chooses the clicked control; the portal sees none of the click', async () => {
    const picked = start();
    const link = document.querySelector('#koppel') as HTMLElement;
    for (const type of ['pointerdown', 'mousedown']) {
      link.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true }));
    }
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect(await picked).toBe(link);
    expect(click.defaultPrevented).toBe(true);
    expect(seen).toEqual([]);
    expect(outline.rects.at(-1)).toBeNull();
  });

  it('ignores a click on plain text and goes on picking', async () => {
    let missed = 0;
    const picked = pickElement({
      doc: document,
      isOwnNode: () => false,
      outline,
      onMiss: () => missed++,
    });
    document.querySelector('p')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(missed).toBe(1);
    document.querySelector('#recht')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect((await picked)?.id).toBe('recht');
    expect(seen).toEqual([]);
  });

  it('walks the controls with Tab and the arrow keys, announces them, and Enter chooses', async () => {
    const moves: PickerMove[] = [];
    const picked = start(moves);
    press('Tab');
    press('Tab');
    press('ArrowUp');
    press('ArrowDown');
    expect(moves.map((m) => [m.index, m.total, m.name])).toEqual([
      [1, 2, 'medewerker verbinden'],
      [2, 2, 'toegang verlenen'],
      [1, 2, 'medewerker verbinden'],
      [2, 2, 'toegang verlenen'],
    ]);
    press('Enter');
    expect((await picked)?.id).toBe('recht');
    expect(seen).toEqual([]);
  });

  it('stops on Escape, choosing nothing, and the portal then gets its events again', async () => {
    const picked = start();
    press('Escape');
    expect(await picked).toBeUndefined();
    document.querySelector('#koppel')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(seen).toEqual(['click:koppel', 'own-handler:click']);
  });

  it('lets clicks in our own card through, and stops when its signal aborts', async () => {
    const stop = new AbortController();
    const picked = start([], stop.signal);
    const own = host.querySelector('#own') as HTMLElement;
    let clicked = false;
    own.addEventListener('click', () => {
      clicked = true;
    });
    own.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(clicked).toBe(true);
    stop.abort();
    expect(await picked).toBeUndefined();
  });
});
