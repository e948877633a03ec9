/**
 * Reading a page: text normalisation, visible text through open shadow roots, roles and
 * accessible names, and the target fallbacks in order (role → label → text → dated selector).
 */
import { describe, expect, it } from 'vitest';
import { accessibleName, byRole } from '../../../lib/guide/a11y';
import { matchDetector } from '../../../lib/guide/detect';
import { readPage, visibleText } from '../../../lib/guide/dom';
import { detectorSchema, targetSchema } from '../../../lib/guide/schema';
import { findTarget } from '../../../lib/guide/target';
import { containsText, fillPlaceholders, normaliseText } from '../../../lib/guide/text';

function page(html: string, url = 'https://wse-loket.vlaanderen.be/x') {
  document.body.innerHTML = html;
  return readPage(document, url);
}

describe('text', () => {
  it('matches case-, whitespace-, quote- and dash-insensitively', () => {
    expect(normaliseText('  GEEF HET\n KBO\u2011NUMMER\u00a0OP ')).toBe('geef het kbo-nummer op');
    expect(containsText(normaliseText('Doorgaan als “SD WORX”'), 'doorgaan als "sd worx"')).toBe(true);
    expect(containsText('abc', '')).toBe(false);
  });

  it('fills placeholders, or gives up when one is unknown', () => {
    expect(fillPlaceholders('{ownOrganisation}', { ownOrganisation: 'SD WORX' })).toBe('SD WORX');
    expect(fillPlaceholders('{ownOrganisation}', {})).toBeUndefined();
  });
});

describe('visible text', () => {
  it('includes open shadow roots and skips hidden elements, scripts and our overlay', () => {
    const view = page(`
      <p>Zichtbaar</p><p hidden>Verborgen</p><p style="display: none">Ook verborgen</p>
      <script>var geheim = 1;</script><div id="host"></div>
      <loketgids-overlay>Loketgids kaart</loketgids-overlay>`);
    const host = document.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<h2>IN DE SCHADUW</h2>';
    const fresh = readPage(document, view.url);
    expect(fresh.text).toContain('zichtbaar');
    expect(fresh.text).toContain('in de schaduw');
    expect(fresh.text).not.toContain('verborgen');
    expect(fresh.text).not.toContain('geheim');
    expect(fresh.text).not.toContain('loketgids kaart');
    expect(fresh.roots).toHaveLength(2);
  });

  it('keeps words in tiles apart', () => {
    expect(visibleText(page('<a href="#"><strong>Els Janssens</strong><span>In eigen naam</span></a>').doc.body)).toBe(
      'els janssens in eigen naam',
    );
  });
});

describe('roles and names', () => {
  it('names fields by label, aria-label, wrapping label and buttons by value or text', () => {
    const view = page(`
      <label for="k">KBO-nummer</label><input id="k">
      <input aria-label="Zoeken">
      <label>E-mail <input type="email"></label>
      <input type="submit" value="Doorgaan"><button>  Verder </button>`);
    const inputs = [...document.querySelectorAll('input')];
    expect(inputs.map((el) => accessibleName(view, el))).toEqual(['kbo-nummer', 'zoeken', 'e-mail', 'doorgaan']);
    expect(byRole(view, 'button', 'verder')).toHaveLength(1);
    expect(byRole(view, 'textbox', 'KBO-nummer')[0]).toBe(inputs[0]);
  });
});

describe('detectors', () => {
  const detector = detectorSchema.parse({
    path: ['^/aanmelden'],
    all: ['WSE Loket: Aanmelden'],
    none: ['Staat de juiste organisatie niet in de lijst'],
    roles: [{ role: 'button', name: 'Doorgaan' }],
  });
  it('needs path, texts, absent texts and roles', () => {
    const html = '<h1>WSE LOKET: AANMELDEN</h1><button>Doorgaan</button>';
    expect(matchDetector(detector, page(html, 'https://wse-loket.vlaanderen.be/aanmelden/klant'))).toBe(true);
    expect(matchDetector(detector, page(html, 'https://wse-loket.vlaanderen.be/home'))).toBe(false);
    expect(
      matchDetector(
        detector,
        page(
          `${html}<p>Staat de juiste organisatie niet in de lijst?</p>`,
          'https://wse-loket.vlaanderen.be/aanmelden',
        ),
      ),
    ).toBe(false);
    expect(
      matchDetector(detector, page('<h1>WSE Loket: Aanmelden</h1>', 'https://wse-loket.vlaanderen.be/aanmelden')),
    ).toBe(false);
  });
  it('refuses a detector without text or role', () => {
    expect(detectorSchema.safeParse({ path: ['/'] }).success).toBe(false);
  });
});

describe('target fallbacks', () => {
  const target = targetSchema.parse({
    role: 'button',
    name: 'Doorgaan',
    label: 'KBO-nummer',
    text: 'Ga verder',
    selectors: [{ css: '.lg-test-next', note: '2026-11: test markup' }],
    lookFor: { nl: 'Zoek Doorgaan.', en: 'Look for Doorgaan.' },
  });
  it.each([
    ['role', '<button>Doorgaan</button><label for="k">KBO-nummer</label><input id="k">', 'BUTTON'],
    ['label', '<label for="k">KBO-nummer</label><input id="k"><span>Ga verder</span>', 'INPUT'],
    ['text', '<div class="tile"><a href="#"><span>Ga verder</span></a></div>', 'A'],
    ['selector', '<div class="lg-test-next">→</div>', 'DIV'],
  ])('finds it by %s', (via, html, tag) => {
    const found = findTarget(page(html), target);
    expect(found?.via).toBe(via);
    expect(found?.element.tagName).toBe(tag);
  });
  it('finds nothing on a page without it', () => {
    expect(findTarget(page('<p>Niets</p>'), target)).toBeUndefined();
  });
  it('picks the candidate nearest to the `near` text', () => {
    const near = targetSchema.parse({
      role: 'link',
      name: 'Aanvragen',
      near: '{service}',
      lookFor: { nl: 'x', en: 'x' },
    });
    const view = page(`
      <section><h3>Arbeidskaart</h3><a href="/a">Aanvragen</a></section>
      <section><h3>Vlaams opleidingsverlof</h3><a href="/b">Aanvragen</a></section>`);
    expect(findTarget(view, near, { service: 'Vlaams opleidingsverlof' })?.element.getAttribute('href')).toBe('/b');
    expect(findTarget(view, near, {})).toBeUndefined();
  });
});
