/**
 * What a person may type for a client, and how it becomes a stored record.
 *
 * One validator serves the add/edit form (live, field by field), the import (row by row) and the
 * repository (last line of defence), so the same input always gets the same Dutch/English message.
 */
import { type ClientRecord, NAME_MAX, NOTES_MAX, TAG_MAX, TAGS_MAX } from '../db';
import { type Bilingual, bilingualText, parseKbo } from '../ids';
import type { ClientSummary } from '../messaging';
import { foldForSearch } from './search';

/** The fields a person edits. `tags` may be the raw text of a tags field ("bouw, gent"). */
export interface ClientInput {
  kbo: string;
  name: string;
  tags?: readonly string[] | string;
  notes?: string;
  school?: boolean;
}

/** The validated, normalised fields of a client (no timestamps). */
export interface ClientFields {
  kbo: string;
  name: string;
  tags: string[];
  notes: string;
  school: boolean;
}

export type ClientField = keyof ClientFields;

export interface FieldIssue {
  field: ClientField;
  message: Bilingual;
}

export type ClientValidation = { ok: true; value: ClientFields } | { ok: false; issues: FieldIssue[] };

/** Thrown by the repository when a write is refused; `issues` say which field and why. */
export class ClientError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(issues.map((issue) => bilingualText(issue.message)).join(' '));
    this.name = 'ClientError';
    this.issues = issues;
  }
}

/**
 * Thrown by `updateClient` when the client is no longer the version the person started from: it
 * was saved (or deleted) in another window meanwhile. Nothing was written. `current` is what is
 * stored now (null: deleted), so the form can show it and offer to reload or to save anyway
 * against that version.
 */
export class ClientConflictError extends Error {
  readonly current: ClientRecord | null;
  readonly bilingual: Bilingual;
  constructor(current: ClientRecord | null) {
    const message: Bilingual = current
      ? {
          nl: 'Deze klant is intussen in een ander venster gewijzigd; uw wijzigingen zijn niet opgeslagen.',
          en: 'This client was changed in another window meanwhile; your changes were not saved.',
        }
      : {
          nl: 'Deze klant is intussen in een ander venster verwijderd; uw wijzigingen zijn niet opgeslagen.',
          en: 'This client was deleted in another window meanwhile; your changes were not saved.',
        };
    super(bilingualText(message));
    this.name = 'ClientConflictError';
    this.current = current;
    this.bilingual = message;
  }
}

/**
 * The `updatedAt` for a new version of `current`: now, but always later than the version it
 * replaces. `updatedAt` is the version the repository checks (optimistic concurrency), so two
 * saves within one millisecond (or a clock set back) must still give two versions.
 *
 * @example
 * nextUpdatedAt({ updatedAt: 1000 }, 900) // → 1001
 */
export function nextUpdatedAt(current: { updatedAt: number } | undefined, now: number = Date.now()): number {
  return current ? Math.max(now, current.updatedAt + 1) : now;
}

// Line breaks in a one-line field come from pasting out of a spreadsheet cell; they would break
// the CSV export and the list layout, so they become spaces.
const LINE_BREAKS = /[\r\n\t\u2028\u2029]+/g;

/**
 * A client name as stored: line breaks become spaces and the ends are trimmed. The inside is kept
 * exactly as typed (it is shown as text, never as HTML).
 *
 * @example
 * normaliseName('  Acme\nBV ') // → 'Acme BV'
 */
export function normaliseName(name: string): string {
  return name.replace(LINE_BREAKS, ' ').trim();
}

/**
 * Tags from a tags field or a list: split on commas, semicolons and line breaks (the separators
 * people use in a spreadsheet cell), trimmed, empty ones dropped, duplicates (ignoring case and
 * accents) dropped keeping the first spelling.
 *
 * @example
 * normaliseTags('bouw, Gent; bouw') // → ['bouw', 'Gent']
 */
export function normaliseTags(tags: readonly string[] | string | undefined): string[] {
  if (tags === undefined) return [];
  const parts = typeof tags === 'string' ? [tags] : tags;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of parts) {
    for (const raw of part.split(/[,;\r\n]+/)) {
      const tag = raw.replace(/\s+/g, ' ').trim();
      const key = foldForSearch(tag);
      if (tag === '' || seen.has(key)) continue;
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

/**
 * Validates and normalises what a person typed. Every problem is returned (not just the first), so
 * a form can mark every field at once; the KBO message is lib/ids' own ("Ongeldig
 * ondernemingsnummer: …").
 *
 * @example
 * validateClientInput({ kbo: 'BE 0417 390 703', name: 'AB InBev' })
 * // → { ok: true, value: { kbo: '0417390703', name: 'AB InBev', tags: [], notes: '', school: false } }
 */
export function validateClientInput(input: ClientInput): ClientValidation {
  const issues: FieldIssue[] = [];
  const kbo = parseKbo(input.kbo);
  if (!kbo.ok) issues.push({ field: 'kbo', message: kbo.message });

  const name = normaliseName(input.name);
  if (name === '') {
    issues.push({ field: 'name', message: { nl: 'Vul een naam in.', en: 'Enter a name.' } });
  } else if (name.length > NAME_MAX) {
    issues.push({
      field: 'name',
      message: {
        nl: `Ongeldige naam: maximaal ${NAME_MAX} tekens (nu ${name.length}).`,
        en: `Invalid name: at most ${NAME_MAX} characters (now ${name.length}).`,
      },
    });
  }

  const tags = normaliseTags(input.tags);
  const longTag = tags.find((tag) => tag.length > TAG_MAX);
  if (longTag !== undefined) {
    issues.push({
      field: 'tags',
      message: {
        nl: `Ongeldige tag: maximaal ${TAG_MAX} tekens per tag.`,
        en: `Invalid tag: at most ${TAG_MAX} characters per tag.`,
      },
    });
  } else if (tags.length > TAGS_MAX) {
    issues.push({
      field: 'tags',
      message: { nl: `Te veel tags: maximaal ${TAGS_MAX}.`, en: `Too many tags: at most ${TAGS_MAX}.` },
    });
  }

  const notes = (input.notes ?? '').trim();
  if (notes.length > NOTES_MAX) {
    issues.push({
      field: 'notes',
      message: {
        nl: `Notities te lang: maximaal ${NOTES_MAX} tekens (nu ${notes.length}).`,
        en: `Notes too long: at most ${NOTES_MAX} characters (now ${notes.length}).`,
      },
    });
  }

  if (issues.length > 0 || !kbo.ok) return { ok: false, issues };
  return { ok: true, value: { kbo: kbo.value, name, tags, notes, school: input.school ?? false } };
}

/**
 * The overlay's view of a client (lib/messaging.ts): no notes, which may hold things the portal
 * page has no business seeing.
 *
 * @example
 * toSummary(record) // → { kbo: '0417390703', name: 'AB InBev', tags: [], school: false, lastUsedAt: 1700000000000 }
 */
export function toSummary(client: ClientRecord): ClientSummary {
  const summary: ClientSummary = { kbo: client.kbo, name: client.name, tags: client.tags, school: client.school };
  if (client.lastUsedAt !== undefined) summary.lastUsedAt = client.lastUsedAt;
  return summary;
}

/**
 * The KBO Public Search page of an enterprise. A link for the person to open; the extension never
 * fetches it (DOMAIN.md §2: look-up only, never automated).
 *
 * @example
 * kboPublicSearchUrl('0417390703')
 * // → 'https://kbopub.economie.fgov.be/kbopub/toonondernemingps.html?ondernemingsnummer=0417390703'
 */
export function kboPublicSearchUrl(kbo: string): string {
  return `https://kbopub.economie.fgov.be/kbopub/toonondernemingps.html?ondernemingsnummer=${encodeURIComponent(kbo)}`;
}
