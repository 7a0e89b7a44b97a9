import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type CsvCell, csvText } from '../../platform/tables/index.js';

/**
 * Writes CSV (through the one CSV writer: text cells neutralised, numbers formatted by `formatNumber`) to `path` through a temporary file in the same folder and a rename, so that a failure
 * leaves no half file; without a path, to standard output.
 */
export async function writeCsv(
  path: string | undefined,
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  opts: { formatNumber?: (value: number) => string } = {},
) {
  const text = csvText(header, rows, opts);
  if (path === undefined) {
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(text, (error) => (error ? reject(error) : resolve())),
    );
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
