import { describe, expect, it } from 'vitest';
import {
  decodeCsvBytes,
  detectDelimiter,
  escapeSpreadsheetCell,
  parseCsv,
  toCsv,
  unescapeSpreadsheetCell,
} from '../../../lib/clients/csv';
import { cp1252, utf8 } from '../../support/builders';

const fields = (text: string) => parseCsv(text).records.map((record) => record.fields);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    expect(decodeCsvBytes(utf8('naam\r\nSociété Générale', true))).toEqual({
      text: 'naam\r\nSociété Générale',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeCsvBytes(utf8('Société Générale'))).toEqual({ text: 'Société Générale', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 for Excel files ("Société Générale" in cp1252)', () => {
    const bytes = cp1252('naam;kbo\r\nSociété Générale;0417390703\r\n');
    expect(bytes[14]).toBe(0xe9);
    expect(decodeCsvBytes(bytes)).toEqual({
      text: 'naam;kbo\r\nSociété Générale;0417390703\r\n',
      encoding: 'windows-1252',
    });
  });

  it('decodes the Windows-1252 characters outside Latin-1 (€, curly quotes)', () => {
    expect(decodeCsvBytes(new Uint8Array([0x80, 0x20, 0x93, 0x61, 0x94])).text).toBe('€ “a”');
  });

  it('reads UTF-16LE with its byte-order mark (Excel "Unicode text")', () => {
    const text = 'naam\tkbo\r\nCafé\t0417390703';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['naam;kbo;tags', ';'],
    ['naam,kbo,tags', ','],
    ['naam\tkbo\ttags', '\t'],
    ['"naam, voluit";kbo', ';'],
    ['ondernemingsnummer', ','],
    ['sep=;\nnaam,kbo', ';'],
    ['\r\n\r\nnaam;kbo', ';'],
  ] as const)('%j → %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('parseCsv', () => {
  it('splits on commas and on semicolons', () => {
    expect(fields('a,b,c\n1,2,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(fields('a;b;c\n1;2;3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('handles CRLF, LF and CR line ends and no final line end', () => {
    expect(fields('a;b\r\n1;2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fields('a;b\r1;2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps separators, quotes and line breaks inside quoted fields', () => {
    const text = 'naam;notities\r\n"Dupont; Fils";"Zei ""hallo""\r\nen ging"\r\n"a,b";x\r\n';
    expect(fields(text)).toEqual([
      ['naam', 'notities'],
      ['Dupont; Fils', 'Zei "hallo"\r\nen ging'],
      ['a,b', 'x'],
    ]);
  });

  it('numbers each record by the line it starts on, counting lines inside quotes', () => {
    const text = 'naam;notities\n"A";"een\ntwee\ndrie"\nB;x\n\nC;y';
    expect(parseCsv(text).records.map((record) => record.line)).toEqual([1, 2, 5, 6, 7]);
  });

  it("skips a byte-order mark and Excel's sep= line (line numbers stay those of the file)", () => {
    const result = parseCsv('\ufeffsep=,\r\nnaam,kbo\r\nA,1\r\n');
    expect(result.delimiter).toBe(',');
    expect(result.records).toEqual([
      { line: 2, fields: ['naam', 'kbo'] },
      { line: 3, fields: ['A', '1'] },
    ]);
  });

  it('reports a quote that is never closed', () => {
    const result = parseCsv('naam;kbo\n"A;1\nB;2\n');
    expect(result.unterminatedQuoteLine).toBe(2);
  });

  it('keeps empty fields', () => {
    expect(fields('a;;c\n;;')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });
});

describe('toCsv and spreadsheet escaping', () => {
  it('quotes what needs quoting and round-trips through parseCsv', () => {
    const rows = [
      ['naam', 'notities'],
      ['Dupont; Fils', 'Zei "hallo"\r\nen ging'],
      ['<img src=x onerror=alert(1)>', ' spaties '],
    ];
    const text = toCsv(rows, ';');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text).records.map((record) => record.fields)).toEqual(rows);
  });

  it.each(['=1+1', '+32 9 123', '-5', '@SUM(A1)', "'=x", "''=x", 'gewoon', "'gewoon"])(
    'escapes formula-like cell %j reversibly',
    (value) => {
      const escaped = escapeSpreadsheetCell(value);
      expect(/^[=+\-@]/.test(escaped)).toBe(false);
      expect(unescapeSpreadsheetCell(escaped)).toBe(value);
    },
  );
});
