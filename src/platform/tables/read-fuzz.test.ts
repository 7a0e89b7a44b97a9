import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Table, type TableLimits, UnreadableFileError } from './index.js';
import { readTable } from './open-table.js';
import { fuzzFile } from './testing/fuzz-files.js';

const LIMITS: TableLimits = {
  uncompressedBytes: 10 * 1024 * 1024,
  rows: 1000,
  columns: 50,
  cellChars: 5000,
  cells: 20_000,
  textChars: 1_000_000,
};

describe('the table reader on any file (fuzz)', () => {
  it('gives a table within the limits or refuses the file with a reason, never anything else', async () => {
    const kinds = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fuzzFile, async (file) => {
        let outcome: Table;
        try {
          outcome = await readTable(file.name, file.bytes, LIMITS);
        } catch (error) {
          if (!(error instanceof UnreadableFileError)) throw error;
          kinds.set(error.kind, (kinds.get(error.kind) ?? 0) + 1);
          expect(error.message.length).toBeGreaterThan(0);
          return;
        }
        kinds.set('read', (kinds.get('read') ?? 0) + 1);
        expect(outcome.headers.length).toBeGreaterThan(0);
        expect(outcome.headers.length).toBeLessThanOrEqual(LIMITS.columns);
        expect(outcome.rows.length).toBeGreaterThan(0);
        for (const row of outcome.rows) {
          expect(row.values).toHaveLength(outcome.headers.length);
          for (const value of row.values) expect(value.length).toBeLessThanOrEqual(LIMITS.cellChars);
        }
      }),
      { numRuns: 2000 },
    );
    // The cases reach both sides: files read, and each kind of refusal.
    expect(kinds.get('read')).toBeGreaterThan(200);
    for (const kind of ['file-type', 'empty-file', 'bad-header', 'too-large'])
      expect(kinds.get(kind)).toBeGreaterThan(0);
  }, 120_000);
});
