import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clientRecordSchema, isStoredKbo } from '../../../lib/db';
import { parseKbo, parseRrn } from '../../../lib/ids';
import { DEMO_CLIENTS, DEMO_PEOPLE, demoOwnOrganisation } from '../../../lib/practice/demo';
import { PROFILES } from '../../../lib/state';

// happy-dom replaces the global URL, so resolve from the file path, not with new URL(…, import.meta.url).
const PRACTICE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/practice');

describe('DEMO_CLIENTS', () => {
  it('are six clients', () => {
    expect(DEMO_CLIENTS).toHaveLength(6);
  });

  it.each(DEMO_CLIENTS.map((client) => [client.name, client] as const))(
    '%s: its KBO number passes parseKbo and is the stored form',
    (_name, client) => {
      expect(client.kbo).toMatch(/^\d{10}$/);
      const parsed = parseKbo(client.kbo);
      expect(parsed.ok).toBe(true);
      expect(parsed.ok && parsed.value).toBe(client.kbo);
      expect(isStoredKbo(client.kbo)).toBe(true);
      // The database takes it as it is (lib/practice/profile.ts stores them without a check).
      expect(clientRecordSchema.safeParse({ ...client, createdAt: 1, updatedAt: 1 }).success).toBe(true);
      // Found by the practice profile's search word.
      expect(client.tags).toContain('oefen');
    },
  );

  it('have exactly one school', () => {
    const schools = DEMO_CLIENTS.filter((client) => client.school);
    expect(schools.map((client) => client.name)).toEqual(['Vrije Basisschool De Oefenboom']);
  });

  it('have unique names and KBO numbers', () => {
    expect(new Set(DEMO_CLIENTS.map((client) => client.name)).size).toBe(DEMO_CLIENTS.length);
    expect(new Set(DEMO_CLIENTS.map((client) => client.kbo)).size).toBe(DEMO_CLIENTS.length);
  });

  it('none is the own organisation', () => {
    const own = demoOwnOrganisation('werkgever');
    expect(DEMO_CLIENTS.map((client) => client.kbo)).not.toContain(own.kbo);
    expect(DEMO_CLIENTS.map((client) => client.name)).not.toContain(own.name);
  });
});

describe('DEMO_PEOPLE', () => {
  it.each(DEMO_PEOPLE.map((person) => [person.name, person] as const))(
    '%s: the rijksregisternummer passes parseRrn, formatted as on the portals',
    (_name, person) => {
      const parsed = parseRrn(person.rrn);
      expect(parsed.ok).toBe(true);
      expect(parsed.ok && parsed.formatted).toBe(person.rrn);
      expect(parsed.bis).toBe(false);
      expect(person.rrn).toMatch(/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/);
    },
  );

  it('use only the serial numbers 995–999, as demo.ts documents', () => {
    for (const person of DEMO_PEOPLE) {
      const parsed = parseRrn(person.rrn);
      const serial = Number(parsed.ok ? parsed.value.slice(6, 9) : Number.NaN);
      expect(serial).toBeGreaterThanOrEqual(995);
      expect(serial).toBeLessThanOrEqual(999);
    }
  });

  it('have unique names and numbers, and both role texts', () => {
    expect(new Set(DEMO_PEOPLE.map((person) => person.name)).size).toBe(DEMO_PEOPLE.length);
    expect(new Set(DEMO_PEOPLE.map((person) => person.rrn)).size).toBe(DEMO_PEOPLE.length);
    for (const person of DEMO_PEOPLE) {
      expect(person.role.nl.trim()).not.toBe('');
      expect(person.role.en.trim()).not.toBe('');
    }
  });
});

describe('demoOwnOrganisation', () => {
  it('an employer works as the replicas’ employer tile, with a valid KBO number', () => {
    const own = demoOwnOrganisation('werkgever');
    expect(own).toEqual({ name: 'Bouwbedrijf Peeters NV', kbo: '0566988259' });
    expect(isStoredKbo(own.kbo ?? '')).toBe(true);
  });

  it.each(PROFILES.filter((profile) => profile !== 'werkgever'))('%s works as the secretariat SD WORX', (profile) => {
    expect(demoOwnOrganisation(profile)).toEqual({ name: 'SD WORX' });
  });

  it('both names are tiles on the WSE-loket replica', () => {
    const html = readFileSync(`${PRACTICE}/wse/organisatie-kiezen.plain.html`, 'utf8');
    expect(html).toContain(demoOwnOrganisation('werkgever').name);
    expect(html).toContain(demoOwnOrganisation('secretariaat').name);
  });
});
