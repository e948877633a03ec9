import { z } from 'zod';
import { PORTAL_TUPLE, PORTALS, type PortalId, portalIdPattern } from '../portals';

/**
 * The practice portal: hand-written replicas of the portal pages of DOMAIN.md §7, kept in
 * `public/practice/<portal>/<page>.<variant>.html`, each served on the **real portal hostname**
 * at `path` (by the end-to-end tests and by `npm start`, which routes those hosts to the files).
 *
 * Nobody outside the portals has published their HTML, so each page exists in markup variants:
 * - `plain`: ordinary HTML;
 * - `vl`: the Flemish design system's classes (`vl-title`, `vl-button`, `vl-input-field`, …);
 * - `spa`: `vl` markup rendered a moment after load by a web component with an open shadow
 *   root (`public/practice/assets/spa.js`), like a single-page app;
 * - `lit`: the real Flemish design-system web components (milieuinfo/webcomponenten-vl-ui,
 *   uigov-web-components) as they render after load: titles only in `data-vl-*` attributes, the
 *   real `<button>` inside a Lit-style component's open shadow root, an app shell rendering late
 *   (`assets/lit-wse.js`, `assets/lit-gb.js`);
 * - `drift`: the portal after a redesign by another team — other wording, capitals, hyphens,
 *   tables for cards, labels only in `aria-label`, the newer "Start nieuwe aanvraag" menu;
 * - `other`: the portal as yet another team might build it, written blind in 2026-12 (after every
 *   portal's detectors existed) from the seeds and DOMAIN.md alone, in several styles per portal
 *   (design-system classes, late web components, a generic SPA, tables); the element a user must
 *   act on carries `data-answer="<target key>"`, the answer key the tests check marks against
 *   (test/support/blind.ts); their scripts are `assets/other-*.js`;
 * - `next`: a second blind round of the same kind, by other authors the same day ("the portal's
 *   next release", by another vendor): the task's words also where nothing is to be clicked (help
 *   boxes quoting button names, steppers, breadcrumbs), look-alike controls beside the answer
 *   ("Opslaan als concept", a disabled copy), dialogs; answer key as `other`, scripts `assets/next-*.js`;
 * - `fr` / `de`: the same portal in another language (socialsecurity.be).
 * The `lit` and `drift` variants (and the decoys) of the WSE-loket and gebruikersbeheer were
 * written blind — by authors who had not seen the guide's detectors, from the seeds and DOMAIN.md
 * alone — so they test recognition on markup we did not write. The social security portal's
 * `drift` pages (the portal after a redesign, with the newer wording of DOMAIN.md §8:
 * "Toegangsbeheerder (lokale beheerder)", labels only in `aria-label`, icon buttons, a select for
 * the STTS profile) and the sz/wpd decoys were written with the flows (2026-12), not blind. Decoy pages (`decoy: true`) are portal pages that are no step of any
 * task (news, FAQ, help, errors): the guide must stay neutral there and mark nothing.
 * A page lists the variants it has; `plain` always exists.
 *
 * Serving: a page's `path` (without query) is served on the portal's hosts; links and forms in
 * the pages use absolute paths on the same host (`/aanmelden/klant`), so a test can walk a flow by
 * clicking. The language variants keep one entry per page: `sz.home` has variants
 * `plain`/`fr`/`de` and `variantHosts: { fr: 1, de: 1 }`, so `practiceUrl(page, 'fr')` is on
 * www.socialsecurity.be. Pages without a `fr`/`de` file fall back to `plain` (Dutch), so a server
 * should serve every path of a portal on all of its hosts (`practicePageForUrl` matches by path).
 * Assets live in `public/practice/assets/` and are served at `/practice/assets/<file>` on every
 * portal host; the pages contain no inline script (extension-page CSP):
 * - `replica.js` fills `data-replica="kbo"` with `?kbo=` formatted `0417.390.703` (default
 *   `0417.390.703`), `data-replica="org"` with `?org=`, `data-replica="dienst"` with the WSE
 *   service of `?dienst=`, `data-replica="param" data-param="x"` with `?x=`; shows
 *   `data-replica-when="kbo"|"org"`; carries `data-replica-keep="kbo dienst"` parameters to links
 *   and forms; dismisses `data-replica-cookie` notices. `LoketReplica.apply(root)` re-runs it.
 * - `spa.js` defines `<wse-app>` (and `gb-app`, `sz-app`, `wpd-app`, `lg-app`): open shadow root,
 *   renders `<template id="lg-app">` (or the template whose `data-path` is the current path)
 *   ~400 ms after load; `data-spa-route="<route>"` links/forms navigate in-app (pushState) to
 *   `<template data-route="<route>">`; sets `data-rendered="<route>"` and fires `lg-spa-render`.
 *   The WSE spa files hold the whole login flow (aanmelden → organisatie → klant → home).
 */
export const VARIANTS = ['plain', 'vl', 'spa', 'lit', 'drift', 'other', 'next', 'fr', 'de'] as const;
export type Variant = (typeof VARIANTS)[number];

const pageSchema = z.object({
  /** `<portal>.<state>`, e.g. `wse.kbo-prompt`. Flows and tests refer to these ids. */
  id: z.string().regex(portalIdPattern()),
  portal: z.enum(PORTAL_TUPLE),
  /** Path (with optional query) on the portal's first host where the page is served. */
  path: z.string().startsWith('/'),
  /** What a trainer sees in the practice portal's list. */
  title: z.string().min(1),
  variants: z.array(z.enum(VARIANTS)).min(1),
  /** Host index in PORTALS[portal].hosts, when the page belongs on another host (e.g. socialsecurity.be). */
  host: z.number().int().min(0).optional(),
  /**
   * Host index per variant, where a variant lives on another host than the page's `host`: the
   * sz pages with `fr`/`de` variants have `{ fr: 1, de: 1 }` (www.socialsecurity.be), so
   * `practiceUrl(page, 'fr')` is `https://www.socialsecurity.be/…` and `practiceUrl(page)` the
   * Dutch page on www.socialezekerheid.be. The path is the same on both hosts.
   */
  variantHosts: z.partialRecord(z.enum(VARIANTS), z.number().int().min(0)).optional(),
  /** A page that is no step of any task: the guide stays neutral and marks nothing. */
  decoy: z.boolean().optional(),
});
export type PracticePage = z.infer<typeof pageSchema> & { portal: PortalId };

export const PRACTICE_PAGES: readonly PracticePage[] = z.array(pageSchema).parse([
  // WSE-loket (wse-loket.vlaanderen.be): login, KBO prompt, home, aanvraag (DOMAIN.md §7, WSE 1–7).
  {
    id: 'wse.aanmelden',
    portal: 'wse',
    path: '/',
    title: 'WSE Loket: aanmeldkeuze (burger of organisatie)',
    variants: ['plain', 'vl', 'spa', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'wse.organisatie-kiezen',
    portal: 'wse',
    path: '/aanmelden/organisatie',
    title: 'WSE Loket: organisatie kiezen (SD WORX, onderneming, eigen naam)',
    variants: ['plain', 'vl', 'spa', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'wse.enkel-persoon',
    portal: 'wse',
    path: '/aanmelden/persoon',
    title: 'WSE Loket: enkel de persoonlijke naam, geen organisatie',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'wse.burger',
    portal: 'wse',
    path: '/burger',
    title: 'WSE Loket: aangemeld in eigen naam',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'wse.kbo-prompt',
    portal: 'wse',
    path: '/aanmelden/klant',
    title: 'WSE Loket: KBO-nummer van de klant (na aanmelden)',
    variants: ['plain', 'vl', 'spa', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'wse.home',
    portal: 'wse',
    path: '/home',
    title: 'WSE Loket: startpagina voor de klant, knop Aanvraag',
    variants: ['plain', 'vl', 'spa', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'wse.aanvragen',
    portal: 'wse',
    path: '/aanvragen',
    title: 'WSE Loket: overzicht van de diensten (met rechten)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'wse.aanvragen-zonder-recht',
    portal: 'wse',
    path: '/aanvragen/zonder-recht',
    title: 'WSE Loket: overzicht met "Gebruikersrecht aanvragen" (recht ontbreekt)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'wse.gebruikersrecht-aangevraagd',
    portal: 'wse',
    path: '/gebruikersrecht/aangevraagd',
    title: 'WSE Loket: gebruikersrecht aangevraagd (mail naar lokale beheerder)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'wse.kbo-prompt-aanvraag',
    portal: 'wse',
    path: '/aanvraag/klant',
    title: 'WSE Loket: KBO-nummer van de klant (bij de aanvraag)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'wse.formulier',
    portal: 'wse',
    path: '/aanvraag/formulier',
    title: 'WSE Loket: aanvraagformulier stap 1 (werkgevergegevens)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'wse.bevestigen',
    portal: 'wse',
    path: '/aanvraag/bevestigen',
    title: 'WSE Loket: aanvraag bevestigen (laatste stap)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'wse.ontvangstbevestiging',
    portal: 'wse',
    path: '/aanvraag/ontvangstbevestiging',
    title: 'WSE Loket: ontvangstbevestiging',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  // Gebruikersbeheer (gebruikersbeheer.vlaanderen.be): koppel gebruiker, ken gebruikersrecht toe, snel recht.
  {
    id: 'gb.aanmelden',
    portal: 'gb',
    path: '/',
    title: 'Gebruikersbeheer: aanmelden als entiteit, onderneming of lokaal bestuur',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'gb.beheer',
    portal: 'gb',
    path: '/beheer',
    title: 'Gebruikersbeheer: detail van een gebruiker (werkrelatie, gebruikersrechten)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'gb.koppel-stap-1',
    portal: 'gb',
    path: '/koppel/stap-1',
    title: 'Koppel gebruiker aan organisatie, stap 1 (organisatie)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'gb.koppel-stap-2',
    portal: 'gb',
    path: '/koppel/stap-2',
    title: 'Koppel gebruiker aan organisatie, stap 2 (werkrelatie details)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'gb.koppel-stap-3',
    portal: 'gb',
    path: '/koppel/stap-3',
    title: 'Koppel gebruiker aan organisatie, stap 3 (bevestig)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'gb.koppel-klaar',
    portal: 'gb',
    path: '/koppel/klaar',
    title: 'Koppel gebruiker aan organisatie: gelukt',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'gb.recht-stap-1',
    portal: 'gb',
    path: '/recht/stap-1',
    title: 'Ken gebruikersrecht toe, stap 1 (gebruikersrecht)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'gb.recht-stap-2',
    portal: 'gb',
    path: '/recht/stap-2',
    title: 'Ken gebruikersrecht toe, stap 2 (datums)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'gb.recht-stap-3',
    portal: 'gb',
    path: '/recht/stap-3',
    title: 'Ken gebruikersrecht toe, stap 3 (bevestig)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'gb.recht-klaar',
    portal: 'gb',
    path: '/recht/klaar',
    title: 'Ken gebruikersrecht toe: gelukt',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'gb.snel-recht',
    portal: 'gb',
    path: '/snel-recht',
    title: 'Snel recht toekennen (start)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'gb.snel-recht-persoon',
    portal: 'gb',
    path: '/snel-recht/persoon',
    title: 'Snel recht toekennen: persoon toevoegen (rijksregisternummer)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'gb.snel-recht-recht',
    portal: 'gb',
    path: '/snel-recht/recht',
    title: 'Snel recht toekennen: gebruikersrecht en rollen',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'gb.snel-recht-bevestig',
    portal: 'gb',
    path: '/snel-recht/bevestig',
    title: 'Snel recht toekennen: bevestig',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'gb.snel-recht-klaar',
    portal: 'gb',
    path: '/snel-recht/klaar',
    title: 'Snel recht toekennen: gelukt',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  // Decoys: portal pages that are no step (written blind, see above).
  {
    id: 'wse.nieuws',
    portal: 'wse',
    path: '/nieuws',
    title: 'WSE Loket: nieuws (lokpagina)',
    variants: ['plain', 'other', 'next'],
    decoy: true,
  },
  {
    id: 'wse.faq',
    portal: 'wse',
    path: '/faq',
    title: 'WSE Loket: veelgestelde vragen (lokpagina)',
    variants: ['plain', 'next'],
    decoy: true,
  },
  {
    id: 'wse.browser',
    portal: 'wse',
    path: '/browser-niet-ondersteund',
    title: 'WSE Loket: browser niet ondersteund (lokpagina)',
    variants: ['plain'],
    decoy: true,
  },
  {
    id: 'wse.fout',
    portal: 'wse',
    path: '/fout',
    title: 'WSE Loket: sessie verlopen (lokpagina)',
    variants: ['plain', 'other'],
    decoy: true,
  },
  {
    id: 'gb.hulp',
    portal: 'gb',
    path: '/hulp',
    title: 'Gebruikersbeheer: hulp (lokpagina)',
    variants: ['plain', 'next'],
    decoy: true,
  },
  {
    id: 'gb.nieuws',
    portal: 'gb',
    path: '/nieuws',
    title: 'Gebruikersbeheer: nieuws en onderhoud (lokpagina)',
    variants: ['plain', 'other'],
    decoy: true,
  },
  {
    id: 'gb.overzicht',
    portal: 'gb',
    path: '/gebruikers',
    title: 'Gebruikersbeheer: lijst van gebruikers (lokpagina)',
    variants: ['plain', 'other', 'next'],
    decoy: true,
  },
  // Sociale Zekerheid (www.socialezekerheid.be; fr/de variants on www.socialsecurity.be, see variantHosts).
  {
    id: 'sz.home',
    portal: 'sz',
    path: '/',
    title: 'Sociale Zekerheid: startpagina (taalkeuze, De onderneming)',
    variants: ['plain', 'vl', 'drift', 'fr', 'de', 'lit', 'other', 'next'],
    variantHosts: { fr: 1, de: 1 },
  },
  {
    id: 'sz.werkgevers',
    portal: 'sz',
    path: '/werkgevers',
    title: 'Sociale Zekerheid: Werkgevers RSZ (linker menu)',
    variants: ['plain', 'vl', 'drift', 'fr', 'de', 'lit', 'other', 'next'],
    variantHosts: { fr: 1, de: 1 },
  },
  {
    id: 'sz.hoe-registreren',
    portal: 'sz',
    path: '/werkgevers/hoe-registreren',
    title: 'Sociale Zekerheid: Hoe registreren',
    variants: ['plain', 'vl', 'drift', 'fr', 'de', 'lit', 'other', 'next'],
    variantHosts: { fr: 1, de: 1 },
  },
  {
    id: 'sz.toegangsaanvraag',
    portal: 'sz',
    path: '/toegangsaanvraag',
    title: 'Sociale Zekerheid: toegangsaanvraag (lokale beheerder aanduiden)',
    variants: ['plain', 'vl', 'drift', 'fr', 'de', 'lit', 'other', 'next'],
    variantHosts: { fr: 1, de: 1 },
  },
  {
    id: 'sz.ticket',
    portal: 'sz',
    path: '/toegangsaanvraag/ticket',
    title: 'Sociale Zekerheid: toegangsaanvraag geregistreerd (ticketnummer)',
    variants: ['plain', 'vl', 'drift', 'fr', 'de', 'lit', 'other', 'next'],
    variantHosts: { fr: 1, de: 1 },
  },
  {
    id: 'sz.aanmelden',
    portal: 'sz',
    path: '/aanmelden',
    title: 'Sociale Zekerheid: aanmelden (voorlopige gebruikersnaam)',
    variants: ['plain', 'vl', 'drift', 'fr', 'de', 'lit', 'other', 'next'],
    variantHosts: { fr: 1, de: 1 },
  },
  {
    id: 'sz.maak-lokale-beheerder',
    portal: 'sz',
    path: '/aanmelden/lokale-beheerder',
    title: 'Sociale Zekerheid: maak een lokale beheerder',
    variants: ['plain', 'vl', 'drift', 'fr', 'de', 'lit', 'other', 'next'],
    variantHosts: { fr: 1, de: 1 },
  },
  {
    id: 'sz.welkom',
    portal: 'sz',
    path: '/welkom',
    title: 'Sociale Zekerheid: welkomspagina van de lokale beheerder',
    variants: ['plain', 'vl', 'drift', 'fr', 'de', 'lit', 'other', 'next'],
    variantHosts: { fr: 1, de: 1 },
  },
  {
    id: 'sz.beheer-gebruikers',
    portal: 'sz',
    path: '/beheer-gebruikers',
    title: 'Sociale Zekerheid: beheer van gebruikers',
    variants: ['plain', 'vl', 'drift', 'fr', 'de', 'lit', 'other', 'next'],
    variantHosts: { fr: 1, de: 1 },
  },
  {
    id: 'sz.wijzigen-profiel',
    portal: 'sz',
    path: '/beheer-gebruikers/profiel',
    title: 'Sociale Zekerheid: wijzigen profiel (STTS-profiel)',
    variants: ['plain', 'vl', 'drift', 'fr', 'de', 'lit', 'other', 'next'],
    variantHosts: { fr: 1, de: 1 },
  },
  {
    id: 'sz.nieuwe-gebruiker',
    portal: 'sz',
    path: '/beheer-gebruikers/nieuw',
    title: 'Sociale Zekerheid: nieuwe gebruiker toevoegen',
    variants: ['plain', 'vl', 'drift', 'fr', 'de', 'lit', 'other', 'next'],
    variantHosts: { fr: 1, de: 1 },
  },
  {
    id: 'sz.opzoeking',
    portal: 'sz',
    path: '/opzoeking',
    title: 'Sociale Zekerheid: opzoeking van gebruikers (complementair zoeken)',
    variants: ['plain', 'vl', 'drift', 'fr', 'de', 'lit', 'other', 'next'],
    variantHosts: { fr: 1, de: 1 },
  },
  {
    id: 'sz.nieuws',
    portal: 'sz',
    path: '/nieuws',
    title: 'Sociale Zekerheid: nieuws voor werkgevers (lokpagina)',
    variants: ['plain', 'other', 'next'],
    decoy: true,
  },
  // Werkplek Duaal (app.werkplekduaal.be).
  {
    id: 'wpd.dashboard',
    portal: 'wpd',
    path: '/',
    title: 'Werkplek Duaal: dashboard met taken (hernieuwing erkenning)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'wpd.sp-dashboard',
    portal: 'wpd',
    path: '/sp/dashboard',
    title: 'Werkplek Duaal: dashboard van een sectoraal partnerschap (rollen Medewerker, Behandelaar)',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'wpd.hernieuwing',
    portal: 'wpd',
    path: '/erkenningen/hernieuwing',
    title: 'Werkplek Duaal: beslissen hernieuwing erkenning',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'wpd.niet-ondersteund',
    portal: 'wpd',
    path: '/niet-ondersteund',
    title: 'Werkplek Duaal: browser niet ondersteund',
    variants: ['plain', 'vl', 'lit', 'drift', 'other', 'next'],
  },
  {
    id: 'wpd.handleidingen',
    portal: 'wpd',
    path: '/handleidingen',
    title: 'Werkplek Duaal: handleidingen (lokpagina)',
    variants: ['plain', 'other', 'next'],
    decoy: true,
  },
]) as PracticePage[];

/**
 * The https URL a practice page is served on; with a variant, the URL of that variant (the same
 * path, on `variantHosts[variant]` when the page has that variant there, e.g. socialsecurity.be for
 * `fr`/`de`).
 */
export function practiceUrl(page: PracticePage, variant?: Variant): string {
  const hosts = PORTALS[page.portal].hosts as readonly string[];
  const own = variant && page.variants.includes(variant) ? page.variantHosts?.[variant] : undefined;
  return `https://${hosts[own ?? page.host ?? 0]}${page.path}`;
}

/** The file (relative to `public/practice/`) that holds a page in a variant, falling back to `plain`. */
export function practiceFile(page: PracticePage, variant: Variant): string {
  const v = page.variants.includes(variant) ? variant : 'plain';
  return `${page.portal}/${page.id.slice(page.portal.length + 1)}.${v}.html`;
}

/**
 * The practice page served at a URL: the portal by host (any of its hosts, https only), the page by
 * path (query and hash ignored). `undefined` when no page has that path.
 */
export function practicePageForUrl(url: string | URL): PracticePage | undefined {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  return PRACTICE_PAGES.find(
    (p) =>
      (PORTALS[p.portal].hosts as readonly string[]).includes(parsed.hostname) &&
      new URL(p.path, 'https://x').pathname === parsed.pathname,
  );
}

/** A page by id; throws naming the id, for tests and flows that refer to a page that does not exist. */
export function practicePage(id: string): PracticePage {
  const page = PRACTICE_PAGES.find((p) => p.id === id);
  if (!page) throw new Error(`Unknown practice page "${id}"`);
  return page;
}
