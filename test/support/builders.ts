/**
 * Fake data for tests and benchmarks: small builders with sensible defaults (STYLE.md:
 * `makeClient({ name })`). Deterministic — the same seed gives the same data — so a failing test
 * or a bench run can be reproduced.
 */
import type { ClientRecord } from '../../lib/db';
import { checkDigits97 } from '../../lib/ids';

/** Real, valid enterprise numbers from DOMAIN.md §3, for tests that want a recognisable one. */
export const KNOWN_KBOS = {
  abInbev: '0417390703',
  second: '0566988259',
  third: '0428759497',
  newStyle: '1027798538',
} as const;

/**
 * A valid enterprise number made from a seed (0–9,999,999): `0` + 7 digits + mod-97 check digits.
 *
 * @example
 * makeKbo(1) // → '0000000196'
 */
export function makeKbo(seed: number): string {
  const body = `0${String(seed % 10_000_000).padStart(7, '0')}`;
  return `${body}${checkDigits97(body)}`;
}

let sequence = 0;

/**
 * One client record with defaults; every call without a `kbo` gets a new valid number.
 *
 * @example
 * makeClient({ name: 'Société Générale', tags: ['bank'] })
 */
export function makeClient(overrides: Partial<ClientRecord> = {}): ClientRecord {
  sequence++;
  return {
    kbo: makeKbo(4_000_000 + sequence),
    name: `Klant ${sequence}`,
    tags: [],
    notes: '',
    school: false,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

const KINDS = [
  'Bakkerij',
  'Garage',
  'Société',
  'Brouwerij',
  'Bouwbedrijf',
  'Café',
  'Apotheek',
  'Advocatenkantoor',
  'Schrijnwerkerij',
  'Crèche',
  'Dakwerken',
  'Transport',
];
const NAMES = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Dubois',
  'Lambert',
  'Dupont',
  'Gérard',
  'Müller',
  'Van Damme',
  'Hermans',
  "D'Hondt",
];
const FORMS = ['BV', 'NV', 'VZW', 'SRL', 'CommV', 'CV'];
const TAGS = ['bouw', 'horeca', 'gent', 'antwerpen', 'brussel', 'zorg', 'onderwijs', 'transport', 'kmo', 'PC 124'];

/**
 * `count` distinct clients with realistic Belgian names, some tags, a few schools and a few
 * recently used, generated from `seed`.
 *
 * @example
 * makeClients(10_000).length // → 10000
 */
export function makeClients(count: number, seed = 1): ClientRecord[] {
  const clients: ClientRecord[] = [];
  for (let i = 0; i < count; i++) {
    const n = i * 7919 + seed;
    const kind = KINDS[n % KINDS.length] as string;
    const name = NAMES[Math.floor(n / KINDS.length) % NAMES.length] as string;
    const form = FORMS[n % FORMS.length] as string;
    const client: ClientRecord = {
      kbo: makeKbo(1_000_000 + i * 37 + seed),
      name: `${kind} ${name} ${i + 1} ${form}`,
      tags: i % 3 === 0 ? [TAGS[n % TAGS.length] as string] : [],
      notes: i % 10 === 0 ? `Contact: boekhouding, dossier ${i}` : '',
      school: i % 97 === 0,
      createdAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_000_000 + i,
    };
    if (i % 50 === 0) client.lastUsedAt = 1_710_000_000_000 + i;
    clients.push(client);
  }
  return clients;
}

/**
 * Bytes of a string in Windows-1252 (Latin-1 range only), as Excel on a Belgian Windows PC saves
 * CSV. Node has no Windows-1252 *encoder*, and every character the tests use is in Latin-1.
 *
 * @example
 * cp1252('Société') // → Uint8Array [0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9]
 */
export function cp1252(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new Error(`cp1252 builder: character ${text[i]} is outside Latin-1`);
    bytes[i] = code;
  }
  return bytes;
}

/** UTF-8 bytes, optionally with a byte-order mark. */
export function utf8(text: string, bom = false): Uint8Array<ArrayBuffer> {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
