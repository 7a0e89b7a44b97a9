import { UnreadableFileError } from './unreadable-file-error.js';

/** A column's letters as a spreadsheet shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Header names trimmed, a blank one named by its column letter, blank columns at the end dropped; two columns of
 * one name are refused. `cellOf` names a header cell in the file's own terms (`column C` or `C1`).
 */
export function checkHeaders(raw: readonly string[], cellOf: (index: number) => string): string[] {
  const headers = raw.map((h, i) => h.trim() || `(column ${columnLetter(i)})`);
  while (headers.length > 0 && raw[headers.length - 1]?.trim() === '') headers.pop();
  if (headers.length === 0) {
    throw new UnreadableFileError('bad-header', 'the first row is empty: it must hold the column names', {
      row: 1,
    });
  }
  const seen = new Map<string, number>();
  headers.forEach((header, i) => {
    const earlier = seen.get(header);
    if (earlier !== undefined) {
      throw new UnreadableFileError(
        'bad-header',
        `two columns are named "${header}" (${cellOf(earlier)} and ${cellOf(i)}); give each column its own name`,
        { row: 1, cell: cellOf(i) },
      );
    }
    seen.set(header, i);
  });
  return headers;
}
