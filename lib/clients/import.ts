/**
 * Importing a client list, the pure part: parse (CSV or our own JSON) → preview against the
 * current list → plan each row's write. Nothing here touches the database; the repository
 * (`commitImport` in lib/clients/repository.ts) writes the plan, in chunks.
 *
 * Design note — what "loses nothing" means here:
 * - every row of the file ends up in exactly one bucket of the preview: new (`valid`), existing
 *   with other data (`duplicates`), existing and identical (`unchanged`) or `invalid` with its line
 *   number and a Dutch/English reason. Only blank lines are skipped, and they are counted;
 * - an empty cell never wipes stored data: on an update it means "keep what is there", so an import
 *   of a file without a notes column leaves every client's notes alone;
 * - rows that were not valid UTF-8 in a UTF-8 file are read as Windows-1252 and named
 *   (`windows1252Rows`), so the person checks them before importing;
 * - the commit plans each row again against the stored record, inside the transaction that writes
 *   it (`planImportRow`), and against the list the preview showed (`basis`): a client changed,
 *   added or deleted in another window after the preview is not overwritten but reported as a
 *   conflict. Importing the same file twice finds everything `unchanged` the second time.
 *
 * @example
 * const parsed = parseImport(bytes);
 * const preview = previewImport(parsed, (await listClients()).clients);
 * const outcome = await commitImport(parsed, { duplicates: 'update', basis: preview.basis }); // repository
 */
import { z } from 'zod';
import { type ClientRecord, NAME_MAX, NOTES_MAX, TAG_MAX, TAGS_MAX } from '../db';
import { type Bilingual, parseKbo } from '../ids';
import {
  type CsvDelimiter,
  type CsvEncoding,
  type CsvRecord,
  decodeCsvBytes,
  parseCsv,
  unescapeSpreadsheetCell,
} from './csv';
import { type ClientField, nextUpdatedAt, normaliseName, normaliseTags } from './model';
import { foldForSearch } from './search';

/** A row that can be imported. Undefined fields were absent or empty: they keep what is stored. */
export interface ImportCandidate {
  /** CSV: the line the row starts on; JSON: the item number (1-based). */
  line: number;
  kbo: string;
  name?: string;
  tags?: string[];
  notes?: string;
  school?: boolean;
  /** From our JSON export: restored on clients that are new to this list. */
  createdAt?: number;
  lastUsedAt?: number;
}

/** A row that cannot be imported, with every reason. */
export interface InvalidRow {
  line: number;
  /** What was read, for the report (cells joined, shortened). Shown as text. */
  raw: string;
  reasons: Bilingual[];
}

export type ImportSource = 'csv' | 'json';
type Column = 'kbo' | 'name' | 'tags' | 'notes' | 'school';

/** A row read as Windows-1252 in an otherwise UTF-8 file: to be checked before importing. */
export interface RecodedRow {
  /** CSV: the line the row starts on; JSON: the line of the file. */
  line: number;
  /** What was read, shortened. Shown as text. */
  raw: string;
}

export interface ParsedImport {
  source: ImportSource;
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
  /** Rows that were not valid UTF-8 in a UTF-8 file and were read as Windows-1252 (see csv.ts). */
  windows1252Rows?: RecodedRow[];
  candidates: ImportCandidate[];
  invalid: InvalidRow[];
  /** Lines with nothing on them: skipped, counted. */
  blankLines: number;
  /** Header names we did not recognise (their data is not imported). */
  ignoredColumns: string[];
  /** The whole file cannot be read (no KBO column, not JSON we know). */
  fileError?: Bilingual;
}

export interface DuplicateRow {
  candidate: ImportCandidate;
  existing: ClientRecord;
  /** The fields the file would change. */
  changes: ClientField[];
}

export interface ImportPreview {
  source: ImportSource;
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
  windows1252Rows?: RecodedRow[];
  /**
   * The list this preview was made against, by KBO number. Passed to the commit, which refuses
   * to overwrite a client that has changed since (the person approved the preview, not that).
   */
  basis: ReadonlyMap<string, ClientRecord>;
  /** New clients. */
  valid: ImportCandidate[];
  /** Clients already listed whose data differs: update or skip, the person chooses. */
  duplicates: DuplicateRow[];
  /** Clients already listed with the same data: nothing to do. */
  unchanged: ImportCandidate[];
  invalid: InvalidRow[];
  blankLines: number;
  ignoredColumns: string[];
  fileError?: Bilingual;
}

export type DuplicatePolicy = 'update' | 'skip';

/**
 * A row the commit did not write because the client is not what the preview showed: changed
 * (saved in another window), added there, or deleted there, after the preview was made.
 */
export interface ImportConflict {
  line: number;
  kbo: string;
  reason: 'changed' | 'added' | 'deleted';
}

export interface ImportOutcome {
  added: number;
  updated: number;
  /** Existing clients with other data, left alone because the person chose "skip". */
  skipped: number;
  unchanged: number;
  /** Rows not imported (invalid in the file, or new without a name). */
  invalid: number;
  /** Rows not written because the client changed elsewhere after the preview; by line. */
  conflicts: ImportConflict[];
  /** The person cancelled: everything this import wrote was undone (except `notRestored`). */
  cancelled: boolean;
  /** After a cancel: clients changed in another window during the import, left as they are now. */
  notRestored: string[];
}

/** What the repository is told after each chunk: rows done of the total, writing or undoing. */
export interface ImportProgress {
  phase: 'write' | 'undo';
  done: number;
  total: number;
}

// Header names, compared folded and without spaces, dashes, dots and underscores.
const HEADER_ALIASES: Record<Column, readonly string[]> = {
  kbo: [
    'ondernemingsnummer',
    'ondernemingsnr',
    'kbo',
    'kbonummer',
    'kbonr',
    'btwnummer',
    'btwnr',
    'btw',
    'vat',
    'vatnumber',
    'enterprisenumber',
    'companynumber',
    'numerodentreprise',
    'numerotva',
  ],
  name: [
    'naam',
    'name',
    'klant',
    'klantnaam',
    'bedrijfsnaam',
    'firmanaam',
    'onderneming',
    'organisatie',
    'benaming',
    'client',
    'clientname',
    'company',
    'companyname',
    'organisation',
    'organization',
    'denomination',
    'nom',
  ],
  tags: ['tags', 'tag', 'labels', 'label', 'categorie', 'category', 'categories'],
  notes: [
    'notities',
    'notitie',
    'notes',
    'note',
    'opmerkingen',
    'opmerking',
    'commentaar',
    'remarks',
    'comments',
    'memo',
  ],
  school: ['school', 'isschool', 'schooljanee', 'onderwijs'],
};

const HEADER_LOOKUP = new Map<string, Column>(
  (Object.entries(HEADER_ALIASES) as [Column, readonly string[]][]).flatMap(([column, names]) =>
    names.map((name) => [name, column] as const),
  ),
);

function headerKey(header: string): string {
  return foldForSearch(header).replace(/[^a-z0-9]/g, '');
}

const SCHOOL_VALUES = new Map<string, boolean>([
  ['ja', true],
  ['j', true],
  ['yes', true],
  ['y', true],
  ['true', true],
  ['waar', true],
  ['1', true],
  ['x', true],
  ['school', true],
  ['nee', false],
  ['n', false],
  ['no', false],
  ['false', false],
  ['onwaar', false],
  ['0', false],
]);

/** Cells of one row, before validation (strings from CSV, JSON types from our export). */
interface RowCells {
  kbo?: string;
  name?: string;
  tags?: string | readonly string[];
  notes?: string;
  school?: string | boolean | number;
  createdAt?: number;
  lastUsedAt?: number;
}

function shorten(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function parseSchool(value: RowCells['school']): { ok: true; value?: boolean } | { ok: false; message: Bilingual } {
  if (value === undefined) return { ok: true };
  if (typeof value === 'boolean') return { ok: true, value };
  const text = String(value).trim();
  if (text === '') return { ok: true };
  const known = SCHOOL_VALUES.get(foldForSearch(text));
  if (known !== undefined) return { ok: true, value: known };
  return {
    ok: false,
    message: {
      nl: `Ongeldige waarde voor school: "${shorten(text, 40)}" (gebruik ja of nee).`,
      en: `Invalid value for school: "${shorten(text, 40)}" (use yes or no).`,
    },
  };
}

/** Validates one row; `seen` maps KBO numbers to the line they were first seen on (in-file duplicates). */
function validateRow(
  cells: RowCells,
  line: number,
  raw: () => string,
  seen: Map<string, number>,
  source: ImportSource,
): { candidate: ImportCandidate } | { invalid: InvalidRow } {
  // Only our CSV export escapes formula-like cells (csv.ts); JSON carries values verbatim.
  const unescapeCell = source === 'csv' ? unescapeSpreadsheetCell : (value: string) => value;
  const reasons: Bilingual[] = [];
  const kboText = unescapeCell((cells.kbo ?? '').trim());
  let kbo = '';
  if (kboText === '') {
    reasons.push({
      nl: 'Ongeldige regel: het ondernemingsnummer ontbreekt.',
      en: 'Invalid row: the enterprise number is missing.',
    });
  } else {
    const result = parseKbo(kboText);
    if (result.ok) kbo = result.value;
    else reasons.push(result.message);
  }

  const candidate: ImportCandidate = { line, kbo };
  const name = normaliseName(unescapeCell((cells.name ?? '').trim()));
  if (name.length > NAME_MAX) {
    reasons.push({
      nl: `Ongeldige naam: maximaal ${NAME_MAX} tekens (nu ${name.length}).`,
      en: `Invalid name: at most ${NAME_MAX} characters (now ${name.length}).`,
    });
  } else if (name !== '') candidate.name = name;

  const tagsCell = typeof cells.tags === 'string' ? unescapeCell(cells.tags.trim()) : cells.tags;
  const tags = normaliseTags(tagsCell);
  if (tags.some((tag) => tag.length > TAG_MAX) || tags.length > TAGS_MAX) {
    reasons.push({
      nl: `Ongeldige tags: maximaal ${TAGS_MAX} tags van elk maximaal ${TAG_MAX} tekens.`,
      en: `Invalid tags: at most ${TAGS_MAX} tags of at most ${TAG_MAX} characters each.`,
    });
  } else if (tags.length > 0) candidate.tags = tags;

  const notes = unescapeCell((cells.notes ?? '').trim()).trim();
  if (notes.length > NOTES_MAX) {
    reasons.push({
      nl: `Notities te lang: maximaal ${NOTES_MAX} tekens (nu ${notes.length}).`,
      en: `Notes too long: at most ${NOTES_MAX} characters (now ${notes.length}).`,
    });
  } else if (notes !== '') candidate.notes = notes;

  const school = parseSchool(cells.school);
  if (!school.ok) reasons.push(school.message);
  else if (school.value !== undefined) candidate.school = school.value;

  if (cells.createdAt !== undefined) candidate.createdAt = cells.createdAt;
  if (cells.lastUsedAt !== undefined) candidate.lastUsedAt = cells.lastUsedAt;

  if (kbo !== '') {
    const first = seen.get(kbo);
    if (first !== undefined) {
      reasons.push({
        nl: `Ongeldige regel: dubbel ondernemingsnummer in dit bestand, staat ook op regel ${first}; alleen die regel telt.`,
        en: `Invalid row: duplicate enterprise number in this file, also on line ${first}; only that line counts.`,
      });
    } else if (reasons.length === 0) seen.set(kbo, line);
  }

  if (reasons.length > 0) return { invalid: { line, raw: shorten(raw()), reasons } };
  return { candidate };
}

function emptyParsed(source: ImportSource): ParsedImport {
  return { source, candidates: [], invalid: [], blankLines: 0, ignoredColumns: [] };
}

/** Maps header cells to columns; the first column with a known name wins, later ones are ignored. */
function mapHeader(header: readonly string[]): { columns: Map<Column, number>; ignored: string[] } {
  const columns = new Map<Column, number>();
  const ignored: string[] = [];
  header.forEach((cell, index) => {
    const column = HEADER_LOOKUP.get(headerKey(cell));
    if (column !== undefined && !columns.has(column)) columns.set(column, index);
    else if (cell.trim() !== '') ignored.push(cell.trim());
  });
  return { columns, ignored };
}

const POSITIONAL: Column[] = ['kbo', 'name', 'tags', 'notes', 'school'];

/**
 * Reads a client list from CSV text. The header row names the columns (Dutch or English, any case,
 * with or without dashes: `ondernemingsnummer`, `KBO`, `kbo-nummer`, `BTW-nummer`, `enterprise
 * number`; `naam`/`name`; `tags`; `notities`/`notes`; `school`). A file without a header whose first
 * cell is an enterprise number is read as kbo, name, tags, notes, school by position.
 *
 * @example
 * parseCsvImport('naam;KBO\r\nAB InBev;0417.390.703\r\n').candidates
 * // → [{ line: 2, kbo: '0417390703', name: 'AB InBev' }]
 */
export function parseCsvImport(
  text: string,
  encoding?: CsvEncoding,
  windows1252Lines?: readonly number[],
): ParsedImport {
  const { delimiter, records, unterminatedQuoteLine } = parseCsv(text);
  const parsed: ParsedImport = { ...emptyParsed('csv'), delimiter };
  if (encoding) parsed.encoding = encoding;
  if (windows1252Lines?.length) parsed.windows1252Rows = recodedRecords(records, windows1252Lines, delimiter);
  const firstIndex = records.findIndex((record) => record.fields.some((field) => field.trim() !== ''));
  const first = records[firstIndex];
  if (first === undefined) {
    parsed.fileError = { nl: 'Het bestand is leeg.', en: 'The file is empty.' };
    return parsed;
  }
  let { columns, ignored } = mapHeader(first.fields);
  let dataStart = firstIndex + 1;
  if (!columns.has('kbo')) {
    if (parseKbo(first.fields[0] ?? '').ok) {
      columns = new Map(POSITIONAL.map((column, index) => [column, index]));
      ignored = [];
      dataStart = firstIndex;
    } else {
      parsed.fileError = {
        nl: 'Geen kolom met het ondernemingsnummer gevonden. Geef de kolom een naam als ondernemingsnummer, KBO, kbo-nummer, BTW-nummer of enterprise number.',
        en: 'No enterprise number column found. Name the column ondernemingsnummer, KBO, kbo-nummer, BTW-nummer or enterprise number.',
      };
      return parsed;
    }
  }
  parsed.ignoredColumns = ignored;
  parsed.blankLines = firstIndex;

  const seen = new Map<string, number>();
  const cell = (fields: readonly string[], column: Column) => {
    const index = columns.get(column);
    return index === undefined ? undefined : fields[index];
  };
  for (let r = dataStart; r < records.length; r++) {
    const record = records[r] as (typeof records)[number];
    if (record.fields.every((field) => field.trim() === '')) {
      parsed.blankLines++;
      continue;
    }
    const cells: RowCells = {};
    for (const column of POSITIONAL) {
      const value = cell(record.fields, column);
      if (value !== undefined) cells[column] = value;
    }
    const raw = () => record.fields.join(delimiter === '\t' ? ' | ' : delimiter);
    const result = validateRow(cells, record.line, raw, seen, 'csv');
    if ('candidate' in result) parsed.candidates.push(result.candidate);
    else parsed.invalid.push(result.invalid);
  }

  if (unterminatedQuoteLine !== undefined) {
    // Everything after the open quote was read into one field: say so instead of importing a
    // row with half the file in its notes.
    const last = parsed.candidates.at(-1);
    const lastInvalid = parsed.invalid.at(-1);
    const reason: Bilingual = {
      nl: `Ongeldige regel: het aanhalingsteken op regel ${unterminatedQuoteLine} wordt nooit gesloten; de rest van het bestand is niet gelezen.`,
      en: `Invalid row: the quote on line ${unterminatedQuoteLine} is never closed; the rest of the file was not read.`,
    };
    if (last && (!lastInvalid || last.line > lastInvalid.line)) {
      parsed.candidates.pop();
      parsed.invalid.push({ line: last.line, raw: shorten(`${last.kbo};${last.name ?? ''}`), reasons: [reason] });
    } else if (lastInvalid) lastInvalid.reasons.push(reason);
  }
  return parsed;
}

/**
 * The records holding `lines` (physical lines of the file, from `decodeCsvBytes`), each once, by
 * the line the record starts on: a quoted field may span lines, and the preview counts records.
 */
function recodedRecords(
  records: readonly CsvRecord[],
  lines: readonly number[],
  delimiter: CsvDelimiter,
): RecodedRow[] {
  const out: RecodedRow[] = [];
  let r = 0;
  for (const line of lines) {
    // Both lists are in file order: walk them together.
    while (r + 1 < records.length && (records[r + 1] as CsvRecord).line <= line) r++;
    const record = records[r];
    if (record === undefined || record.line > line || out.at(-1)?.line === record.line) continue;
    out.push({ line: record.line, raw: shorten(record.fields.join(delimiter === '\t' ? ' | ' : delimiter)) });
  }
  return out;
}

const jsonItemSchema = z.object({
  kbo: z.string().optional(),
  ondernemingsnummer: z.string().optional(),
  name: z.string().optional(),
  naam: z.string().optional(),
  tags: z.union([z.array(z.string()), z.string()]).optional(),
  notes: z.string().optional(),
  notities: z.string().optional(),
  school: z.union([z.boolean(), z.string(), z.number()]).optional(),
  createdAt: z.number().finite().optional(),
  lastUsedAt: z.number().finite().optional(),
});

const jsonFileSchema = z.union([z.array(z.unknown()), z.object({ clients: z.array(z.unknown()) })]);

/**
 * Reads our own JSON export (`{ format: 'loketgids-clients', clients: [...] }`) or a bare array of
 * client objects. `line` is the item number, 1-based.
 *
 * @example
 * parseJsonImport('[{"kbo":"0417390703","name":"AB InBev"}]').candidates // → [{ line: 1, kbo: '0417390703', name: 'AB InBev' }]
 */
export function parseJsonImport(text: string): ParsedImport {
  const parsed = emptyParsed('json');
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    parsed.fileError = {
      nl: `Ongeldig JSON-bestand: ${error instanceof Error ? error.message : String(error)}`,
      en: `Invalid JSON file: ${error instanceof Error ? error.message : String(error)}`,
    };
    return parsed;
  }
  const file = jsonFileSchema.safeParse(data);
  if (!file.success) {
    parsed.fileError = {
      nl: 'Ongeldig JSON-bestand: verwacht een lijst van klanten of een Loketgids-export met "clients".',
      en: 'Invalid JSON file: expected a list of clients or a Loketgids export with "clients".',
    };
    return parsed;
  }
  const items = Array.isArray(file.data) ? file.data : file.data.clients;
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const line = index + 1;
    const raw = () => JSON.stringify(item) ?? String(item);
    const shape = jsonItemSchema.safeParse(item);
    if (!shape.success) {
      const problem = shape.error.issues
        .map((issue) => `${issue.path.join('.') || 'item'}: ${issue.message}`)
        .join('; ');
      parsed.invalid.push({
        line,
        raw: shorten(raw()),
        reasons: [{ nl: `Ongeldig item: ${problem}`, en: `Invalid item: ${problem}` }],
      });
      return;
    }
    const value = shape.data;
    const cells: RowCells = {};
    const kbo = value.kbo ?? value.ondernemingsnummer;
    const name = value.name ?? value.naam;
    const notes = value.notes ?? value.notities;
    if (kbo !== undefined) cells.kbo = kbo;
    if (name !== undefined) cells.name = name;
    if (value.tags !== undefined) cells.tags = value.tags;
    if (notes !== undefined) cells.notes = notes;
    if (value.school !== undefined) cells.school = value.school;
    if (value.createdAt !== undefined) cells.createdAt = value.createdAt;
    if (value.lastUsedAt !== undefined) cells.lastUsedAt = value.lastUsedAt;
    const result = validateRow(cells, line, raw, seen, 'json');
    if ('candidate' in result) parsed.candidates.push(result.candidate);
    else parsed.invalid.push(result.invalid);
  });
  return parsed;
}

/**
 * Reads an import file's bytes (or text): JSON when it starts with `[` or `{`, CSV otherwise,
 * decoded as described in `decodeCsvBytes`.
 *
 * @example
 * const parsed = parseImport(new Uint8Array(await file.arrayBuffer()));
 */
export function parseImport(input: Uint8Array | string): ParsedImport {
  const { text, encoding, windows1252Lines } =
    typeof input === 'string'
      ? { text: input, encoding: undefined, windows1252Lines: undefined }
      : decodeCsvBytes(input);
  if (/^[\s\ufeff]*[[{]/.test(text)) {
    const parsed = parseJsonImport(text);
    if (encoding) parsed.encoding = encoding;
    if (windows1252Lines?.length) {
      const physical = text.split(/\r\n|\n|\r/);
      parsed.windows1252Rows = windows1252Lines.map((line) => ({ line, raw: shorten(physical[line - 1] ?? '') }));
    }
    return parsed;
  }
  return parseCsvImport(text, encoding, windows1252Lines);
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, index) => tag === b[index]);
}

/**
 * What importing `candidate` would do to `existing`: the merged record (empty cells keep the
 * stored value) and which fields change. Timestamps are not compared: they are not the list.
 */
function merge(existing: ClientRecord, candidate: ImportCandidate): { next: ClientRecord; changes: ClientField[] } {
  const changes: ClientField[] = [];
  const next: ClientRecord = { ...existing };
  if (candidate.name !== undefined && candidate.name !== existing.name) {
    next.name = candidate.name;
    changes.push('name');
  }
  if (candidate.tags !== undefined && !sameTags(candidate.tags, existing.tags)) {
    next.tags = candidate.tags;
    changes.push('tags');
  }
  if (candidate.notes !== undefined && candidate.notes !== existing.notes) {
    next.notes = candidate.notes;
    changes.push('notes');
  }
  if (candidate.school !== undefined && candidate.school !== existing.school) {
    next.school = candidate.school;
    changes.push('school');
  }
  return { next, changes };
}

const NAME_MISSING: Bilingual = {
  nl: 'Ongeldige regel: de naam ontbreekt (nodig voor een nieuwe klant).',
  en: 'Invalid row: the name is missing (needed for a new client).',
};

function toMap(
  existing: Iterable<ClientRecord> | ReadonlyMap<string, ClientRecord>,
): ReadonlyMap<string, ClientRecord> {
  if (existing instanceof Map) return existing;
  return new Map([...(existing as Iterable<ClientRecord>)].map((client) => [client.kbo, client]));
}

/**
 * Sorts the parsed rows into new, changed, unchanged and invalid, against the current list. Writes
 * nothing. A new client without a name is invalid (an existing one keeps its name).
 *
 * @example
 * const preview = previewImport(parseImport(bytes), (await listClients()).clients);
 * preview.invalid[0] // → { line: 4, raw: '0417.390.704;Foo', reasons: [{ nl: 'Ongeldig ondernemingsnummer: …', en: … }] }
 */
export function previewImport(
  parsed: ParsedImport,
  existing: Iterable<ClientRecord> | ReadonlyMap<string, ClientRecord>,
): ImportPreview {
  const byKbo = toMap(existing);
  const preview: ImportPreview = {
    source: parsed.source,
    valid: [],
    duplicates: [],
    unchanged: [],
    invalid: [...parsed.invalid],
    blankLines: parsed.blankLines,
    ignoredColumns: parsed.ignoredColumns,
    basis: byKbo,
  };
  if (parsed.encoding) preview.encoding = parsed.encoding;
  if (parsed.windows1252Rows) preview.windows1252Rows = parsed.windows1252Rows;
  if (parsed.delimiter) preview.delimiter = parsed.delimiter;
  if (parsed.fileError) preview.fileError = parsed.fileError;
  for (const candidate of parsed.candidates) {
    const current = byKbo.get(candidate.kbo);
    if (current === undefined) {
      if (candidate.name === undefined) {
        preview.invalid.push({ line: candidate.line, raw: candidate.kbo, reasons: [NAME_MISSING] });
      } else preview.valid.push(candidate);
      continue;
    }
    const { changes } = merge(current, candidate);
    if (changes.length === 0) preview.unchanged.push(candidate);
    else preview.duplicates.push({ candidate, existing: current, changes });
  }
  preview.invalid.sort((a, b) => a.line - b.line);
  return preview;
}

/** What importing one row does, decided by `planImportRow`. */
export type ImportRowPlan =
  | { kind: 'added' | 'updated'; record: ClientRecord }
  | { kind: 'unchanged' | 'skipped' | 'invalid' }
  | { kind: 'conflict'; conflict: ImportConflict };

/**
 * What importing `candidate` does to `stored` (the record as it is now; undefined when absent or
 * unreadable, which the import then repairs). Pure: the repository calls it inside the
 * transaction that writes the result, for each row. With `basis` (the list the preview showed) a
 * client that changed, appeared or disappeared since the preview is a `conflict`, not a write —
 * unless the row would change nothing anyway. Empty cells keep stored values; `updatedAt` moves
 * on (`nextUpdatedAt`), so the write is a new version.
 *
 * @example
 * planImportRow({ line: 2, kbo: '0417390703', name: 'Nieuw' }, undefined, { duplicates: 'update', now })
 * // → { kind: 'added', record: { kbo: '0417390703', name: 'Nieuw', tags: [], …, createdAt: now, updatedAt: now } }
 */
export function planImportRow(
  candidate: ImportCandidate,
  stored: ClientRecord | undefined,
  options: { duplicates: DuplicatePolicy; basis?: ReadonlyMap<string, ClientRecord>; now: number },
): ImportRowPlan {
  const { basis, now } = options;
  const conflict = (reason: ImportConflict['reason']): ImportRowPlan => ({
    kind: 'conflict',
    conflict: { line: candidate.line, kbo: candidate.kbo, reason },
  });
  if (stored) {
    const { next, changes } = merge(stored, candidate);
    if (changes.length === 0) return { kind: 'unchanged' };
    if (options.duplicates === 'skip') return { kind: 'skipped' };
    if (basis) {
      const seen = basis.get(candidate.kbo);
      if (!seen) return conflict('added');
      if (seen.updatedAt !== stored.updatedAt) return conflict('changed');
    }
    return { kind: 'updated', record: { ...next, updatedAt: nextUpdatedAt(stored, now) } };
  }
  if (basis?.has(candidate.kbo)) return conflict('deleted');
  if (candidate.name === undefined) return { kind: 'invalid' };
  const record: ClientRecord = {
    kbo: candidate.kbo,
    name: candidate.name,
    tags: candidate.tags ?? [],
    notes: candidate.notes ?? '',
    school: candidate.school ?? false,
    createdAt: candidate.createdAt ?? now,
    updatedAt: now,
  };
  if (candidate.lastUsedAt !== undefined) record.lastUsedAt = candidate.lastUsedAt;
  return { kind: 'added', record };
}
