import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FLOWS, PAGES_BY_ID } from '../../../lib/flows/registry';
import { PORTALS } from '../../../lib/portals';
import {
  PRACTICE_PAGES,
  type PracticePage,
  practicePage,
  practicePageForUrl,
  practiceUrl,
} from '../../../lib/practice/catalog';
import {
  DEFAULT_LOOK,
  fileUrlFor,
  type PracticeLook,
  portalUrlForFile,
  replicaOf,
  resolvePracticeLink,
  SHIPPED_VARIANTS,
  stepUrl,
  variantAt,
} from '../../../lib/practice/navigation';

// happy-dom replaces the global URL, so resolve from the file path, not with new URL(…, import.meta.url).
const PUBLIC = resolve(dirname(fileURLToPath(import.meta.url)), '../../../public');

const WSE = 'https://wse-loket.vlaanderen.be';
const GB = 'https://gebruikersbeheer.vlaanderen.be';
const SZ_NL = 'https://www.socialezekerheid.be';
const SZ_FR = 'https://www.socialsecurity.be';

/** The look that shows a page in a variant: the markup for plain/vl, the portal language for fr/de. */
function lookFor(variant: (typeof SHIPPED_VARIANTS)[number]): PracticeLook {
  if (variant === 'vl') return { markup: 'vl', portalLang: 'nl' };
  if (variant === 'fr' || variant === 'de') return { markup: 'plain', portalLang: variant };
  return DEFAULT_LOOK;
}

const stem = (page: PracticePage) => page.id.slice(page.portal.length + 1);

const cases = PRACTICE_PAGES.flatMap((page) =>
  SHIPPED_VARIANTS.filter((variant) => page.variants.includes(variant)).map((variant) => ({ page, variant })),
);

describe('portal URL ↔ replica file', () => {
  it('covers every practice page in at least plain', () => {
    expect(new Set(cases.map((c) => c.page.id)).size).toBe(PRACTICE_PAGES.length);
    // The shipped languages only exist on the social security portal.
    expect(cases.filter((c) => c.variant === 'fr').map((c) => c.page.id)).toEqual([
      'sz.home',
      'sz.werkgevers',
      'sz.hoe-registreren',
      'sz.toegangsaanvraag',
      'sz.ticket',
      'sz.aanmelden',
      'sz.maak-lokale-beheerder',
      'sz.welkom',
      'sz.beheer-gebruikers',
      'sz.wijzigen-profiel',
      'sz.nieuwe-gebruiker',
      'sz.opzoeking',
    ]);
  });

  it.each(cases.map((c) => [`${c.page.id} (${c.variant})`, c] as const))(
    '%s: fileUrlFor → portalUrlForFile gives back the same page and URL, query kept',
    (_label, { page, variant }) => {
      const portalUrl = new URL(practiceUrl(page, variant));
      portalUrl.search = '?kbo=0812345603&dienst=vov';
      const file = fileUrlFor(page, portalUrl.href, lookFor(variant));
      expect(file).toBe(`/practice/${page.portal}/${stem(page)}.${variant}.html?kbo=0812345603&dienst=vov`);
      const [pathname = '', query = ''] = file.split('?');
      expect(existsSync(`${PUBLIC}${pathname}`)).toBe(true);
      const back = portalUrlForFile(pathname, `?${query}`);
      expect(back?.page.id).toBe(page.id);
      expect(back?.url).toBe(portalUrl.href);
    },
  );

  it('a file URL without a query gives the bare portal URL', () => {
    expect(portalUrlForFile('/practice/wse/home.plain.html', '')).toEqual({
      page: practicePage('wse.home'),
      url: `${WSE}/home`,
    });
    expect(portalUrlForFile('/practice/sz/home.fr.html', '')?.url).toBe(`${SZ_FR}/`);
    expect(portalUrlForFile('/practice/sz/welkom.de.html', '?x=1')?.url).toBe(`${SZ_FR}/welkom?x=1`);
    expect(portalUrlForFile('/practice/sz/welkom.plain.html', '')?.url).toBe(`${SZ_NL}/welkom`);
  });

  it.each([
    ['an asset', '/practice/assets/replica.js'],
    ['an unknown page', '/practice/wse/bestaat-niet.plain.html'],
    ['an unknown portal folder', '/practice/xx/home.plain.html'],
    ['a path outside /practice/', '/oefenmodus.html'],
    ['a page of another portal folder', '/practice/gb/home.plain.html'],
  ])('portalUrlForFile: %s is no replica', (_label, pathname) => {
    expect(portalUrlForFile(pathname, '')).toBeUndefined();
  });

  it('a markup the page does not have falls back to plain', () => {
    const news = practicePage('sz.nieuws');
    expect(fileUrlFor(news, `${SZ_NL}/nieuws`, { markup: 'vl', portalLang: 'nl' })).toBe(
      '/practice/sz/nieuws.plain.html',
    );
    const wse = practicePage('wse.home');
    expect(fileUrlFor(wse, `${WSE}/home`, { markup: 'vl', portalLang: 'fr' })).toBe('/practice/wse/home.vl.html');
    expect(fileUrlFor(practicePage('wse.faq'), `${WSE}/faq`, { markup: 'vl', portalLang: 'nl' })).toBe(
      '/practice/wse/faq.plain.html',
    );
  });
});

describe('the two hosts of the social security portal', () => {
  const home = practicePage('sz.home');

  it('socialsecurity.be gives the fr or de file, per look.portalLang', () => {
    expect(fileUrlFor(home, `${SZ_FR}/`, { markup: 'plain', portalLang: 'fr' })).toBe('/practice/sz/home.fr.html');
    expect(fileUrlFor(home, `${SZ_FR}/`, { markup: 'plain', portalLang: 'de' })).toBe('/practice/sz/home.de.html');
    expect(fileUrlFor(home, `${SZ_FR}/?taal=de`, { markup: 'vl', portalLang: 'de' })).toBe(
      '/practice/sz/home.de.html?taal=de',
    );
    // A Dutch look on the French host still shows a language of that host, not the Dutch page.
    expect(variantAt(home, `${SZ_FR}/`, DEFAULT_LOOK)).toBe('fr');
  });

  it('socialezekerheid.be gives the Dutch file whatever the portal language', () => {
    expect(variantAt(home, `${SZ_NL}/`, { markup: 'plain', portalLang: 'fr' })).toBe('plain');
    expect(variantAt(home, `${SZ_NL}/`, { markup: 'plain', portalLang: 'de' })).toBe('plain');
  });

  it('a page without a fr/de file shows plain on socialsecurity.be', () => {
    const page = practicePage('sz.nieuws');
    expect(fileUrlFor(page, `${SZ_FR}/nieuws`, { markup: 'plain', portalLang: 'fr' })).toBe(
      '/practice/sz/nieuws.plain.html',
    );
  });
});

describe('resolvePracticeLink', () => {
  it('resolves a relative link against the portal URL, query kept', () => {
    expect(resolvePracticeLink('/aanmelden/klant?kbo=0812345603', `${WSE}/aanmelden/organisatie`)).toEqual({
      kind: 'page',
      page: practicePage('wse.kbo-prompt'),
      url: `${WSE}/aanmelden/klant?kbo=0812345603`,
    });
    const sibling = resolvePracticeLink('stap-2', `${GB}/koppel/stap-1`);
    expect(sibling.kind === 'page' && sibling.page.id).toBe('gb.koppel-stap-2');
    expect(sibling.url).toBe(`${GB}/koppel/stap-2`);
  });

  it('follows an absolute link to another portal (gebruikersbeheer)', () => {
    const link = resolvePracticeLink(`${GB}/koppel/stap-1`, `${WSE}/aanvragen/zonder-recht`);
    expect(link.kind).toBe('page');
    expect(link.kind === 'page' && link.page.id).toBe('gb.koppel-stap-1');
    expect(link.kind === 'page' && link.page.portal).toBe('gb');
    expect(link.url).toBe(`${GB}/koppel/stap-1`);
  });

  it('finds a page on any host of its portal', () => {
    const link = resolvePracticeLink('https://loket.wse.vlaanderen.be/home', `${WSE}/`);
    expect(link.kind === 'page' && link.page.id).toBe('wse.home');
    const fr = resolvePracticeLink('/beheer-gebruikers', `${SZ_FR}/welkom`);
    expect(fr.kind === 'page' && fr.page.id).toBe('sz.beheer-gebruikers');
    expect(fr.url).toBe(`${SZ_FR}/beheer-gebruikers`);
  });

  it('an unknown path on a portal is missing, with the portal', () => {
    expect(resolvePracticeLink('/bestaat-niet?x=1', `${WSE}/home`)).toEqual({
      kind: 'missing',
      portal: 'wse',
      url: `${WSE}/bestaat-niet?x=1`,
    });
    expect(resolvePracticeLink(`${GB}/nergens`, `${WSE}/home`)).toMatchObject({ kind: 'missing', portal: 'gb' });
  });

  it.each([
    ['http:// on a portal host', 'http://wse-loket.vlaanderen.be/home'],
    ['another host', 'https://example.org/home'],
    ['a look-alike host', 'https://wse-loket.vlaanderen.be.evil.example/home'],
    ['mailto:', 'mailto:helpdesk@vlaanderen.be'],
  ])('%s is outside', (_label, href) => {
    const link = resolvePracticeLink(href, `${WSE}/home`);
    expect(link.kind).toBe('outside');
    expect(link.url).toBe(new URL(href).href);
  });

  it('a hash on the same page is same-page; with another query or path it is a page', () => {
    expect(resolvePracticeLink('#inhoud', `${WSE}/home`)).toEqual({ kind: 'same-page', url: `${WSE}/home#inhoud` });
    expect(resolvePracticeLink('/home#inhoud', `${WSE}/home`).kind).toBe('same-page');
    expect(resolvePracticeLink('/home?kbo=0812345603#inhoud', `${WSE}/home`).kind).toBe('page');
    expect(resolvePracticeLink('/faq#inhoud', `${WSE}/home`).kind).toBe('page');
    // The same page without a hash is a reload of that page, not a jump within it.
    expect(resolvePracticeLink('/home', `${WSE}/home`).kind).toBe('page');
  });
});

describe('replicaOf and stepUrl', () => {
  it('replicaOf: the first replica, else the page of the same id, else nothing', () => {
    expect(replicaOf(PAGES_BY_ID.get('wse.aanvragen'), 'wse.aanvragen')?.id).toBe('wse.aanvragen');
    expect(replicaOf(PAGES_BY_ID.get('wse.kbo-prompt'), 'wse.kbo-prompt')?.id).toBe('wse.kbo-prompt');
    expect(replicaOf(undefined, 'gb.beheer')?.id).toBe('gb.beheer');
    expect(replicaOf(undefined, 'wse.bestaat-niet')).toBeUndefined();
  });

  const steps = FLOWS.flatMap((flow) => flow.steps.map((step, index) => ({ flow, step, index })));

  it.each(steps.map((s) => [`${s.flow.id} #${s.index + 1} (${s.step.page})`, s] as const))(
    '%s: stepUrl leads to a replica of the step’s page state',
    (_label, { flow, step, index }) => {
      const state = PAGES_BY_ID.get(step.page);
      expect(state, `page state ${step.page}`).toBeDefined();
      const replicas = state?.replicas ?? [step.page];
      const url = stepUrl(flow, index, PAGES_BY_ID, DEFAULT_LOOK);
      expect(url).toBeDefined();
      const page = practicePageForUrl(url ?? '');
      expect(replicas).toContain(page?.id);
      // In Dutch, on the portal's first host.
      expect(new URL(url ?? '').hostname).toBe(PORTALS[flow.portal].hosts[0]);

      const fr = stepUrl(flow, index, PAGES_BY_ID, { markup: 'vl', portalLang: 'fr' });
      expect(practicePageForUrl(fr ?? '')?.id).toBe(page?.id);
      const host = new URL(fr ?? '').hostname;
      expect(host).toBe(page?.variants.includes('fr') ? 'www.socialsecurity.be' : PORTALS[flow.portal].hosts[0]);
    },
  );

  it('is undefined past the last step', () => {
    const flow = FLOWS[0];
    if (!flow) throw new Error('no flows');
    expect(stepUrl(flow, flow.steps.length, PAGES_BY_ID, DEFAULT_LOOK)).toBeUndefined();
    expect(stepUrl(flow, -1, PAGES_BY_ID, DEFAULT_LOOK)).toBeUndefined();
  });
});
