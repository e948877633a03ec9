/**
 * The portals Loketgids knows, and the https hosts each one is served on (DOMAIN.md §2).
 *
 * This is the single source for the manifest's content-script matches and host permissions,
 * for the content scripts themselves and for the tests that serve replicas on these hostnames.
 *
 * @example
 * portalForUrl('https://loket.wse.vlaanderen.be/start') // → 'wse'
 */
export const PORTALS = {
  wse: {
    name: 'WSE-loket',
    hosts: ['wse-loket.vlaanderen.be', 'loket.wse.vlaanderen.be'],
  },
  gb: {
    name: 'Gebruikersbeheer Vlaamse overheid',
    hosts: [
      'gebruikersbeheer.vlaanderen.be',
      'vo-gebruikersbeheer.vlaanderen.be',
      'mijnprofiel-gebruikersbeheer.vlaanderen.be',
    ],
  },
  sz: {
    name: 'Portaal van de Sociale Zekerheid',
    hosts: ['www.socialezekerheid.be', 'www.socialsecurity.be'],
  },
  wpd: {
    name: 'Werkplek Duaal',
    hosts: ['app.werkplekduaal.be'],
  },
} as const satisfies Record<string, { name: string; hosts: readonly string[] }>;

export type PortalId = keyof typeof PORTALS;

export const PORTAL_IDS = Object.keys(PORTALS) as PortalId[];

/** The portal ids as a tuple (for `z.enum`) — the one list every schema takes them from. */
export const PORTAL_TUPLE = PORTAL_IDS as [PortalId, ...PortalId[]];

/**
 * An id that starts with a portal id: `wse.kbo-prompt` (one part after the portal) or, with
 * `parts: 'many'`, `wse.vov.terugbetaling`.
 */
export function portalIdPattern(parts: 'one' | 'many' = 'one'): RegExp {
  const tail = parts === 'one' ? '\\.[a-z0-9-]+' : '(\\.[a-z0-9-]+)+';
  return new RegExp(`^(${PORTAL_IDS.join('|')})${tail}$`);
}

/** Match patterns (`https://host/*`) for one portal, as the manifest wants them. */
export function matchPatterns(portal: PortalId): string[] {
  return PORTALS[portal].hosts.map((host) => `https://${host}/*`);
}

/** Every portal's match patterns: the extension's whole host reach. */
export function allMatchPatterns(): string[] {
  return PORTAL_IDS.flatMap(matchPatterns);
}

/**
 * Which portal a URL belongs to, or `undefined`. Only https and an exact host count:
 * `http://wse-loket.vlaanderen.be` and `wse-loket.vlaanderen.be.evil.example` are not portals.
 */
export function portalForUrl(url: string | URL): PortalId | undefined {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  return PORTAL_IDS.find((id) => (PORTALS[id].hosts as readonly string[]).includes(parsed.hostname));
}
