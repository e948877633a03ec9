/**
 * The recogniser's quick paths (issue "as light as a tour library") must change no answer:
 * - lib/text.ts folds plain-ASCII text without decomposing it or using Unicode classes, and
 *   tries the synonyms only where one may start;
 * - lib/guide/recognise.ts answers a role signal with 0 without working out the page's names
 *   where none of its names occurs in the page's naming texts (lib/guide/a11y.ts `nameTexts`,
 *   lib/guide/text.ts `mayOccurIn`), and a heading phrase with 0 where it occurs in none of the
 *   headings taken together. Neither may ever say no where a name or a heading matches.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PAGES } from '../../../lib/flows/registry';
import { accessibleName, elementsByRole, nameTexts, type Role } from '../../../lib/guide/a11y';
import { readPage } from '../../../lib/guide/dom';
import { headingsOf } from '../../../lib/guide/recognise';
import { findPhrase, mayOccurIn, nameEvidence, phrase } from '../../../lib/guide/text';
import { normaliseText, SYNONYMS } from '../../../lib/text';
import { allReplicas, openReplica, type Replica } from '../../support/replica-dom';

/** lib/text.ts's fold as it was before the quick path (2026-12), the reference (same synonyms). */
function slowFold(text: string): string {
  let out = text
    .replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  for (const [pattern, canonical] of SYNONYMS) if (pattern.test(out)) out = out.replace(pattern, canonical);
  return out;
}

let open: Replica | undefined;
afterEach(() => {
  open?.close();
  open = undefined;
});

describe('the text normaliser, quick path', () => {
  const texts = [
    'Geef het KBO-nummer op',
    'KBO nummer',
    'Ondernemingsnummer: 0417.390.123',
    'ONDERNEMINGS NUMMER',
    'Enterprise number',
    'E-mail',
    'e mail adres',
    'Emailadres',
    'Begin datum / Eind datum',
    'U wilt doorgaan',
    'Wilton',
    'kbonummers',
    'Doorgaan als “SD WORX”',
    'Één café, naïef',
    'Doorgaan\u00a0als',
    'soft\u00adhyphen',
    'Łódź Straße',
    'مرحبا بكم',
    '  GEEF HET\n KBO\u2011NUMMER  OP. ',
    'Stap 1 van 3: Selecteer organisatie',
    '',
    '   ',
    '!!!',
    'a_b-c.d/e',
    'EMAIL',
    'e-mailadres',
  ];
  it.each(texts)('%j folds as before', (text) => {
    expect(normaliseText(text)).toBe(slowFold(text));
    expect(normaliseText(`${text} ${'x'.repeat(200)}`)).toBe(slowFold(`${text} ${'x'.repeat(200)}`));
  });

  it('folds random texts of letters, digits, accents, punctuation, signs and other scripts as before', () => {
    // Every code point below U+3100 that is no letter or digit, and a sample of those that are.
    const pool = ['a', 'Z', '7', ' ', '-', '.', 'é', 'ß', 'Ø', 'İ', '\u212a', 'ﬁ', '²', '½', '\u2776', 'µ', 'ª'];
    for (let c = 0x80; c < 0x3100; c++) pool.push(String.fromCharCode(c));
    let seed = 20261203;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let i = 0; i < 4000; i++) {
      let text = '';
      for (let n = next() % 12; n >= 0; n--)
        text += next() % 3 === 0 ? (pool[next() % pool.length] ?? '') : 'ab '[next() % 3];
      expect(normaliseText(text), JSON.stringify(text)).toBe(slowFold(text));
    }
  });

  it('folds every replica page as before', async () => {
    for (const [id, variant] of allReplicas().filter(([, v]) => v === 'plain' || v === 'fr' || v === 'de')) {
      open = await openReplica(id, variant);
      const raw = open.doc.body?.textContent ?? '';
      expect(normaliseText(raw), id).toBe(slowFold(raw));
      open.close();
      open = undefined;
    }
  });
});

// Every role and name the portals' screens ask for.
const ASKED = PAGES.flatMap((page) =>
  page.recognise.signals.flatMap((signal) =>
    signal.kind === 'role' && signal.names ? [{ roles: signal.roles as Role[], names: signal.names }] : [],
  ),
);

let skipped = 0;
let asked = 0;

describe('role names: the quick test never says no to a name on the page', () => {
  it.each(allReplicas())('%s (%s)', async (id, variant) => {
    open = await openReplica(id, variant);
    const view = readPage(open.doc, open.url);
    const haystack = nameTexts(view);
    for (const { roles, names } of ASKED) {
      const elements = roles.flatMap((role) => elementsByRole(view, role));
      for (const name of names) {
        const wanted = phrase(name);
        const may = mayOccurIn(haystack, wanted);
        asked++;
        if (!may) skipped++;
        if (may) continue;
        for (const element of elements) {
          const accName = accessibleName(view, element);
          expect(nameEvidence(accName, wanted.text), `${name} ← "${accName}"`).toBe(0);
        }
      }
    }
  });

  it('spares the work for most names (else it saves nothing)', () => {
    expect(asked).toBeGreaterThan(1000);
    expect(skipped).toBeGreaterThan(asked * 0.3);
  });
});

// Every phrase the screens look for in headings.
const IN_HEADINGS = PAGES.flatMap((page) =>
  page.recognise.signals.flatMap((signal) => (signal.kind === 'text' && signal.in === 'heading' ? signal.any : [])),
);

let headingSkips = 0;
let headingAsks = 0;

describe('heading phrases: the quick test never says no to a heading on the page', () => {
  it.each(allReplicas())('%s (%s)', async (id, variant) => {
    open = await openReplica(id, variant);
    const view = readPage(open.doc, open.url);
    for (const own of [false, true]) {
      const list = headingsOf(view, { own });
      for (const text of IN_HEADINGS) {
        const wanted = phrase(text);
        headingAsks++;
        if (mayOccurIn(list.join(' '), wanted)) continue;
        headingSkips++;
        for (const heading of list) expect(findPhrase(heading, wanted), `${text} ← "${heading}"`).toBeUndefined();
      }
    }
  });

  it('spares the work for most phrases (else it saves nothing)', () => {
    expect(headingAsks).toBeGreaterThan(1000);
    expect(headingSkips).toBeGreaterThan(headingAsks * 0.3);
  });
});
