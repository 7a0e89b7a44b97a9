import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';

/**
 * Writes CSV to `path` through a temporary file in the same folder and a rename, so that a failure
 * leaves no half file; without a path, to standard output.
 */
export async function writeCsv(
  path: string | undefined,
  header: readonly string[],
  rows: readonly string[][],
) {
  const text = stringify([header as string[], ...(rows as string[][])]);
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
