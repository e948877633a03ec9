import { describe, expect, it } from 'vitest';
import { GOAL_IDS } from '../../../lib/knowledge/index';
import {
  closestIds,
  editDistance,
  explain,
  normalizeText,
  requestMessage,
  searchTasks,
} from '../../../lib/rules/index';

const top = (query: string, lang?: 'nl' | 'en') => searchTasks(query, lang)[0]?.id;

describe('searchTasks', () => {
  it.each([
    ['opleidingsverlof', 'wse.vov.terugbetaling'],
    ['stemmen', 'wpd.sp.stem-registreren'],
    ['annulatie', 'stts.annulatie'],
    ['klant', 'wse.ss.aanvraag-voor-klant'],
    ['VOV', 'wse.vov.terugbetaling'],
    ['lokale beheerder vervangen', 'sz.lokale-beheerder-vervangen'],
    ['erkenning hernieuwen', 'wpd.ond.erkenning-hernieuwen'],
    ['knipperlichten instellen', 'wpd.sp.knipperlichten-instellen'],
    ['stopzetten', 'stts.stopzetting'],
    ['gebruiker blokkeren', 'sz.gebruikers-beheren'],
  ])('"%s" finds %s first', (query, goal) => {
    expect(top(query)).toBe(goal);
  });

  it('ignores case and accents', () => {
    expect(top('OPLEIDINGSVERLOF')).toBe('wse.vov.terugbetaling');
    expect(top('annulatíe')).toBe('stts.annulatie');
    expect(top('Kopiëren? Nee: KLÁNT')).toBe('wse.ss.aanvraag-voor-klant');
  });

  it('finds English words, preferring English labels when asked', () => {
    expect(top('training leave', 'en')).toBe('wse.vov.terugbetaling');
    expect(top('vote', 'en')).toBe('wpd.sp.stem-registreren');
    expect(top('cancel', 'en')).toBe('stts.annulatie');
  });

  it('forgives a typo and whole sentences', () => {
    expect(top('opleidingverlof')).toBe('wse.vov.terugbetaling');
    expect(top('ik wil mijn opleidingsverlof terugbetaald krijgen')).toBe('wse.vov.terugbetaling');
  });

  it('finds a word inside a compound ("verlof" in "opleidingsverlof")', () => {
    expect(top('verlof')).toBe('wse.vov.terugbetaling');
  });

  it('returns every task for an empty query and none for nonsense', () => {
    expect(searchTasks('  ').map((t) => t.id)).toEqual([...GOAL_IDS]);
    expect(searchTasks('qqqzzz')).toEqual([]);
  });

  it('returns task summaries with portal and labels', () => {
    expect(searchTasks('stemmen')[0]).toMatchObject({ portal: 'wpd', label: { nl: expect.stringContaining('stem') } });
  });
});

describe('helpers', () => {
  it('normalizeText drops accents, case and punctuation', () => {
    expect(normalizeText('Terugbetaling Opleidingsverlof (VOV) — één')).toBe('terugbetaling opleidingsverlof vov een');
  });

  it('editDistance is Levenshtein', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('closestIds returns canonical ids, each once', () => {
    const candidates: [string, string][] = [
      ['recht:ssm-mandaatuitvoerder', 'recht:dimona-mandaatuitvoerder'],
      ['recht:dimona-mandaatuitvoerder', 'recht:dimona-mandaatuitvoerder'],
      ['werkrelatie', 'werkrelatie'],
    ];
    expect(closestIds('recht:ssm-mandaatuitvoerders', candidates)).toEqual(['recht:dimona-mandaatuitvoerder']);
  });
});

describe('requestMessage', () => {
  const vov = explain({ goal: 'wse.vov.terugbetaling', have: ['werkrelatie'] });

  it('names exactly the right, its context and the organisation, addressed to the lokale beheerder', () => {
    const msg = requestMessage(vov, { organisation: 'Bakkerij Peeters', person: 'An Peeters' });
    expect(msg.startsWith('Beste lokale beheerder,')).toBe(true);
    expect(msg).toContain(
      "het gebruikersrecht 'DWSE organisatieverantwoordelijke' met context 'opleidingsverlof' voor Bakkerij Peeters",
    );
    expect(msg).toContain('WSE-loket');
    expect(msg).toContain('Terugbetalingsaanvraag Vlaams opleidingsverlof');
    expect(msg.trimEnd().endsWith('An Peeters')).toBe(true);
  });

  it('lists every gap in fix order, numbered', () => {
    const msg = requestMessage(explain({ goal: 'wse.ss.aanvraag-voor-klant', have: [] }), { organisation: 'SD Worx' });
    const lines = msg.split('\n').filter((l) => /^\d\. /.test(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("'Dimona Mandaatnemer'");
    expect(lines[1]).toContain('werkrelatie met SD Worx');
    expect(lines[2]).toContain("'Dimona Mandaatuitvoerder' voor SD Worx");
    // Several grantors (DWSE and the hoofd lokale beheerder): each line says who.
    expect(msg.startsWith('Beste collega,')).toBe(true);
    expect(lines[0]).toContain('toe te kennen door het Departement Werk en Sociale Economie');
  });

  it('quotes what the guide saw', () => {
    const e = explain({
      goal: 'wse.vov.terugbetaling',
      have: ['werkrelatie'],
      missing: [{ observation: 'wse.gebruikersrecht-aanvragen-knop', page: 'wse.aanvragen' }],
    });
    expect(requestMessage(e, {})).toContain("de blauwe knop 'Gebruikersrecht aanvragen'");
  });

  it('says the rijksregisternummer will follow, and never contains one', () => {
    const msg = requestMessage(explain({ goal: 'wpd.sp.stem-registreren', have: [] }), {
      organisation: 'Sectoraal partnerschap Bouw',
      person: 'Jan',
    });
    expect(msg.startsWith('Beste hoofd lokale beheerder,')).toBe(true);
    expect(msg).toContain("de rol 'Stemgerechtigde'");
    expect(msg).toContain('mijn rijksregisternummer');
    expect(msg).not.toMatch(/\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}|\d{11}/);
  });

  it('uses a neutral organisation when none is given, and English on request', () => {
    expect(requestMessage(vov, {})).toContain('voor onze organisatie');
    const en = requestMessage(vov, { organisation: 'ACME', lang: 'en' });
    expect(en.startsWith('Dear local administrator,')).toBe(true);
    expect(en).toContain("with context 'opleidingsverlof' for ACME");
  });

  it('is empty when nothing is missing', () => {
    expect(requestMessage(explain({ goal: 'sz.lokale-beheerder-aanduiden', have: [] }), {})).toBe('');
  });
});
