import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { PORTAL_IDS, PORTALS, type PortalId } from '../../../lib/portals';
import {
  PRACTICE_PAGES,
  type PracticePage,
  practiceFile,
  practicePage,
  practicePageForUrl,
  practiceUrl,
  type Variant,
} from '../../../lib/practice/catalog';

// happy-dom replaces the global URL, so resolve from the file path, not with new URL(…, import.meta.url).
const ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/practice')}/`;
const ASSETS = `${ROOT}assets/`;
const ASSET_PREFIX = '/practice/assets/';

/** The seed text (DOMAIN.md §7) each page must show, per variant where the language differs. */
const KEY_TEXT: Record<string, string | Partial<Record<Variant, string>>> = {
  'wse.aanmelden': 'Een onderneming of organisatie',
  'wse.organisatie-kiezen': 'Staat de juiste organisatie niet in de lijst? Vraag hier de gewenste toegang aan.',
  'wse.enkel-persoon': 'Staat de juiste organisatie niet in de lijst? Vraag hier de gewenste toegang aan.',
  'wse.burger': 'in eigen naam',
  'wse.kbo-prompt': 'GEEF HET KBO-NUMMER OP VAN DE KLANT WAARVOOR U WIL WERKEN.',
  'wse.home': 'Aanvraag',
  'wse.aanvragen': 'Terugbetalingsaanvraag Vlaams opleidingsverlof',
  'wse.aanvragen-zonder-recht': 'Gebruikersrecht aanvragen',
  'wse.gebruikersrecht-aangevraagd': 'lokale beheerder',
  'wse.kbo-prompt-aanvraag': 'GEEF HET KBO-NUMMER OP VAN DE KLANT WAARVOOR U WIL WERKEN.',
  'wse.formulier': 'STAP 1: WERKGEVERGEGEVENS',
  'wse.bevestigen': 'Bevestigen',
  'wse.ontvangstbevestiging': 'Ontvangstbevestiging',
  'gb.aanmelden': 'een entiteit van de Vlaamse overheid',
  'gb.beheer': 'Koppel gebruiker aan organisatie',
  'gb.koppel-stap-1': 'Stap 1 van 3: Selecteer organisatie',
  'gb.koppel-stap-2': 'Stap 2 van 3: Werkrelatie details',
  'gb.koppel-stap-3': 'Stap 3 van 3: Bevestig',
  'gb.koppel-klaar': 'werd gekoppeld aan de organisatie',
  'gb.recht-stap-1': 'Stap 1 van 3: Selecteer gebruikersrecht',
  'gb.recht-stap-2': 'Begindatum',
  'gb.recht-stap-3': 'Stap 3 van 3: Bevestig',
  'gb.recht-klaar': 'werd toegekend',
  'gb.snel-recht': 'Nieuw recht toekennen',
  'gb.snel-recht-persoon': 'Rijksregisternummer',
  'gb.snel-recht-recht': 'Werkplek Duaal Gebruiker',
  'gb.snel-recht-bevestig': 'Bevestig',
  'gb.snel-recht-klaar': 'bevestigingsmail',
  'sz.home': { plain: 'Werkgevers RSZ', fr: 'Employeurs ONSS', de: 'Arbeitgeber LSS' },
  'sz.werkgevers': { plain: 'Hoe registreren', fr: 'Comment s’enregistrer', de: 'Wie registrieren' },
  'sz.hoe-registreren': {
    plain: 'Elektronisch formulier voor de toegangsaanvraag',
    fr: "Formulaire électronique de demande d'accès",
    de: 'Elektronisches Formular für den Zugangsantrag',
  },
  'sz.toegangsaanvraag': {
    plain: 'Een toegangsaanvraag voor de beveiligde omgeving doen',
    fr: "Introduire une demande d'accès à l'environnement sécurisé",
    de: 'Einen Zugangsantrag für den gesicherten Bereich stellen',
  },
  'sz.ticket': { plain: 'Ticketnummer', fr: 'Numéro de ticket', de: 'Ticketnummer' },
  'sz.aanmelden': { plain: 'Login', fr: 'Se connecter', de: 'Anmelden' },
  'sz.maak-lokale-beheerder': {
    plain: 'Maak een lokale beheerder',
    fr: 'Créer un gestionnaire local',
    de: 'Lokalen Verwalter anlegen',
  },
  'sz.welkom': {
    plain: 'U bent ingelogd als lokaal beheerder',
    fr: 'Vous êtes connecté en tant que gestionnaire local',
    de: 'Sie sind als lokaler Verwalter',
  },
  'sz.beheer-gebruikers': { plain: 'NIEUWE GEBRUIKER TOEVOEGEN', fr: 'Modifier profil', de: 'Benutzerverwaltung' },
  'sz.wijzigen-profiel': {
    plain: 'STTS 3: Uitgebreid administratief profiel',
    fr: 'STTS 3: Profil administratif étendu',
    de: 'STTS 3: Erweitertes administratives Profil',
  },
  'sz.nieuwe-gebruiker': {
    plain: 'Bevestig gebruikersnaam',
    fr: "Confirmer le nom d'utilisateur",
    de: 'Benutzername bestätigen',
  },
  'sz.opzoeking': { plain: 'Complementair zoeken', fr: 'Recherche complémentaire', de: 'Komplementäre Suche' },
  'wpd.dashboard': 'Beslissen hernieuwing erkenning',
  'wpd.sp-dashboard': 'Dashboard medewerker sectoraal partnerschap',
  'wpd.hernieuwing': 'Hernieuwing erkenning',
  'wpd.niet-ondersteund': 'DEZE BROWSER WORDT NIET ONDERSTEUND!',
};

/** More seed texts (DOMAIN.md §7) that detectors rely on, checked in every variant of the page. */
const MORE_TEXT: Record<string, string[]> = {
  'wse.aanmelden': ['WSE Loket: Aanmelden', 'Een burger'],
  'wse.organisatie-kiezen': ['SD WORX', 'Bouwbedrijf Peeters NV', 'Els Janssens'],
  'wse.kbo-prompt': ['KBO-nummer', 'Doorgaan', 'NIET VOOR EEN KLANT WERKEN?', 'Doorgaan als "SD WORX"'],
  'wse.kbo-prompt-aanvraag': ['KBO-nummer', 'Doorgaan', 'NIET VOOR EEN KLANT WERKEN?', 'Doorgaan als "SD WORX"'],
  'wse.home': ['Onderneming: 0417.390.703', 'Mijn dossiers', 'Berichten'],
  'wse.aanvragen': ['Vlaams opleidingsverlof', 'Aanvragen / indienen'],
  'wse.aanvragen-zonder-recht': ['Terugbetalingsaanvraag Vlaams opleidingsverlof'],
  'wse.formulier': ['Maatschappelijke zetel', 'Contactgegevens werkgever', 'Volgende'],
  'gb.beheer': ['Werkrelatie', 'Gebruikersrecht', 'Begindatum', 'Einddatum', 'Ken gebruikersrecht toe'],
  'gb.recht-stap-1': ['Dimona Mandaatuitvoerder', 'DWSE organisatieverantwoordelijke', 'Werkplek Duaal Gebruiker'],
  'gb.recht-stap-2': ['Einddatum', 'Verder'],
  'gb.snel-recht': ['Snel recht toekennen'],
  'gb.snel-recht-persoon': ['Persoon toevoegen', 'Volgende'],
  'gb.snel-recht-recht': ['Beheerder', 'Behandelaar', 'Medewerker', 'Stemgerechtigde'],
  'sz.toegangsaanvraag': ['lokale beheerder', 'Rijksregisternummer', 'Hoedanigheid', 'Registreren'],
  'sz.maak-lokale-beheerder': ['registreren'],
  'sz.welkom': ['Beheer van gebruikers', 'Opzoeking van gebruikers'],
  'sz.beheer-gebruikers': [
    'Wijzigen profiel',
    'Nieuw wachtwoord',
    'Blokkeren gebruiker',
    'Verwijderen gebruiker',
    'TERUG',
  ],
  'wpd.dashboard': [
    'ACM Economische Actor',
    'Beheerder',
    '0417.390.703',
    'Mijn werkplekken',
    'Mijn organisatie',
    'Wissel van organisatie',
    'Afmelden',
    'Dashboard',
    'Erkenningen',
    'Overeenkomsten',
    'TAKEN',
    'Erkenning: E/20170620/011723',
    'Dagen resterend: 148',
    'Verdergaan',
  ],
  'wpd.niet-ondersteund': ['KIES EEN ANDERE BROWSER'],
  'wpd.sp-dashboard': ['Medewerker', 'Behandelaar', 'Wissel van organisatie', 'Erkenning behandelen', 'Hervatten'],
};

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

interface PageFile {
  page: PracticePage;
  variant: Variant;
  file: string;
  html: string;
}

const FILES: PageFile[] = PRACTICE_PAGES.flatMap((page) =>
  page.variants.map((variant) => {
    const file = practiceFile(page, variant);
    const path = `${ROOT}${file}`;
    return { page, variant, file, html: existsSync(path) ? readFileSync(path, 'utf8') : '' };
  }),
);

/** A private window that loads nothing (the pages' stylesheets and scripts stay unloaded, silently). */
const PARSER = new new Window({
  url: 'https://wse-loket.vlaanderen.be/',
  settings: {
    disableCSSFileLoading: true,
    disableJavaScriptFileLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
  },
}).DOMParser();

function parse(html: string): Document {
  return PARSER.parseFromString(html, 'text/html') as unknown as Document;
}

/** The document and the content of every <template> (spa variants render those later). */
function roots(doc: Document): ParentNode[] {
  return [doc, ...Array.from(doc.querySelectorAll('template'), (t) => t.content)];
}

function all(doc: Document, selector: string): Element[] {
  return roots(doc).flatMap((r) => Array.from(r.querySelectorAll(selector)));
}

function visibleText(doc: Document, variant: Variant): string {
  if (variant === 'spa')
    return Array.from(doc.querySelectorAll('template'), (t) => t.content.textContent ?? '').join(' ');
  return doc.body.textContent ?? '';
}

function pathsOf(portal: PortalId): Set<string> {
  return new Set(PRACTICE_PAGES.filter((p) => p.portal === portal).map((p) => new URL(p.path, 'https://x').pathname));
}

function portalOfHost(host: string): PortalId | undefined {
  return PORTAL_IDS.find((id) => (PORTALS[id].hosts as readonly string[]).includes(host));
}

describe('practice catalog', () => {
  it('has unique ids and one page per path and host', () => {
    const ids = PRACTICE_PAGES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const urls = PRACTICE_PAGES.map((p) => practiceUrl(p));
    expect(new Set(urls).size).toBe(urls.length);
    for (const p of PRACTICE_PAGES) {
      expect(p.id.startsWith(`${p.portal}.`)).toBe(true);
      expect(p.variants).toContain('plain');
    }
  });

  it('covers at least the page states the brief asks for', () => {
    const required = [
      'wse.aanmelden',
      'wse.organisatie-kiezen',
      'wse.enkel-persoon',
      'wse.kbo-prompt',
      'wse.home',
      'wse.aanvragen',
      'wse.aanvragen-zonder-recht',
      'wse.kbo-prompt-aanvraag',
      'wse.formulier',
      'wse.bevestigen',
      'wse.ontvangstbevestiging',
      'gb.aanmelden',
      'gb.beheer',
      'gb.koppel-stap-1',
      'gb.koppel-stap-2',
      'gb.koppel-stap-3',
      'gb.koppel-klaar',
      'gb.recht-stap-1',
      'gb.recht-stap-2',
      'gb.recht-stap-3',
      'gb.recht-klaar',
      'gb.snel-recht',
      'gb.snel-recht-persoon',
      'gb.snel-recht-recht',
      'gb.snel-recht-bevestig',
      'gb.snel-recht-klaar',
      'sz.home',
      'sz.werkgevers',
      'sz.hoe-registreren',
      'sz.toegangsaanvraag',
      'sz.ticket',
      'sz.aanmelden',
      'sz.maak-lokale-beheerder',
      'sz.welkom',
      'sz.beheer-gebruikers',
      'sz.opzoeking',
      'wpd.dashboard',
      'wpd.sp-dashboard',
      'wpd.hernieuwing',
      'wpd.niet-ondersteund',
    ];
    for (const id of required) expect(practicePage(id).id).toBe(id);
    for (const p of PRACTICE_PAGES.filter((p) => (p.portal === 'wse' || p.portal === 'gb') && !p.decoy)) {
      // Four markup variants at least: ours (plain, vl) and the blind ones (lit, drift).
      expect(p.variants, p.id).toEqual(expect.arrayContaining(['plain', 'vl', 'lit', 'drift']));
    }
    for (const id of ['wse.aanmelden', 'wse.organisatie-kiezen', 'wse.kbo-prompt', 'wse.home']) {
      expect(practicePage(id).variants).toContain('spa');
    }
    for (const id of ['sz.home', 'sz.welkom', 'sz.beheer-gebruikers']) {
      expect(practicePage(id).variants).toEqual(expect.arrayContaining(['fr', 'de']));
    }
    expect(practicePage('wpd.dashboard').variants).toContain('vl');
    // The guided sz pages have the redesigned portal too; the wpd pages the design system's markup.
    for (const p of PRACTICE_PAGES.filter((p) => p.portal === 'sz' && !p.decoy))
      expect(p.variants, p.id).toContain('drift');
    for (const p of PRACTICE_PAGES.filter((p) => p.portal === 'wpd' && !p.decoy))
      expect(p.variants, p.id).toContain('vl');
  });

  it('has a file for every listed variant, and every file belongs to the catalog', () => {
    for (const f of FILES) expect(f.html, `missing ${f.file}`).not.toBe('');
    const listed = new Set(FILES.map((f) => f.file));
    for (const portal of ['wse', 'gb', 'sz', 'wpd']) {
      for (const name of readdirSync(`${ROOT}${portal}`)) {
        expect(listed.has(`${portal}/${name}`), `${portal}/${name} is not in PRACTICE_PAGES`).toBe(true);
      }
    }
  });

  it('builds URLs on the portal hosts, fr/de on socialsecurity.be', () => {
    expect(practiceUrl(practicePage('wse.kbo-prompt'))).toBe('https://wse-loket.vlaanderen.be/aanmelden/klant');
    expect(practiceUrl(practicePage('sz.welkom'))).toBe('https://www.socialezekerheid.be/welkom');
    expect(practiceUrl(practicePage('sz.welkom'), 'fr')).toBe('https://www.socialsecurity.be/welkom');
    expect(practiceUrl(practicePage('sz.welkom'), 'de')).toBe('https://www.socialsecurity.be/welkom');
    expect(practiceUrl(practicePage('sz.nieuws'), 'fr')).toBe('https://www.socialezekerheid.be/nieuws');
    expect(practiceFile(practicePage('sz.nieuws'), 'fr')).toBe('sz/nieuws.plain.html');
    expect(practiceFile(practicePage('wse.home'), 'spa')).toBe('wse/home.spa.html');
    expect(() => practicePage('wse.nope')).toThrow(/wse\.nope/);
  });

  it('finds a page by URL on any of its portal hosts', () => {
    expect(practicePageForUrl('https://loket.wse.vlaanderen.be/home?kbo=0417390703')?.id).toBe('wse.home');
    expect(practicePageForUrl('https://www.socialsecurity.be/beheer-gebruikers')?.id).toBe('sz.beheer-gebruikers');
    expect(practicePageForUrl('https://app.werkplekduaal.be/')?.id).toBe('wpd.dashboard');
    expect(practicePageForUrl('http://wse-loket.vlaanderen.be/home')).toBeUndefined();
    expect(practicePageForUrl('https://example.org/home')).toBeUndefined();
    expect(practicePageForUrl('https://wse-loket.vlaanderen.be/bestaat-niet')).toBeUndefined();
  });
});

/**
 * Pages written blind (the `lit`, `drift` and `other` variants, the decoys) are not held to our wording or
 * structure — finding where they differ is their purpose — only to the serving rules.
 */
const blind = (page: PracticePage, variant: Variant) =>
  variant === 'lit' ||
  variant === 'drift' ||
  variant === 'other' ||
  variant === 'next' ||
  page.decoy === true ||
  (page.portal === 'sz' && variant === 'vl');

describe.each(FILES.map((f) => [f.file, f] as const))('%s', (_file, { page, variant, html }) => {
  const doc = parse(html);

  it('is a complete page in the right language with its seed text', () => {
    expect(html.toLowerCase().startsWith('<!doctype html>')).toBe(true);
    const lang = variant === 'fr' || variant === 'de' ? variant : 'nl';
    expect(doc.documentElement.getAttribute('lang')).toBe(lang);
    expect(doc.title.trim()).not.toBe('');
    if (blind(page, variant)) return;
    for (const tag of ['header', 'main', 'footer']) expect(all(doc, tag).length, tag).toBeGreaterThan(0);

    const text = norm(visibleText(doc, variant));
    const key = KEY_TEXT[page.id];
    expect(key, `no key text for ${page.id}`).toBeDefined();
    const expected = typeof key === 'string' ? key : (key?.[variant] ?? key?.plain);
    expect(text).toContain(norm(expected ?? '?'));
    if (variant !== 'fr' && variant !== 'de') {
      for (const more of MORE_TEXT[page.id] ?? []) expect(text).toContain(norm(more));
    }
  });

  it('has no inline script, no event handler attributes, no external URLs', () => {
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    for (const el of all(doc, '*')) {
      for (const attr of Array.from(el.attributes)) expect(attr.name.startsWith('on'), attr.name).toBe(false);
    }
    for (const script of all(doc, 'script')) expect(script.getAttribute('src')).toMatch(/^\/practice\/assets\//);
    for (const link of all(doc, 'link')) expect(link.getAttribute('href')).toMatch(/^\/practice\/assets\//);
    for (const m of html.matchAll(/https?:\/\/([^/"'\s<>)]+)/gi)) {
      expect(portalOfHost(m[1] ?? ''), `external URL ${m[0]}`).toBeDefined();
    }
  });

  it('links only to pages of the portal, fragments, mailto or practice assets', () => {
    const targets = [
      ...all(doc, 'a[href]').map((el) => el.getAttribute('href') ?? ''),
      ...all(doc, 'link[href]').map((el) => el.getAttribute('href') ?? ''),
      ...all(doc, 'script[src]').map((el) => el.getAttribute('src') ?? ''),
      ...all(doc, 'form').map((el) => el.getAttribute('action') ?? ''),
      ...all(doc, '[formaction]').map((el) => el.getAttribute('formaction') ?? ''),
    ];
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      expect(target, 'empty link target').not.toBe('');
      if (target.startsWith('#') || target.startsWith('mailto:') || target.startsWith('tel:')) continue;
      if (target.startsWith(ASSET_PREFIX)) {
        expect(existsSync(`${ASSETS}${target.slice(ASSET_PREFIX.length)}`), target).toBe(true);
        continue;
      }
      expect(target.startsWith('/') || /^https:\/\//.test(target), `${target} is neither absolute path nor https`).toBe(
        true,
      );
      const url = new URL(target, practiceUrl(page, variant));
      const portal = portalOfHost(url.hostname);
      expect(portal, target).toBeDefined();
      // Blind pages link like real ones, also to pages we have no replica of (served as 404).
      if (blind(page, variant)) continue;
      expect(pathsOf(portal as PortalId).has(url.pathname), `${target}: no ${portal} page has that path`).toBe(true);
    }
  });

  if (variant === 'spa') {
    it('renders late: only a custom element and templates in the body', () => {
      const host = doc.body.firstElementChild;
      expect(host?.tagName.toLowerCase()).toMatch(/^(wse|gb|sz|wpd|lg)-app$/);
      const outside = Array.from(doc.body.children).filter((el) => el !== host && el.tagName !== 'TEMPLATE');
      expect(outside.map((el) => el.tagName)).toEqual(['NOSCRIPT']);
      const own = doc.getElementById('lg-app');
      expect(own?.tagName).toBe('TEMPLATE');
      expect(own?.getAttribute('data-path')).toBe(new URL(page.path, 'https://x').pathname);
      expect(all(doc, 'script').map((s) => s.getAttribute('src'))).toEqual([
        '/practice/assets/replica.js',
        '/practice/assets/spa.js',
      ]);
      const routes = new Set(Array.from(doc.querySelectorAll('template'), (t) => t.getAttribute('data-route')));
      for (const el of all(doc, '[data-spa-route]')) expect(routes.has(el.getAttribute('data-spa-route'))).toBe(true);
    });
  }
});

describe('the KBO prompt variants', () => {
  const field = (variant: Variant) => {
    const doc = parse(readFileSync(`${ROOT}wse/kbo-prompt.${variant}.html`, 'utf8'));
    const input = all(doc, 'input[name="kbo"]')[0];
    return { doc, input };
  };

  it('label the field differently: <label for>, vl-form__label, aria-label only', () => {
    const plain = field('plain');
    expect(plain.doc.querySelector(`label[for="${plain.input?.id}"]`)?.textContent).toBe('KBO-nummer');
    const vl = field('vl');
    expect(vl.input?.classList.contains('vl-input-field')).toBe(true);
    expect(vl.doc.querySelector(`label.vl-form__label[for="${vl.input?.id}"]`)).not.toBeNull();
    const spa = field('spa');
    expect(spa.input?.getAttribute('aria-label')).toBe('KBO-nummer');
    expect(
      all(spa.doc, 'label[for]').some((l) => l.closest('template') === null && l.textContent === 'KBO-nummer'),
    ).toBe(false);
  });
});
