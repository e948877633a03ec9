/**
 * Reading a page: the one text normaliser (case, diacritics, punctuation, hyphens, synonyms),
 * phrase matching (whole words, typos, loose order), visible text through shadow roots, slots and
 * `data-vl-*` attributes, roles and accessible names, evidence scoring with threshold and margin,
 * and targets by fingerprint (never a wrong one).
 */
import { describe, expect, it } from 'vitest';
import { accessibleName, byRole } from '../../../lib/guide/a11y';
import { markOwnHost, readPage, visibleText } from '../../../lib/guide/dom';
import { recognise, scoreState } from '../../../lib/guide/recognise';
import { type PageStateInput, pageStateSchema, targetSchema } from '../../../lib/guide/schema';
import { findTarget } from '../../../lib/guide/target';
import { containsText, fillPlaceholders, findPhrase, nameSimilarity, normaliseText } from '../../../lib/guide/text';

function page(html: string, url = 'https://wse-loket.vlaanderen.be/x') {
  document.body.innerHTML = html;
  return readPage(document, url);
}

describe('text', () => {
  it('folds case, diacritics, quotes, dashes, punctuation and spaces', () => {
    expect(normaliseText('  GEEF HET\n KBO\u2011NUMMER\u00a0OP. ')).toBe('geef het kbo nummer op');
    expect(normaliseText('WSE-loket')).toBe(normaliseText('WSE Loket'));
    expect(normaliseText('WSE LOKET')).toBe('wse loket');
    expect(normaliseText('Crème Brûlée')).toBe('creme brulee');
    expect(containsText(normaliseText('Doorgaan als “SD WORX”'), 'doorgaan als "sd worx"')).toBe(true);
    expect(containsText('abc', '')).toBe(false);
  });

  it('folds the portals’ synonyms on both sides', () => {
    expect(normaliseText('Ondernemingsnummer')).toBe(normaliseText('KBO-nummer'));
    expect(normaliseText('KBO-nr.')).toBe('kbo nummer');
    expect(normaliseText('waarvoor u wilt werken')).toBe(normaliseText('waarvoor u wil werken'));
  });

  it('matches whole words only', () => {
    expect(findPhrase('klik op verdergaan', 'verder')).toBeUndefined();
    expect(findPhrase('klik op verder', 'verder')).toBe('exact');
  });

  it('tolerates small typos in long phrases, none in short ones', () => {
    expect(
      findPhrase('staat de juiste organsatie niet in de lijst', 'Staat de juiste organisatie niet in de lijst'),
    ).toBe('fuzzy');
    expect(findPhrase('verdar', 'verder')).toBeUndefined();
    expect(
      findPhrase('iets heel anders op deze pagina', 'Staat de juiste organisatie niet in de lijst'),
    ).toBeUndefined();
  });

  it('finds a phrase loosely when its words come in another order', () => {
    expect(
      findPhrase(
        normaliseText('Maatschappelijke zetel en gegevens van de werkgever'),
        'Gegevens werkgever, maatschappelijke zetel',
      ),
    ).toBe('loose');
    expect(
      findPhrase(
        normaliseText(
          'Zetel. (…) Veel later op de pagina: gegevens, en nog veel meer woorden, werkgever maatschappelijke',
        ),
        'Gegevens werkgever maatschappelijke zetel',
      ),
    ).toBeUndefined();
  });

  it('rates names: exact beats contained, contained beats unrelated', () => {
    expect(nameSimilarity('doorgaan', 'doorgaan')).toBe(1);
    expect(nameSimilarity('doorgaan als sd worx', 'doorgaan')).toBeLessThan(0.8);
    expect(nameSimilarity('annuleren', 'doorgaan')).toBe(0);
  });

  it('fills placeholders, or gives up when one is unknown', () => {
    expect(fillPlaceholders('{ownOrganisation}', { ownOrganisation: 'SD WORX' })).toBe('SD WORX');
    expect(fillPlaceholders('{ownOrganisation}', {})).toBeUndefined();
  });
});

describe('visible text', () => {
  it('includes open shadow roots and skips hidden elements, scripts and our overlay (known by identity)', () => {
    const view = page(`
      <p>Zichtbaar</p><p hidden>Verborgen</p><p style="display: none">Ook verborgen</p>
      <script>var geheim = 1;</script><div id="host"></div>
      <div id="own">Loketgids kaart</div>`);
    markOwnHost(document.getElementById('own') as HTMLElement);
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

  it('reads texts that live only in data-vl-* attributes (before and after the component renders)', () => {
    const view = page(
      '<vl-functional-header data-vl-title="WSE Loket" data-vl-sub-title="Aanmelden"></vl-functional-header>',
    );
    expect(view.text).toContain('wse loket aanmelden');
  });

  it('reads a component’s label through its slot, once', () => {
    page('<vl-button-next id="b">Aanvragen / indienen</vl-button-next>');
    const host = document.getElementById('b') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<button><slot></slot></button>';
    const view = readPage(document, 'https://wse-loket.vlaanderen.be/x');
    const inner = host.shadowRoot?.querySelector('button') as Element;
    expect(accessibleName(view, inner)).toBe('aanvragen indienen');
    expect(view.text.match(/aanvragen indienen/g)).toHaveLength(1);
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
    expect(inputs.map((el) => accessibleName(view, el))).toEqual(['kbo nummer', 'zoeken', 'e mail', 'doorgaan']);
    expect(byRole(view, 'button', 'verder')).toHaveLength(1);
    expect(byRole(view, 'textbox', 'KBO-nummer')[0]).toBe(inputs[0]);
  });
});

describe('evidence scoring', () => {
  const state = (input: Partial<PageStateInput> & { id: string }) =>
    pageStateSchema.parse({ title: { nl: 'x', en: 'x' }, source: 'test', ...input });
  const prompt = state({
    id: 'wse.kbo-prompt',
    recognise: {
      signals: [
        { kind: 'pattern', pattern: 'kbo-field', weight: 3, required: true, source: 'seed:000' },
        { kind: 'text', any: ['Geef het KBO-nummer op van de klant'], weight: 4, source: 'seed:000' },
        { kind: 'role', roles: ['button'], names: ['Doorgaan'], weight: 2, source: 'seed:000' },
        { kind: 'text', any: ['Staat de juiste organisatie niet in de lijst'], weight: -4, source: 'seed:000' },
      ],
    },
  });
  const choice = state({
    id: 'wse.organisatie-kiezen',
    recognise: {
      signals: [
        { kind: 'text', any: ['Staat de juiste organisatie niet in de lijst'], weight: 4, source: 'seed:000' },
        { kind: 'role', roles: ['button'], names: ['Doorgaan'], weight: 1, source: 'replica' },
      ],
      threshold: 0.5,
    },
  });

  it('adds matched weight, subtracts evidence against, and rules a state out without a required signal', () => {
    const view = page(
      '<h1>GEEF HET KBO NUMMER OP VAN DE KLANT</h1><label for="k">Ondernemingsnummer</label><input id="k"><button>Doorgaan</button>',
    );
    expect(scoreState(prompt, view).score).toBeCloseTo(1);
    const noField = page('<h1>Geef het KBO-nummer op van de klant</h1><button>Doorgaan</button>');
    expect(scoreState(prompt, noField)).toMatchObject({ score: 0, ruledOut: true });
    const against = page(
      '<h1>Geef het KBO-nummer op van de klant</h1><input aria-label="KBO-nummer"><p>Staat de juiste organisatie niet in de lijst?</p>',
    );
    expect(scoreState(prompt, against).score).toBeCloseTo(3 / 9);
  });

  it('does not count a phrase against a state where it only stands inside the state’s own phrase', () => {
    const dashboard = state({
      id: 'wpd.dashboard',
      recognise: {
        signals: [
          { kind: 'text', any: ['Beslissen hernieuwing erkenning'], weight: 2, source: 'seed:004' },
          { kind: 'text', any: ['Dagen resterend'], weight: 2, source: 'seed:004' },
          { kind: 'text', any: ['Hernieuwing erkenning'], weight: -2, source: 'seed:004' },
        ],
      },
    });
    const url = 'https://app.werkplekduaal.be/';
    // The task's own title holds the renewal screen's name: no evidence against the dashboard.
    const tasks = page('<h2>Taken</h2><p>Beslissen hernieuwing erkenning</p><p>Dagen resterend: 148</p>', url);
    expect(scoreState(dashboard, tasks).score).toBeCloseTo(1);
    // Standing on its own as well, it counts.
    const both = page(
      '<h1>Hernieuwing erkenning</h1><p>Beslissen hernieuwing erkenning</p><p>Dagen resterend: 148</p>',
      url,
    );
    expect(scoreState(dashboard, both).score).toBeCloseTo(2 / 4);
  });

  it('is sure only above the threshold and with a margin; else names the likeliest screens', () => {
    const sure = recognise(
      [prompt, choice],
      page('<h1>Geef het KBO-nummer op van de klant</h1><input name="kbo"><button>Doorgaan</button>'),
    );
    expect(sure.kind === 'sure' && sure.page.id).toBe('wse.kbo-prompt');
    const twin = pageStateSchema.parse({ ...prompt, id: 'wse.kbo-prompt-twee' });
    const both = recognise(
      [prompt, twin, choice],
      page('<h1>Geef het KBO-nummer op van de klant</h1><input name="kbo"><button>Doorgaan</button>'),
    );
    expect(both.kind).toBe('unsure');
    expect(both.kind === 'unsure' && both.candidates.map((p) => p.id)).toEqual([
      'wse.kbo-prompt',
      'wse.kbo-prompt-twee',
    ]);
    expect(recognise([prompt, choice], page('<p>Nieuws</p>')).kind).toBe('none');
  });
});

describe('targets by fingerprint', () => {
  const doorgaan = targetSchema.parse({
    roles: ['button'],
    names: ['Doorgaan'],
    selectors: [{ css: '.lg-next', note: '2026-12: test markup' }],
    lookFor: { nl: 'Zoek Doorgaan.', en: 'Look for Doorgaan.' },
  });

  it('finds the button by role and name, whatever its classes', () => {
    expect(
      findTarget(page('<div><span>x</span><button class="a b">Doorgaan</button></div>'), doorgaan)?.element.tagName,
    ).toBe('BUTTON');
  });

  it('prefers the exact name over a longer one that contains it', () => {
    const found = findTarget(
      page('<a href="/home?org=x">Doorgaan als "SD WORX"</a><button>Doorgaan</button>'),
      doorgaan,
    );
    expect(found?.element.tagName).toBe('BUTTON');
  });

  it('marks nothing when two different controls look alike', () => {
    expect(
      findTarget(
        page('<form action="/a"><button>Doorgaan</button></form><form action="/b"><button>Doorgaan</button></form>'),
        doorgaan,
      ),
    ).toBeUndefined();
  });

  it('never takes a selector alone, nor a disabled or hidden control', () => {
    expect(findTarget(page('<div class="lg-next">→</div>'), doorgaan)).toBeUndefined();
    expect(findTarget(page('<button disabled>Doorgaan</button>'), doorgaan)).toBeUndefined();
    expect(findTarget(page('<button hidden>Doorgaan</button>'), doorgaan)).toBeUndefined();
  });

  it('finds a field by a label that says more than the words it knows', () => {
    const field = targetSchema.parse({
      roles: ['textbox'],
      labels: ['KBO nummer of naam'],
      lookFor: { nl: 'x', en: 'x' },
    });
    const view = page(
      '<div id="l">KBO-nummer of naam van de organisatie</div><input aria-labelledby="l"><input aria-label="Zoek">',
    );
    expect(findTarget(view, field)?.element.getAttribute('aria-labelledby')).toBe('l');
  });

  it('marks the real button inside a component’s shadow root', () => {
    page('<vl-button-next id="b">Doorgaan</vl-button-next>');
    const host = document.getElementById('b') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<button class="vl-button"><slot></slot></button>';
    const found = findTarget(readPage(document, 'https://wse-loket.vlaanderen.be/x'), doorgaan);
    expect(found?.element).toBe(host.shadowRoot?.querySelector('button'));
  });

  it('picks the candidate that shares a container of its own with the `near` text, or none', () => {
    const near = targetSchema.parse({
      roles: ['link'],
      names: ['Aanvragen'],
      near: '{service}',
      lookFor: { nl: 'x', en: 'x' },
    });
    const view = page(`
      <table><tbody><tr><th colspan="2">Arbeidskaart</th></tr><tr><td>Arbeidskaart</td><td><a href="/a">Aanvragen</a></td></tr></tbody>
      <tbody><tr><th colspan="2">Vlaams opleidingsverlof</th></tr><tr><td>Terugbetalingsaanvraag</td><td><a href="/b">Aanvragen</a></td></tr></tbody></table>`);
    expect(
      findTarget(view, near, { service: 'Terugbetalingsaanvraag Vlaams opleidingsverlof' })?.element.getAttribute(
        'href',
      ),
    ).toBe('/b');
    expect(findTarget(view, near, {})).toBeUndefined();
    expect(findTarget(view, near, { service: 'Dienstencheques' })).toBeUndefined();
  });

  it('points at the list for a choice that is an option in it', () => {
    const right = targetSchema.parse({
      roles: ['radio', 'option'],
      names: ['Werkplek Duaal Gebruiker'],
      lookFor: { nl: 'x', en: 'x' },
    });
    const view = page(
      '<label for="r">Gebruikersrecht</label><select id="r"><option>Kies</option><option>Werkplek Duaal gebruiker</option></select>',
    );
    expect(findTarget(view, right)?.element.tagName).toBe('SELECT');
  });

  it('never marks a wrapper of the whole page', () => {
    const text = targetSchema.parse({ roles: ['link'], text: 'SD WORX', lookFor: { nl: 'x', en: 'x' } });
    const long = 'Lange tekst over van alles en nog wat. '.repeat(20);
    expect(findTarget(page(`<a href="/x"><main><h1>SD WORX</h1><p>${long}</p></main></a>`), text)).toBeUndefined();
  });
});
