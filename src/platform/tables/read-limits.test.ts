import { describe, expect, it } from 'vitest';
import { type TableLimits, UnreadableFileError } from './index.js';
import { readTable } from './open-table.js';
import { manyRowsWorkbook, paddedWorkbook, workbookOf, zipBombWorkbook } from './testing/table-files.js';

const LIMITS: TableLimits = {
  uncompressedBytes: 4 * 1024 * 1024,
  rows: 50,
  columns: 4,
  cellChars: 100,
  cells: 120,
  textChars: 2000,
};

async function refusal(read: Promise<unknown>): Promise<UnreadableFileError> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnreadableFileError);
  return error as UnreadableFileError;
}

const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\n'));
const names = (n: number, width = 1) =>
  Array.from({ length: n }, (_, i) => Array.from({ length: width }, (_, c) => `p${i}c${c}`));

describe('the table reader within limits', () => {
  it('takes a file at each limit, CSV and XLSX alike', async () => {
    const rows = [['a', 'b'], ...names(LIMITS.rows, 2)];
    for (const bytes of [csv(rows), workbookOf(rows)]) {
      const table = await readTable('at-limit', bytes, LIMITS);
      expect(table.rows).toHaveLength(LIMITS.rows);
    }
  });

  it.each([
    ['rows', [['name'], ...names(LIMITS.rows + 1)], /more than 50 rows/, 52],
    [
      'columns',
      [
        ['a', 'b', 'c', 'd', 'e'],
        ['1', '2', '3', '4', '5'],
      ],
      /more than 4 columns/,
      1,
    ],
    ['a cell', [['name'], ['x'.repeat(LIMITS.cellChars + 1)]], /more than 100 characters/, 2],
    ['filled cells', [['a', 'b', 'c'], ...names(45, 3)], /more than 120 filled cells/, undefined],
    [
      'text',
      [['a', 'b'], ...names(40, 2).map((r) => r.map((v) => v.padEnd(30, '.')))],
      /more than 2,000 characters/,
      undefined,
    ],
  ])(
    'refuses a file over its %s, CSV and XLSX alike, saying which limit',
    async (_what, rows, message, row) => {
      for (const bytes of [csv(rows), workbookOf(rows)]) {
        const error = await refusal(readTable('over', bytes, LIMITS));
        expect(error.kind).toBe('too-large');
        expect(error.message).toMatch(message);
        if (row !== undefined) expect(error.row).toBe(row);
      }
    },
  );

  it('refuses a CSV whose first line never ends, before reading it all', async () => {
    const error = await refusal(readTable('line.csv', Buffer.from('x,'.repeat(5_000_000)), LIMITS));
    expect(error).toMatchObject({ kind: 'too-large', row: 1 });
  });

  it('refuses a cell that inflates to 50 MB after its first kilobytes, and a sheet over the inflated limit', async () => {
    const bomb = await zipBombWorkbook(50);
    expect(bomb.length).toBeLessThan(200_000);
    let started = performance.now();
    const cell = await refusal(readTable('bomb.xlsx', bomb, LIMITS));
    expect(cell.kind).toBe('too-large');
    // A bound against a hang, not a speed target (bench/importer-fuzz.ts prints those): timings here vary tenfold.
    expect(performance.now() - started).toBeLessThan(10_000);

    const padded = await paddedWorkbook(8);
    started = performance.now();
    const inflated = await refusal(readTable('padded.xlsx', padded, { ...LIMITS, rows: 1_000_000 }));
    expect(inflated.message).toMatch(/inflates to more than 4 MB/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('refuses a million rows without r= attributes at the row past the limit', async () => {
    const started = performance.now();
    const error = await refusal(readTable('rows.xlsx', await manyRowsWorkbook(1_000_000), LIMITS));
    expect(error).toMatchObject({ kind: 'too-large', row: 52 });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('refuses an archive cut short and a damaged one as not a workbook', async () => {
    const whole = workbookOf([['name'], ['Aram']]);
    const sheetAt = whole.indexOf('xl/worksheets/sheet1.xml');
    for (const cut of [whole.subarray(0, sheetAt + 40), whole.subarray(0, 40)]) {
      expect(await refusal(readTable('cut.xlsx', cut, LIMITS))).toMatchObject({ kind: 'file-type' });
    }
    const damaged = Buffer.from(whole);
    damaged.fill(0x41, sheetAt + 30, sheetAt + 60); // the sheet's deflated bytes
    expect(await refusal(readTable('bad.xlsx', damaged, LIMITS))).toMatchObject({ kind: 'file-type' });
  });
});
