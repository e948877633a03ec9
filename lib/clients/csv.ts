/**
 * CSV as people really have it: written by Belgian Excel (semicolons, Windows-1252, CRLF), by
 * Google Sheets or LibreOffice (commas, UTF-8), with or without a byte-order mark, with quoted
 * fields holding separators, quotes and line breaks (RFC 4180).
 *
 * Design note: hand-written (no dependency): decoding and parsing are ~150 lines, and owning them
 * means every record keeps the *line number it starts on*, which the import report needs.
 *
 * @example
 * const { text } = decodeCsvBytes(bytes);
 * const { records } = parseCsv(text); // → [{ line: 1, fields: ['naam', 'kbo'] }, …]
 */

/**
 * How the file's bytes were read. `utf-8+windows-1252`: a UTF-8 file in which some lines were not
 * valid UTF-8 (a row pasted in from an Excel file); those lines were read as Windows-1252 and are
 * listed in `windows1252Lines`, so the person can check them before importing.
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'utf-8+windows-1252';
export type CsvDelimiter = ',' | ';' | '\t';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  /** Only with `utf-8+windows-1252`: the lines (1-based, of the file) read as Windows-1252. */
  windows1252Lines?: number[];
}

/**
 * Turns file bytes into text. A byte-order mark decides (UTF-8, UTF-16 — Excel's "Unicode text");
 * otherwise strict UTF-8 is tried. When the bytes are not valid UTF-8 the file is decoded **line by
 * line**: a file whose every non-ASCII line fails UTF-8 is what Excel on a Belgian Windows PC
 * writes for "CSV (gescheiden door lijstscheidingsteken)" and is read as Windows-1252; a file with
 * valid UTF-8 lines *and* invalid ones (one row pasted in from such a file) keeps its UTF-8 lines
 * and reads only the invalid ones as Windows-1252, naming them in `windows1252Lines`. Decoding the
 * whole file one way would turn every UTF-8 row into mojibake ("CrÃ¨me BrÃ»lÃ©e") without a word.
 *
 * Lines are counted as `parseCsv` counts them (CRLF, LF or CR ends one), which is safe on the raw
 * bytes: 0x0A and 0x0D never occur inside a UTF-8 or Windows-1252 character.
 *
 * @example
 * decodeCsvBytes(new Uint8Array([0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9])) // → { text: 'Société', encoding: 'windows-1252' }
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return decodeLineByLine(body, bom);
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** The slow path of `decodeCsvBytes`, for bytes that are not valid UTF-8 as a whole. */
function decodeLineByLine(bytes: Uint8Array, bom: boolean): DecodedCsv {
  // Lines that are not valid UTF-8, as [start, end) byte ranges (line breaks excluded).
  const invalid: { line: number; start: number; end: number }[] = [];
  let utf8Lines = 0;
  let line = 1;
  let start = 0;
  const n = bytes.length;
  while (start <= n) {
    let end = start;
    let high = false;
    while (end < n) {
      const byte = bytes[end] as number;
      if (byte === LINE_FEED || byte === CARRIAGE_RETURN) break;
      if (byte >= 0x80) high = true;
      end++;
    }
    if (high) {
      try {
        strictUtf8.decode(bytes.subarray(start, end));
        utf8Lines++;
      } catch {
        invalid.push({ line, start, end });
      }
    }
    if (end >= n) break;
    start = end + (bytes[end] === CARRIAGE_RETURN && bytes[end + 1] === LINE_FEED ? 2 : 1);
    line++;
  }
  // Not one line of real UTF-8 (and no byte-order mark claiming it): a Windows-1252 file.
  if (utf8Lines === 0 && !bom) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  const utf8 = new TextDecoder('utf-8');
  const parts: string[] = [];
  let at = 0;
  for (const range of invalid) {
    // Between two invalid lines every line is valid UTF-8 (or ASCII): one decode for the run.
    parts.push(utf8.decode(bytes.subarray(at, range.start)), decodeWindows1252(bytes.subarray(range.start, range.end)));
    at = range.end;
  }
  parts.push(utf8.decode(bytes.subarray(at)));
  return {
    text: parts.join(''),
    encoding: 'utf-8+windows-1252',
    windows1252Lines: invalid.map((range) => range.line),
  };
}

// Bytes 0x80–0x9F of Windows-1252 (€, curly quotes, dashes, Š, Ž, Ÿ …); the five undefined ones
// stay the C1 code point, as the WHATWG Encoding standard says.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252 to text. Browsers' `TextDecoder('windows-1252')` does this right, but Node before
 * v23 decodes that label as ISO-8859-1 (0x80 → U+0080 instead of €), so the 32 bytes where the two
 * differ are mapped here; on a correct decoder the replace finds nothing to do.
 *
 * @example
 * decodeWindows1252(new Uint8Array([0x80])) // → '€'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80] as string);
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** One record: the fields, and the 1-based line of the file it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvParseResult {
  delimiter: CsvDelimiter;
  records: CsvRecord[];
  /** Set when a quoted field is never closed: the line it opened on (everything after it was read into that field). */
  unterminatedQuoteLine?: number;
}

/**
 * Guesses the delimiter from the first line with content, counting only outside quotes: the one
 * that occurs most among `;`, `,` and tab. A single-column file (no delimiter at all) gets `,`.
 * Excel's `sep=;` first line, when present, wins.
 *
 * @example
 * detectDelimiter('naam;ondernemingsnummer\r\n…') // → ';'
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const sep = /^sep=([,;\t])\r?\n/i.exec(text);
  if (sep) return sep[1] as CsvDelimiter;
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (seenContent) break;
    } else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
    if (ch.trim() !== '') seenContent = true;
  }
  // Ties go to ';': a Belgian header like "naam;notities, intern" has both, and Excel here writes ';'.
  if (counts[';'] > 0 && counts[';'] >= counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/**
 * Parses CSV text (RFC 4180, leniently): CRLF, LF or CR line ends; `"` quoting with `""` for a
 * quote; separators and line breaks inside quotes; a BOM and Excel's `sep=` line are skipped.
 * Records keep the line number they start on, counting every physical line of the file.
 * Stray text after a closing quote is kept, not refused (Excel writes none, people do).
 *
 * @example
 * parseCsv('naam;kbo\r\n"Dupont; Fils";0417390703\r\n').records
 * // → [{ line: 1, fields: ['naam', 'kbo'] }, { line: 2, fields: ['Dupont; Fils', '0417390703'] }]
 */
export function parseCsv(input: string, options: { delimiter?: CsvDelimiter } = {}): CsvParseResult {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  let line = 1;
  const sep = /^sep=[,;\t]\r?\n/i.exec(text);
  if (sep) {
    text = text.slice(sep[0].length);
    line = 2;
  }

  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let recordLine = line;
  let quoted = false;
  let quoteOpenedOn = 0;
  let i = 0;
  const n = text.length;

  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };

  const delimiterCode = delimiter.charCodeAt(0);
  while (i < n) {
    // Copy a run of ordinary characters in one slice: building fields a character at a time
    // made the parser the slowest step of a 10,000-row import (garbage collection).
    let j = i;
    if (quoted) {
      while (j < n) {
        const code = text.charCodeAt(j);
        if (code === QUOTE || code === LF || code === CR) break;
        j++;
      }
    } else {
      while (j < n) {
        const code = text.charCodeAt(j);
        if (code === delimiterCode || code === LF || code === CR || (code === QUOTE && j === i && field === '')) break;
        j++;
      }
    }
    if (j > i) {
      field += text.slice(i, j);
      i = j;
      continue;
    }
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      // A line break inside quotes belongs to the field; it still counts as a line of the file.
      if (ch === '\r' && text[i + 1] === '\n') {
        field += '\r\n';
        i += 2;
      } else {
        field += ch;
        i++;
      }
      line++;
      continue;
    }
    if (ch === '"') {
      quoted = true;
      quoteOpenedOn = line;
      i++;
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = '';
      i++;
      continue;
    }
    // A line end (CRLF, LF or CR) closes the record.
    endRecord();
    i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    recordLine = line;
  }
  // The last record has no line end after it (or the file ended inside quotes).
  if (field !== '' || fields.length > 0 || quoted) endRecord();

  const result: CsvParseResult = { delimiter, records };
  if (quoted) result.unterminatedQuoteLine = quoteOpenedOn;
  return result;
}

// Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection,
// OWASP): a client name "=HYPERLINK(…)" must not become a link when a file we wrote is opened in
// Excel. Any run of leading apostrophes is looked through, so escaping stays reversible for every value.
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

/**
 * Makes a cell safe to open in a spreadsheet: one `'` before a formula-like start (Excel hides it
 * and shows the text). Values that already start with apostrophes before a formula character get
 * one more, so `unescapeSpreadsheetCell` restores every value exactly. Private on purpose: `toCsv`
 * applies it to every cell, so no CSV the extension writes can skip it.
 */
function escapeSpreadsheetCell(value: string): string {
  return FORMULA_LIKE.test(value) ? `'${value}` : value;
}

/**
 * Undoes the escaping `toCsv` applies, on import.
 *
 * @example
 * unescapeSpreadsheetCell("'=1+1") // → '=1+1'
 */
export function unescapeSpreadsheetCell(value: string): string {
  return value.startsWith("'") && FORMULA_LIKE.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * Writes rows as CSV — the one way the extension writes CSV (the client export and the import's
 * error report both come through here). Every cell that a spreadsheet would run as a formula
 * (leading `=`, `+`, `-`, `@`, tab or CR) gets a `'` first; fields with the delimiter, a quote, a
 * line break or spaces at either end are quoted (`""` for a quote); records end in CRLF (what Excel
 * expects).
 *
 * @example
 * toCsv([['naam', 'kbo'], ['Dupont; Fils', '0417.390.703'], ['=1+1', '']], ';')
 * // → 'naam;kbo\r\n"Dupont; Fils";0417.390.703\r\n\'=1+1;\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ';'): string {
  const special = new RegExp(`[${delimiter === '\t' ? '\\t' : delimiter}"\\r\\n]`);
  const cell = (raw: string) => {
    const value = escapeSpreadsheetCell(raw);
    return special.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
  };
  return rows.map((row) => `${row.map(cell).join(delimiter)}\r\n`).join('');
}

/**
 * A CSV file the way Belgian Excel opens it with a double click: `toCsv` with semicolons, behind a
 * UTF-8 byte-order mark (without it Excel reads UTF-8 as Windows-1252 and "Société" turns into
 * "SociÃ©tÃ©").
 *
 * @example
 * toExcelCsv([['regel', 'reden'], ['3', 'Ongeldig']]) // → '\uFEFFregel;reden\r\n3;Ongeldig\r\n'
 */
export function toExcelCsv(rows: readonly (readonly string[])[]): string {
  return `\ufeff${toCsv(rows, ';')}`;
}
