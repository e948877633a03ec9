import { describe, expect, it } from 'vitest';
import { allMatchPatterns, matchPatterns, portalForUrl } from '../../lib/portals';

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
