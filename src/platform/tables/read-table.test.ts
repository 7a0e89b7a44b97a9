import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openTable, readTable } from './open-table.js';
import type { Table } from './types.js';
import { UnreadableFileError } from './unreadable-file-error.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) =>
  Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

/** The bytes in chunks cut at the given places, as a file or a request body arrives. */
async function* inChunks(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= from || cut >= bytes.length) continue;
    yield bytes.subarray(from, cut);
    from = cut;
  }
  yield bytes.subarray(from);
}

async function readInChunks(fileName: string, bytes: Uint8Array, cuts: readonly number[]): Promise<Table> {
  const stream = await openTable(fileName, inChunks(bytes, cuts));
  const rows = [];
  for await (const row of stream.rows) rows.push(row);
  return { format: stream.format, headers: stream.headers, rows };
}

async function failure(read: Promise<unknown>): Promise<UnreadableFileError> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnreadableFileError);
  return error as UnreadableFileError;
}

const TEXT = 'Ազգանուն\tԱնուն\tԾննդյան ամսաթիվ\nՊետրոսյան\tԱրամ\t12.05.1990\nƏliyev\tRəşad\t\n';
const EXPECTED = {
  format: 'csv',
  headers: ['Ազգանուն', 'Անուն', 'Ծննդյան ամսաթիվ'],
  rows: [
    { row: 2, values: ['Պետրոսյան', 'Արամ', '12.05.1990'] },
    { row: 3, values: ['Əliyev', 'Rəşad', ''] },
  ],
};

describe('the table reader', () => {
  it.each([
    ['comma', TEXT.replaceAll('\t', ','), utf8],
    ['semicolon, CRLF', TEXT.replaceAll('\t', ';').replaceAll('\n', '\r\n'), utf8],
    ['tab', TEXT, utf8],
    ['a UTF-8 byte order mark', `\uFEFF${TEXT.replaceAll('\t', ';')}`, utf8],
    ['UTF-16 little-endian with its byte order mark', TEXT, utf16le],
    ['UTF-16 big-endian with its byte order mark', TEXT.replaceAll('\t', ','), utf16be],
  ])('reads %s', async (_what, text, encode) => {
    expect(await readTable('list.csv', encode(text))).toEqual(EXPECTED);
  });

  it('reads the first sheet of a workbook by its content, whatever its name', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('List');
    sheet.addRows([
      ['Ազգանուն', 'Անուն', 'Ծննդյան ամսաթիվ'],
      ['Պետրոսյան', 'Արամ', new Date(Date.UTC(1990, 4, 12))],
      [],
      ['Əliyev', ' Rəşad ', null],
    ]);
    workbook.addWorksheet('Notes').addRow(['not read']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readTable('list.bin', bytes)).toEqual({
      ...EXPECTED,
      format: 'xlsx',
      rows: [
        { row: 2, values: ['Պետրոսյան', 'Արամ', '1990-05-12'] },
        { row: 4, values: ['Əliyev', 'Rəşad', ''] },
      ],
    });
  });

  it('names a blank header by its column, fills a short row and skips blank rows', async () => {
    const table = await readTable('list.csv', utf8('Name,,Born\nA\n , ,\nB,x,1990,,\n'));
    expect(table.headers).toEqual(['Name', '(column B)', 'Born']);
    expect(table.rows).toEqual([
      { row: 2, values: ['A', '', ''] },
      { row: 4, values: ['B', 'x', '1990'] },
    ]);
  });

  it.each([
    ['an empty file', '', 'empty-file', 1],
    ['blank lines only', ' \n\n', 'empty-file', 1],
    ['a header and no rows', 'Name,Born\n', 'empty-file', 2],
    ['two columns of one name', 'Name,Born,Name\nA,1990,B\n', 'bad-header', 1],
    ['a row with more filled fields than the header', 'Name,Born\nA,1990\nB,1991,x\n', 'bad-row', 3],
    ['a quote left open', 'Name,Born\n"A,1990\n', 'bad-row', 2],
    ['binary data', '\x89PNG\r\n\x1a\n\0\0\0\r', 'file-type', undefined],
  ])('refuses %s, saying where', async (_what, text, kind, row) => {
    const error = await failure(readTable('list.csv', utf8(text)));
    expect(error).toMatchObject({ kind, row });
  });

  it('refuses bytes that are not UTF-8 text, and a file named .xlsx that is not a workbook', async () => {
    const latin1 = await failure(readTable('list.csv', Buffer.from('Name\nJos\xe9\n', 'latin1')));
    expect(latin1).toMatchObject({ kind: 'file-type' });
    expect(latin1.message).toContain('not a UTF-8 CSV');
    const fake = await failure(readTable('list.xlsx', utf8('Name\nA\n')));
    expect(fake.message).toContain('named .xlsx but is not an XLSX workbook');
  });

  it('hands out rows as the bytes come, long before the end of a large file', async () => {
    const LINES = 20_000;
    let sent = 0;
    async function* slowly(): AsyncGenerator<Uint8Array> {
      yield utf8('Name;Born\n');
      for (sent = 1; sent <= LINES; sent++) yield utf8(`Person number ${sent};1990-01-01\n`);
    }
    const stream = await openTable('list.csv', slowly());
    expect(stream.headers).toEqual(['Name', 'Born']);
    let count = 0;
    for await (const row of stream.rows) {
      if (count === 0) expect(sent).toBeLessThan(LINES / 10);
      count++;
      expect(row.values[0]).toBe(`Person number ${row.row - 1}`);
    }
    expect(count).toBe(LINES);
  });
});

// Any table of text written as CSV by another program comes back the same, whatever the delimiter, the encoding
// and where the bytes are cut into chunks.
const cell = fc.string({
  unit: fc.constantFrom('a', 'Z', 'ə', 'Ш', 'Ա', '😀', ' ', ',', ';', '\t', '"', '\n', '\r\n', "'", '1'),
  maxLength: 8,
});
const headerName = fc
  .string({ unit: fc.constantFrom('a', 'b', 'Ü', 'Ж', 'Ք', '_', '1', ' '), minLength: 1, maxLength: 6 })
  .filter((name) => name.trim() === name && name !== '');
// Two columns at least: the delimiter is the one the header line holds, and a single column holds none.
const table = fc.uniqueArray(headerName, { minLength: 2, maxLength: 5 }).chain((headers) =>
  fc.record({
    headers: fc.constant(headers),
    rows: fc.array(
      fc
        .array(cell, { minLength: headers.length, maxLength: headers.length })
        .filter((values) => values.some((value) => value.trim() !== '')),
      { minLength: 1, maxLength: 6 },
    ),
  }),
);

describe('CSV reading (property)', () => {
  it('gives back the headers and values written, for any delimiter, encoding and chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('utf-8', 'utf-8 with BOM', 'utf-16le', 'utf-16be'),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat({ max: 400 }), { maxLength: 12 }),
        async ({ headers, rows }, delimiter, encoding, newline, cuts) => {
          const text = stringify([headers, ...rows], {
            delimiter,
            record_delimiter: newline === '\n' ? 'unix' : 'windows',
          });
          const bytes =
            encoding === 'utf-16le'
              ? utf16le(text)
              : encoding === 'utf-16be'
                ? utf16be(text)
                : utf8(encoding === 'utf-8' ? text : `\uFEFF${text}`);
          const read = await readInChunks('list.csv', bytes, cuts);
          expect(read.headers).toEqual(headers);
          expect(read.rows.map((r) => r.values)).toEqual(rows);
          const numbers = read.rows.map((r) => r.row);
          expect(numbers.every((n, i) => n > (numbers[i - 1] ?? 1))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
