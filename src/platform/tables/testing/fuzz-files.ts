import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { deflatedEntry, workbookOf, workbookWith } from './table-files.js';

// Generated files for fuzzing the importers (the table reader, the mapping, the upload routes): valid tables written
// every way a file arrives, the same with bytes flipped, cut or inserted, XLSX sheets of random XML, random bytes,
// and the known edge cases (byte order marks alone, a line that never ends, a cut archive).

export interface FuzzFile {
  /** What kind of case it is, for the report of a failure. */
  what: string;
  name: string;
  bytes: Uint8Array;
}

const cellText = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    'ə',
    'Ш',
    'Ա',
    '😀',
    ' ',
    ',',
    ';',
    '\t',
    '"',
    '\n',
    '\r',
    '<',
    '&',
    '=',
    '+',
    '-',
    '@',
    '1',
    '.',
    '/',
    '\u0000',
    '\uFEFF',
  ),
  maxLength: 12,
});
const dateText = fc.oneof(
  fc.constantFrom(
    '02.04.1994',
    '12.12.2030',
    '31.02.1990',
    '1850',
    '1994-04-02',
    '13/13/2000',
    '1994.04.02',
    '2001',
  ),
  fc
    .tuple(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 0, max: 15 }),
      fc.integer({ min: 1800, max: 2100 }),
    )
    .map(([d, m, y]) => `${d}.${m}.${y}`),
);
// Around the field bounds (300) and the reader's cell limit (5,000).
const longText = fc.integer({ min: 250, max: 6000 }).map((n) => 'Ա'.repeat(n));
const cell = fc.oneof(
  { weight: 6, arbitrary: cellText },
  { weight: 2, arbitrary: dateText },
  { weight: 1, arbitrary: longText },
);
const headerName = fc.string({
  unit: fc.constantFrom('a', 'b', 'Ü', 'Ж', 'Ք', '_', '1', ' ', '"', ','),
  maxLength: 6,
});

export const fuzzTable = fc.record({
  headers: fc.array(headerName, { minLength: 1, maxLength: 6 }),
  rows: fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 }),
});

const encode = (text: string, encoding: string): Uint8Array => {
  switch (encoding) {
    case 'utf-8 with BOM':
      return Buffer.from(`\uFEFF${text}`, 'utf8');
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'latin1':
      return Buffer.from(text, 'latin1');
    default:
      return Buffer.from(text, 'utf8');
  }
};

const csvFile = fc
  .record({
    table: fuzzTable,
    delimiter: fc.constantFrom(',', ';', '\t'),
    quoted: fc.boolean(),
    newline: fc.constantFrom('\n', '\r\n'),
    encoding: fc.constantFrom('utf-8', 'utf-8', 'utf-8 with BOM', 'utf-16le', 'utf-16be', 'latin1'),
  })
  .map(({ table, delimiter, quoted, newline, encoding }): FuzzFile => {
    const records = [table.headers, ...table.rows];
    const text = quoted
      ? stringify(records, { delimiter, record_delimiter: newline === '\n' ? 'unix' : 'windows' })
      : records.map((r) => r.join(delimiter)).join(newline);
    return { what: `csv ${encoding}`, name: 'list.csv', bytes: encode(text, encoding) };
  });

const xlsxFile = fuzzTable.map(
  ({ headers, rows }): FuzzFile => ({
    what: 'xlsx',
    name: 'list.xlsx',
    // XML cannot hold a NUL: the writer drops it, as a spreadsheet would.
    bytes: workbookOf([headers, ...rows].map((r) => r.map((v) => v.replaceAll('\u0000', '')))),
  }),
);

const XML_TOKENS = [
  '<row>',
  '</row>',
  '<row r="3">',
  '<row r="0">',
  '<c t="inlineStr"><is><t>',
  '</t></is></c>',
  '<c r="ZZZ9999999">',
  '<c r="B2" t="s">',
  '<c s="5">',
  '<c t="b">',
  '<c t="e">',
  '<c t="d">',
  '</c>',
  '<v>',
  '</v>',
  '<v>35000</v>',
  '<v>99</v>',
  '<v>x</v>',
  '<f>SUM(A1)</f>',
  '&amp;',
  '&#0;',
  '&#x1F600;',
  '&a;',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '<mergeCells><mergeCell ref="A1:B2"/></mergeCells>',
  '<![CDATA[text]]>',
  'Aram',
  ' ',
  '<',
  '>',
  '"',
];

const xmlSheetFile = fc.array(fc.constantFrom(...XML_TOKENS), { maxLength: 40 }).map((tokens): FuzzFile => {
  const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>full_name</t></is></c></row>${tokens.join('')}</sheetData></worksheet>`;
  return {
    what: 'xlsx of random XML',
    name: 'list.xlsx',
    bytes: workbookWith(deflatedEntry('xl/worksheets/sheet1.xml', sheet)),
  };
});

/** A file with bytes flipped, deleted or inserted at random places, or cut short. */
function mutated(base: fc.Arbitrary<FuzzFile>): fc.Arbitrary<FuzzFile> {
  const edit = fc.record({
    at: fc.nat(),
    op: fc.constantFrom('flip', 'delete', 'insert', 'cut'),
    byte: fc.integer({ min: 0, max: 255 }),
  });
  return fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 6 })).map(([file, edits]) => {
    let bytes = Buffer.from(file.bytes);
    for (const { at, op, byte } of edits) {
      if (bytes.length === 0) break;
      const i = at % bytes.length;
      if (op === 'flip') bytes[i] = (bytes[i] ?? 0) ^ (byte || 1);
      else if (op === 'delete') bytes = Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + 1)]);
      else if (op === 'insert')
        bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from([byte]), bytes.subarray(i)]);
      else bytes = bytes.subarray(0, i);
    }
    return { what: `${file.what}, mutated`, name: file.name, bytes };
  });
}

const EDGE_CASES: FuzzFile[] = [
  { what: 'empty', name: 'e.csv', bytes: new Uint8Array() },
  { what: 'UTF-8 BOM alone', name: 'b.csv', bytes: Buffer.from([0xef, 0xbb, 0xbf]) },
  { what: 'UTF-16 BOM alone', name: 'b.csv', bytes: Buffer.from([0xff, 0xfe]) },
  { what: 'UTF-16 BOM and an odd byte', name: 'b.csv', bytes: Buffer.from([0xfe, 0xff, 0x41]) },
  { what: 'a line that never ends', name: 'l.csv', bytes: Buffer.alloc(300_000, 'x') },
  {
    what: 'a header and a long quoted field',
    name: 'q.csv',
    bytes: Buffer.from(`a\n"${'x'.repeat(20_000)}`),
  },
  { what: 'ZIP magic alone', name: 'z.xlsx', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04]) },
  { what: 'a text named .xlsx', name: 't.xlsx', bytes: Buffer.from('full_name\nAram\n') },
  {
    what: 'a workbook cut short',
    name: 'c.xlsx',
    bytes: workbookOf([['full_name'], ['Aram']]).subarray(0, 300),
  },
  { what: 'NUL bytes', name: 'n.csv', bytes: Buffer.alloc(64) },
];

/** Any file an upload may bring: valid, broken, hostile. */
export const fuzzFile: fc.Arbitrary<FuzzFile> = fc.oneof(
  { weight: 4, arbitrary: csvFile },
  { weight: 3, arbitrary: xlsxFile },
  { weight: 2, arbitrary: xmlSheetFile },
  { weight: 3, arbitrary: mutated(csvFile) },
  { weight: 3, arbitrary: mutated(xlsxFile) },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ maxLength: 3000 })
      .map((bytes): FuzzFile => ({ what: 'random bytes', name: 'r.csv', bytes })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...EDGE_CASES) },
);
