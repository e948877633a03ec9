/**
 * The catalogues (lib/i18n): every language has every key of the Dutch one, with the same
 * placeholders; the Dutch texts — catalogues, flows, knowledge base, identifier messages — use
 * the formal "u", never "je/jij/jouw"; the language setting resolves as documented.
 */
import { describe, expect, it } from 'vitest';
import { FLOWS } from '../../../lib/flows/registry';
import { APP, appLang, appT, appTn } from '../../../lib/i18n/app';
import { addCardLanguages, en, nl, t, tn } from '../../../lib/i18n/card';
import { CARD_FR_DE } from '../../../lib/i18n/card-fr-de';
import { format, placeholders } from '../../../lib/i18n/format';
import { resolveLang } from '../../../lib/i18n/lang';
import { parseKbo, parseRrn, parseRsz } from '../../../lib/ids';
import { KNOWLEDGE } from '../../../lib/knowledge/index';

/** Every language of the card's catalogue (a script carries only the ones its card can speak). */
const CARD = { nl, en, ...CARD_FR_DE };
addCardLanguages(CARD_FR_DE);

const CATALOGUES = { card: CARD, app: APP } as const;

/** Every `nl` string of the Text objects (`{ nl, en, … }`) in a value, with where it was found. */
function dutchTexts(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) dutchTexts(item, `${path}[${i}]`, out);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.nl === 'string') out.push([path, record.nl]);
    for (const [key, item] of Object.entries(record)) if (key !== 'nl') dutchTexts(item, `${path}.${key}`, out);
  }
  return out;
}

// Word boundaries that know accented letters: "jeugd" or "Jean" are not "je".
const INFORMAL = /(?<![\p{L}\p{N}])(je|jij|jou|jouw|jullie|jezelf)(?![\p{L}\p{N}])/iu;

describe('catalogues', () => {
  for (const [surface, byLang] of Object.entries(CATALOGUES)) {
    const dutch = byLang.nl as Record<string, string>;
    for (const [lang, catalogue] of Object.entries(byLang)) {
      it(`${surface}/${lang} has every Dutch key, no other, each with the Dutch one's placeholders`, () => {
        const entries = catalogue as Record<string, string>;
        expect(Object.keys(entries).sort()).toEqual(Object.keys(dutch).sort());
        for (const [key, text] of Object.entries(dutch)) {
          expect({ key, placeholders: placeholders(entries[key] ?? '') }).toEqual({
            key,
            placeholders: placeholders(text),
          });
          expect(entries[key]?.trim(), `${surface}/${lang} ${key} is empty`).not.toBe('');
        }
      });
    }
    it(`${surface}: every plural key has its pair`, () => {
      for (const key of Object.keys(dutch)) {
        if (key.endsWith('.one')) expect(dutch).toHaveProperty([key.replace(/\.one$/, '.other')]);
        if (key.endsWith('.other')) expect(dutch).toHaveProperty([key.replace(/\.other$/, '.one')]);
      }
    });
  }

  it('fills placeholders, and plurals by count, written for the language', () => {
    expect(format('Stap {n} van {total}', { n: 2, total: 5 })).toBe('Stap 2 van 5');
    expect(placeholders('{b} en {a} en {b}')).toEqual(['a', 'b']);
    expect(t('fr', 'step.count', { n: 2, total: 5 })).toBe('Étape 2 sur 5');
    expect(tn('nl', 'renewal.left', 1)).toBe('nog 1 dag');
    expect(tn('nl', 'renewal.left', 3)).toBe('nog 3 dagen');
    expect(appTn('nl', 'clients.found', 1234)).toBe('1.234 klanten gevonden');
    expect(appTn('en', 'clients.found', 1234)).toBe('1,234 clients found');
    expect(appT('en', 'clients.saved', { name: 'Bakkerij Peeters', kbo: '0417.390.703' })).toBe(
      'Saved: Bakkerij Peeters (0417.390.703)',
    );
  });
});

describe('the language setting', () => {
  it.each([
    ['auto', 'nl-BE', 'nl'],
    ['auto', 'fr-BE', 'fr'],
    ['auto', 'de', 'de'],
    ['auto', 'en-US', 'en'],
    ['auto', 'es-ES', 'nl'],
    ['auto', '', 'nl'],
    ['en', 'fr-BE', 'en'],
    ['fr', 'nl-BE', 'fr'],
  ] as const)('%s with a browser in %s speaks %s', (setting, browser, expected) => {
    expect(resolveLang(setting, browser)).toBe(expected);
  });

  it("follows the browser's own language by default", () => {
    expect(resolveLang('auto')).toBe('nl'); // test/support/unit-setup.ts: the browser speaks nl-BE
    expect(resolveLang(undefined, 'de-DE')).toBe('de');
  });

  it('the app is Dutch or English, one whole language: French and German read it in Dutch', () => {
    expect(['nl', 'en', 'fr', 'de'].map((lang) => appLang(lang as 'nl'))).toEqual(['nl', 'en', 'nl', 'nl']);
  });
});

describe('Dutch in the formal "u"', () => {
  const sources: [string, string][] = [
    ...Object.entries(CARD.nl).map(([key, text]): [string, string] => [`card ${key}`, text]),
    ...Object.entries(APP.nl).map(([key, text]): [string, string] => [`app ${key}`, text]),
    ...dutchTexts(FLOWS, 'flows'),
    ...dutchTexts(KNOWLEDGE, 'knowledge'),
    ...['0417.390.704', '12', 'abc', ''].flatMap((input): [string, string][] => [
      [`kbo ${input}`, dutchTexts(parseKbo(input), '')[0]?.[1] ?? ''],
      [`rrn ${input}`, dutchTexts(parseRrn(input), '')[0]?.[1] ?? ''],
      [`rsz ${input}`, dutchTexts(parseRsz(input), '')[0]?.[1] ?? ''],
    ]),
  ];

  it('finds the texts it checks (catalogues, every flow, the knowledge base)', () => {
    expect(sources.length).toBeGreaterThan(600);
    expect(sources.some(([where]) => where.startsWith('flows'))).toBe(true);
    expect(sources.some(([where]) => where.startsWith('knowledge'))).toBe(true);
    expect(INFORMAL.test('Kies je klant')).toBe(true);
    expect(INFORMAL.test('Jouw rechten')).toBe(true);
    expect(INFORMAL.test('Kies uw klant; jeugdwerk; Jean')).toBe(false);
  });

  it('has no je/jij/jouw in any Dutch text the person reads', () => {
    const informal = sources.filter(([, text]) => INFORMAL.test(text));
    expect(informal).toEqual([]);
  });
});
