/**
 * `wpd-header`: the top line of app.werkplekduaal.be — organisation, role(s), KBO number (seed
 * 004: "ACM Economische Actor: Beheerder 0417.390.703 | Mijn werkplekken | Mijn organisatie |
 * Wissel van organisatie | Afmelden"; "De grijze kader rechts bovenaan het scherm geeft het
 * ondernemingsnummer weer van de organisatie waarvoor u bent aangemeld") — read and said in the
 * card, with what these roles may and may not do here, asked of the rules engine in the
 * background (lib/guide/explain.ts answers `wpdRolesQuery`).
 *
 * Design note (2026-12): the line's markup is unknown (seed 004 shows it as one line of text; the
 * design system would make it a list). It is found from its links ("Wissel van organisatie",
 * "Mijn organisatie", "Afmelden"): the nearest container around one of them that also shows a
 * valid KBO number. Roles are the four names of seed 003; what stands before them is the
 * organisation, "Economische Actor" (seed 004) marks a company.
 */
import { z } from 'zod';
import { formatKbo, parseKbo } from '../../ids';
import { isolate } from '../../text';
import { accessibleName } from '../a11y';
import type { GuideWarning } from '../checks';
import { displayText, type PageView, parentAcross } from '../dom';
import { WPD_ROLE_NAMES, type WpdRoleName, type WpdSide, wpdRolesQuery } from '../explain-types';
import type { Text } from '../schema';
import type { FeatureKind } from './types';

export const schema = () => z.object({ kind: z.literal('wpd-header') }).strict();

export interface AccountLine {
  /** The organisation as written ("ACM"), without "Economische Actor". */
  organisation: string;
  /** A company ("Economische Actor", seed 004) or a sectoraal partnerschap; undefined when the line does not say. */
  side?: WpdSide;
  /** The roles in the line, in the order shown. */
  roles: WpdRoleName[];
  /** The KBO number, 10 digits. */
  kbo: string;
}

const ACCOUNT_LINKS = ['wissel van organisatie', 'mijn organisatie', 'mijn werkplekken', 'afmelden'];
const KBO_SHOWN = /(?:be\s?)?[01]\d{3}[.\s]?\d{3}[.\s]?\d{3}(?!\d)/gi;
const ROLE_WORDS = /\b(beheerder|behandelaar|medewerker|stemgerechtigde)\b/gi;
// The roles at the end of what stands before the number ("… Actor Beheerder", "…: Medewerker, Behandelaar").
const TRAILING_ROLES =
  /(?:\s*(?:[,/&+|·]|\ben\b|\bet\b)?\s*\b(?:beheerder|behandelaar|medewerker|stemgerechtigde)\b)+[\s,;:|·-]*$/i;

// Words that name the number, not the organisation: "KBO-nr. 0417…", "Ondernemingsnummer: 0417…".
const NUMBER_LABEL_AT_END =
  /\b(?:kbo(?:[-\s]?(?:nr|nummer))?|ondernemingsnummer|ondernemingsnr|btw(?:[-\s]?nr)?)\.?\s*:?\s*$/i;
// "Ingelogd als ACM", "Aangemeld voor ACM": the organisation follows the last such words.
const LOGIN_LABEL = /\b(?:ingelogd|aangemeld)\s+(?:als|voor)\b|\bu werkt voor\b/gi;
// Roles shown after the number ("0417.390.703 · Beheerder · economische actor", "met de rollen …").
const ROLES_AFTER =
  /^(?:[\s,;:|·/&+()-]+|\ben\b|\bet\b|\beconomische actor\b|\bmet\s+de\s+rol(?:len)?\b|\brol(?:len)?\b|\b(?:beheerder|behandelaar|medewerker|stemgerechtigde)\b)+/i;

function parseLine(text: string): AccountLine | undefined {
  for (const match of text.matchAll(KBO_SHOWN)) {
    const parsed = parseKbo(match[0]);
    if (!parsed.ok) continue;
    let before = text
      .slice(0, match.index)
      .replace(/[\s|·-]+$/, '')
      .replace(NUMBER_LABEL_AT_END, '')
      .replace(/[\s|·:-]+$/, '');
    const login = [...before.matchAll(LOGIN_LABEL)].at(-1);
    if (login?.index !== undefined) before = before.slice(login.index + login[0].length);
    const after = ROLES_AFTER.exec(text.slice((match.index ?? 0) + match[0].length))?.[0] ?? '';
    let organisation: string;
    let rolePart: string;
    const colon = before.lastIndexOf(':');
    if (colon >= 0) {
      organisation = before.slice(0, colon);
      rolePart = before.slice(colon + 1);
    } else {
      const tail = TRAILING_ROLES.exec(before);
      organisation = tail ? before.slice(0, tail.index) : before;
      rolePart = tail ? tail[0] : '';
    }
    const roles = [...`${rolePart} ${after}`.matchAll(ROLE_WORDS)]
      .map((m) => (m[1] ?? '').toLowerCase() as WpdRoleName)
      .filter((r, i, all) => (WPD_ROLE_NAMES as readonly string[]).includes(r) && all.indexOf(r) === i);
    const company = /\beconomische actor\b/i.test(`${organisation} ${after}`);
    const partnership = /\bpartnerschap\b/i.test(organisation);
    const name = organisation
      .replace(/\beconomische actor\b/i, '')
      // The side's own label after the name, as "Economische Actor" for a company (seed 004):
      // "Sectoraal Partnerschap Voeding Sectoraal partnerschap: Medewerker" (a page written blind).
      .replace(/(\S)\s+sectoraal partnerschap\s*$/i, '$1')
      .replace(/[\s:|·,-]+$/, '')
      .replace(/^[\s:|·,-]+/, '')
      .replace(/\s+/g, ' ')
      .trim();
    return {
      organisation: name || organisation.trim(),
      side: company ? 'onderneming' : partnership ? 'sectoraal-partnerschap' : undefined,
      roles,
      kbo: parsed.value,
    };
  }
  return undefined;
}

/**
 * The portal's top line, or undefined when the page shows none.
 *
 * @example
 * readAccountLine(readPage(document)) // → { organisation: 'ACM', side: 'onderneming', roles: ['beheerder'], kbo: '0417390703' }
 */
export function readAccountLine(view: PageView): AccountLine | undefined {
  const links = view
    .queryAll('a[href], button, [role="link"], [role="button"]')
    .filter((el) => ACCOUNT_LINKS.includes(accessibleName(view, el)));
  for (const link of links) {
    let node = parentAcross(link);
    for (let hops = 0; node && hops < 6; node = parentAcross(node), hops++) {
      const text = displayText(node);
      if (text.length > 500) break;
      const line = parseLine(text);
      if (line) return line;
    }
  }
  return undefined;
}

const ROLE_LABEL: Record<WpdRoleName, string> = {
  beheerder: 'Beheerder',
  behandelaar: 'Behandelaar',
  medewerker: 'Medewerker',
  stemgerechtigde: 'Stemgerechtigde',
};

function joinRoles(roles: readonly WpdRoleName[], and: string): string {
  const names = roles.map((r) => `'${ROLE_LABEL[r]}'`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

function seenLine(line: AccountLine, side: WpdSide): GuideWarning {
  const kbo = formatKbo(line.kbo);
  const who = isolate(line.organisation);
  const as = {
    nl: side === 'onderneming' ? 'onderneming' : 'sectoraal partnerschap',
    en: side === 'onderneming' ? 'company' : 'sectoral partnership',
  };
  const roles = line.roles.length
    ? {
        nl: ` met de rol ${joinRoles(line.roles, 'en')}`,
        en: ` with the role ${joinRoles(line.roles, 'and')}`,
      }
    : { nl: ' (geen rol te lezen in de lijn bovenaan)', en: ' (no role to read in the top line)' };
  return {
    id: 'wpd-aangemeld',
    level: 'info',
    text: {
      nl: `Aangemeld voor ${who} (${as.nl}, KBO ${kbo})${roles.nl}.`,
      en: `Logged in for ${who} (${as.en}, KBO ${kbo})${roles.en}.`,
    },
  };
}

function title(side: WpdSide, roles: readonly WpdRoleName[]): Text {
  if (side === 'onderneming') {
    return {
      nl: 'Wat u hier als onderneming kan (en wat niet)',
      en: 'What you can do here as a company (and what not)',
    };
  }
  if (roles.length === 0) return { nl: 'Wat elke rol mag', en: 'What each role may do' };
  return {
    nl: `Wat u met ${roles.length > 1 ? 'deze rollen' : 'deze rol'} mag, en wat niet`,
    en: `What you may do with ${roles.length > 1 ? 'these roles' : 'this role'}, and what not`,
  };
}

export const wpdHeader: FeatureKind = {
  onStep(_feature, ctx) {
    const line = readAccountLine(ctx.view);
    if (!line) return {};
    // Without "Economische Actor" or "partnerschap" in the line, roles mean a partnership (seed 003).
    const side: WpdSide = line.side ?? (line.roles.length > 0 ? 'sectoraal-partnerschap' : 'onderneming');
    const query = wpdRolesQuery(side, line.roles);
    const items = ctx.ask(`facts|${query}`, () => ctx.explain.facts([query]));
    return {
      warnings: [seenLine(line, side)],
      ...(items && items.length > 0 ? { facts: { title: title(side, line.roles), items } } : {}),
    };
  },
};
