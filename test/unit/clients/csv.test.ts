import { describe, expect, it } from 'vitest';
import {
  decodeCsvBytes,
  detectDelimiter,
  parseCsv,
  toCsv,
  toExcelCsv,
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

describe('decodeCsvBytes: a UTF-8 file with some Windows-1252 rows (issue 12)', () => {
  const concat = (...parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  };

  it('keeps the UTF-8 rows and reads only the invalid rows as Windows-1252, naming their lines', () => {
    const bytes = concat(
      utf8('naam;kbo\r\nSociété Générale;0417390703\r\n'),
      cp1252('Crème Brûlée BV;0566988259\r\n'),
      utf8('Café Müller;0428759497\r\n'),
    );
    expect(decodeCsvBytes(bytes)).toEqual({
      text: 'naam;kbo\r\nSociété Générale;0417390703\r\nCrème Brûlée BV;0566988259\r\nCafé Müller;0428759497\r\n',
      encoding: 'utf-8+windows-1252',
      windows1252Lines: [3],
    });
  });

  it('counts lines as parseCsv does (LF, CR, CRLF) and also checks a file with a byte-order mark', () => {
    const bytes = concat(utf8('a\nb\rc', true), cp1252('\r\nCrème\n'), utf8('é\n'), cp1252('Brûlée'));
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.text).toBe('a\nb\rc\r\nCrème\né\nBrûlée');
    expect(decoded.windows1252Lines).toEqual([4, 6]);
  });

  it('a file in Windows-1252 throughout is read as Windows-1252, without a warning', () => {
    const decoded = decodeCsvBytes(cp1252('naam\r\nCrème\r\nBrûlée\r\n'));
    expect(decoded).toEqual({ text: 'naam\r\nCrème\r\nBrûlée\r\n', encoding: 'windows-1252' });
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

  it.each(['=1+1', '+32 9 123', '-5', '@SUM(A1)', '\t=x', '\r=x', "'=x", "''=x", 'gewoon', "'gewoon"])(
    'escapes formula-like cell %j, reversibly, in every CSV it writes',
    (value) => {
      const [cell] = parseCsv(toCsv([[value]], ';'), { delimiter: ';' }).records[0]?.fields ?? [];
      expect(/^[=+\-@\t\r]/.test(cell ?? '')).toBe(false);
      expect(unescapeSpreadsheetCell(cell ?? '')).toBe(value);
    },
  );

  it('toExcelCsv: a byte-order mark, semicolons, CRLF, the same escaping', () => {
    expect(
      toExcelCsv([
        ['regel', 'inhoud'],
        ['3', '=HYPERLINK("http://x")'],
      ]),
    ).toBe('\ufeffregel;inhoud\r\n3;"\'=HYPERLINK(""http://x"")"\r\n');
  });
});
