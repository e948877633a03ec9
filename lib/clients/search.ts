/**
 * In-memory search over the client list: name, tags and the KBO number in any form.
 *
 * Design note: a secretariat has up to ~10,000 clients and the popup searches on every keystroke,
 * with a budget of 16 ms (one frame). IndexedDB cannot do substring or accent-insensitive matching,
 * so the index folds every name and tag once when it is built, sorts the list once into its base
 * order (active, then most recently used, then by name), and a query is then one linear pass of
 * `String.includes` over short strings, bucketing hits by match quality and keeping only `limit`
 * per bucket — no per-keystroke sort. Build cost is paid once per list revision.
 *
 * @example
 * const index = new ClientSearchIndex(clients, activeKbo);
 * index.search('BE 0417 390 703').clients[0]?.name; // → 'AB InBev'
 */
import type { ClientRecord } from '../db';
import { normaliseKboInput } from '../ids';
import { foldAccents } from '../text';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole 7-bit range is meant, control characters included
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lower case without accents, so "societe" finds "Société" and "SOCIÉTÉ".
 *
 * @example
 * foldForSearch('Société Générale') // → 'societe generale'
 */
export function foldForSearch(text: string): string {
  // Most names are plain ASCII; skipping normalize() for them halves the index build time.
  if (ASCII.test(text)) return text.toLowerCase();
  return foldAccents(text);
}

interface Entry {
  client: ClientRecord;
  /** Folded name. */
  name: string;
  /** ' ' + folded name with punctuation as spaces, to test word starts with includes(' ' + token). */
  words: string;
  /** Folded name and tags, newline-separated (a token cannot match across two tags). */
  text: string;
  /** 0 active, 1 used before, 2 never used. */
  group: 0 | 1 | 2;
}

export interface SearchOptions {
  /** At most this many results (default 50); `total` still counts every match. */
  limit?: number;
}

export interface SearchResult {
  clients: ClientRecord[];
  /** How many clients match in all (for "N klanten gevonden"). */
  total: number;
}

const DIGITS = /^\d+$/;
const PUNCTUATION = /[^\p{L}\p{N}]+/gu;
const ASCII_PUNCTUATION = /[^a-z0-9\x80-\uffff]+/g;
// Separators people put inside a number token ("0417.390", "1332967-20").
const NUMBER_SEPARATORS = /[./-]/g;

type Scorer = (entry: Entry) => number;

/**
 * A digits-only query: the KBO number in any form, or part of it. `normaliseKboInput` drops `BE`,
 * spaces, dots and `(0)` and puts the leading 0 back on an old 9-digit number; the raw digits are
 * also tried so a partial number without its leading 0 ("417390") still matches.
 */
function digitScorer(digits: string, raw: string): Scorer {
  const needles = digits === raw ? [digits] : [digits, raw];
  const prefixes = needles.flatMap((needle) => [needle, `0${needle}`]);
  return (entry) => {
    const kbo = entry.client.kbo;
    for (const prefix of prefixes) if (kbo.startsWith(prefix)) return 0;
    for (const needle of needles) if (kbo.includes(needle)) return 1;
    // Names hold numbers too ("Garage 2000").
    return entry.text.includes(raw) ? 2 : -1;
  };
}

/** Words: every token must appear in the name or a tag (or, for a number token, in the KBO). */
function tokenScorer(query: string): Scorer {
  const tokens = foldForSearch(query).split(/\s+/).filter(Boolean);
  const numbers = tokens.map((token) => {
    const digits = token.replace(NUMBER_SEPARATORS, '');
    return DIGITS.test(digits) ? digits : null;
  });
  const first = tokens[0] ?? '';
  const wordStarts = tokens.map((token) => ` ${token.replace(PUNCTUATION, ' ').trim()}`);
  return (entry) => {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      if (entry.text.includes(token)) continue;
      const digits = numbers[i];
      if (digits && entry.client.kbo.includes(digits)) continue;
      return -1;
    }
    if (entry.name.startsWith(first)) return 0;
    return wordStarts.every((start) => entry.words.includes(start)) ? 1 : 2;
  };
}

function scorerFor(query: string): Scorer {
  const asKbo = normaliseKboInput(query);
  if (DIGITS.test(asKbo)) {
    const stripped = asKbo.length === 10 && query.replace(/\D/g, '').length === 9 ? asKbo.slice(1) : asKbo;
    return digitScorer(asKbo, stripped);
  }
  return tokenScorer(query);
}

/**
 * The search index over one snapshot of the list. Immutable: build a new one when the list
 * changes (the revision in lib/state.ts tells when).
 *
 * @example
 * const index = new ClientSearchIndex(clients, '0417390703');
 * index.search('societe', { limit: 8 }); // → { clients: [...], total: 3 }
 */
export class ClientSearchIndex {
  readonly #entries: Entry[];

  constructor(clients: readonly ClientRecord[], activeKbo: string | null = null) {
    const entries = clients.map((client): Entry => {
      const name = foldForSearch(client.name);
      const tags = client.tags.map(foldForSearch);
      let group: Entry['group'] = 2;
      if (client.kbo === activeKbo) group = 0;
      else if (client.lastUsedAt !== undefined) group = 1;
      const joined = `${name} ${tags.join(' ')}`;
      // Folded text is lower case: outside ASCII the Unicode-aware (slower) pattern is needed.
      const words = ASCII.test(joined) ? joined.replace(ASCII_PUNCTUATION, ' ') : joined.replace(PUNCTUATION, ' ');
      return {
        client,
        name,
        words: ` ${words}`,
        text: [name, ...tags].join('\n'),
        group,
      };
    });
    entries.sort(
      (a, b) =>
        a.group - b.group ||
        (b.client.lastUsedAt ?? 0) - (a.client.lastUsedAt ?? 0) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
        (a.client.kbo < b.client.kbo ? -1 : 1),
    );
    this.#entries = entries;
  }

  /** How many clients the index holds. */
  get size(): number {
    return this.#entries.length;
  }

  /**
   * Clients matching `query`: the active client first, then recently used ones (most recent
   * first), then the rest by match quality (name starts with the query, a word starts with it,
   * it occurs anywhere) and name. An empty query lists everyone in that order.
   *
   * @example
   * index.search('0417.390') // → { clients: [AB InBev], total: 1 }
   */
  search(query: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? 50;
    const trimmed = query.trim();
    if (trimmed === '') {
      return { clients: this.#entries.slice(0, limit).map((entry) => entry.client), total: this.#entries.length };
    }
    const score = scorerFor(trimmed);
    const head: ClientRecord[] = [];
    const buckets: ClientRecord[][] = [[], [], []];
    let total = 0;
    for (const entry of this.#entries) {
      const quality = score(entry);
      if (quality < 0) continue;
      total++;
      // Active and recently used clients keep their base order whatever the match quality:
      // the person most likely wants the client they worked for this morning.
      const bucket = entry.group < 2 ? head : (buckets[quality] as ClientRecord[]);
      if (bucket.length < limit) bucket.push(entry.client);
    }
    const clients = head.concat(...buckets);
    return { clients: clients.length > limit ? clients.slice(0, limit) : clients, total };
  }
}
