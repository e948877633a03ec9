import { describe, expect, it } from 'vitest';
import { allMatchPatterns, matchPatterns, portalForUrl, portalIdPattern } from '../../lib/portals';

describe('portalForUrl', () => {
  it.each([
    ['https://wse-loket.vlaanderen.be/', 'wse'],
    ['https://loket.wse.vlaanderen.be/aanvraag?x=1', 'wse'],
    ['https://gebruikersbeheer.vlaanderen.be/', 'gb'],
    ['https://www.socialezekerheid.be/site_nl/employer/index.htm', 'sz'],
    ['https://www.socialsecurity.be/site_fr/', 'sz'],
    ['https://app.werkplekduaal.be/dashboard', 'wpd'],
  ])('%s is portal %s', (url, portal) => {
    expect(portalForUrl(url)).toBe(portal);
  });

  it.each([
    'http://wse-loket.vlaanderen.be/',
    'https://wse-loket.vlaanderen.be.evil.example/',
    'https://example.org/',
    'https://kbopub.economie.fgov.be/kbopub/',
    'not a url',
  ])('%s is no portal', (url) => {
    expect(portalForUrl(url)).toBeUndefined();
  });
});

describe('match patterns', () => {
  it('are https and host-exact, never broad', () => {
    for (const pattern of allMatchPatterns()) {
      expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
      expect(pattern).not.toContain('*.');
    }
    expect(matchPatterns('wse')).toEqual(['https://wse-loket.vlaanderen.be/*', 'https://loket.wse.vlaanderen.be/*']);
  });
});

describe('ids that start with a portal (the one portal list every schema takes)', () => {
  it.each([
    ['wse.kbo-prompt', 'one', true],
    ['gb.koppel-stap-1', 'one', true],
    ['sz.home', 'one', true],
    ['wpd.dashboard', 'one', true],
    ['kbo.zoek', 'one', false],
    ['wse.vov.terugbetaling', 'one', false],
    ['wse.vov.terugbetaling', 'many', true],
    ['wse', 'many', false],
    ['WSE.home', 'one', false],
  ] as const)('%s (%s part) → %s', (id, parts, ok) => {
    expect(portalIdPattern(parts).test(id)).toBe(ok);
  });
});
