/**
 * Which page changes the guide lets go (lib/guide/runtime/changes.ts): a number ticking far from
 * anything it reads, and nothing else — words, numbers the screens name, long identifiers, text
 * in headings, controls, the header, the target or a component, and every structural change.
 */
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGES_BY_ID } from '../../../lib/flows/registry';
import { markOwnHost } from '../../../lib/guide/dom';
import { createChangeFilter } from '../../../lib/guide/runtime/changes';

const pagesOf = (portal: string) => [...PAGES_BY_ID.values()].filter((page) => page.id.startsWith(`${portal}.`));

let win: Window | undefined;
afterEach(() => {
  win?.close();
  win = undefined;
});

/** Whether any record of one change may matter (a DOM may split a change into several records). */
async function mayMatter(
  html: string,
  change: (doc: Document) => void,
  options: { portal?: string; target?: string } = {},
): Promise<boolean> {
  win = new Window({ url: 'https://wse-loket.vlaanderen.be/home' });
  const doc = win.document as unknown as Document;
  doc.body.innerHTML = html;
  const filter = createChangeFilter(pagesOf(options.portal ?? 'wse'));
  const target = options.target ? (doc.querySelector(options.target) ?? undefined) : undefined;
  const records: MutationRecord[] = [];
  const observer = new win.MutationObserver((list) => records.push(...(list as unknown as MutationRecord[])));
  observer.observe(win.document, {
    subtree: true,
    childList: true,
    characterData: true,
    characterDataOldValue: true,
    attributes: true,
  });
  change(doc);
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  expect(records.length).toBeGreaterThan(0);
  return records.some((record) => filter.mayMatter(record, target));
}

const GRID = '<main><div class="grid"><div>Rij 7</div><div><span id="cell">7</span></div></div></main>';
const cell = (doc: Document) => doc.getElementById('cell') as HTMLElement;

describe('changes that cannot matter', () => {
  it('lets go a counter in a plain cell, set as text or as the text node’s data', async () => {
    expect(
      await mayMatter(GRID, (doc) => {
        cell(doc).textContent = '5231';
      }),
    ).toBe(false);
    expect(
      await mayMatter(GRID, (doc) => {
        (cell(doc).firstChild as Text).data = '12:03:45';
      }),
    ).toBe(false);
  });

  it("the extension's own host going in or out (the early ring, the launcher), not a page element with it", async () => {
    const host = (doc: Document) => {
      const element = doc.createElement('div');
      markOwnHost(element);
      return element;
    };
    expect(await mayMatter(GRID, (doc) => doc.body.append(host(doc)))).toBe(false);
    expect(
      await mayMatter(GRID, (doc) => {
        const own = host(doc);
        doc.body.append(own);
        own.remove();
      }),
    ).toBe(false);
    expect(await mayMatter(GRID, (doc) => doc.body.append(host(doc), doc.createElement('p')))).toBe(true);
  });
});

describe('changes that may matter', () => {
  it('words, wherever they are', async () => {
    expect(
      await mayMatter(GRID, (doc) => {
        cell(doc).textContent = 'Stap 2';
      }),
    ).toBe(true);
    expect(
      await mayMatter(GRID, (doc) => {
        (cell(doc).firstChild as Text).data = 'Aanvraag';
      }),
    ).toBe(true);
  });

  it('a number the screens name (the 2 of "Stap 2 van 3" on gebruikersbeheer), and a long identifier', async () => {
    const wizard = '<main><p>Stap <span id="cell">1</span> van 3: Werkrelatie details</p></main>';
    expect(
      await mayMatter(
        wizard,
        (doc) => {
          cell(doc).textContent = '2';
        },
        { portal: 'gb' },
      ),
    ).toBe(true);
    expect(
      await mayMatter(GRID, (doc) => {
        cell(doc).textContent = '0417.390.703';
      }),
    ).toBe(true);
  });

  it('a number in a heading, a control, the header, a message, or in or around the target', async () => {
    for (const html of [
      '<h1>Welkom <span id="cell">7</span></h1>',
      '<button type="button">Open <span id="cell">7</span></button>',
      '<header><div><span id="cell">7</span></div></header>',
      '<div role="status"><span id="cell">7</span></div>',
    ]) {
      expect(
        await mayMatter(html, (doc) => {
          cell(doc).textContent = '8';
        }),
        html,
      ).toBe(true);
    }
    expect(
      await mayMatter(
        '<div class="tile" id="tile"><span id="cell">7</span></div>',
        (doc) => {
          cell(doc).textContent = '8';
        },
        { target: '#tile' },
      ),
    ).toBe(true);
  });

  it('a number inside a component (its text may be shown through a slot)', async () => {
    expect(
      await mayMatter('<vl-title><span id="cell">7</span></vl-title>', (doc) => {
        cell(doc).textContent = '8';
      }),
    ).toBe(true);
  });

  it('an element added or removed, and any attribute', async () => {
    expect(
      await mayMatter(GRID, (doc) => {
        cell(doc).append(doc.createElement('b'));
      }),
    ).toBe(true);
    expect(
      await mayMatter(GRID, (doc) => {
        cell(doc).setAttribute('hidden', '');
      }),
    ).toBe(true);
  });
});
