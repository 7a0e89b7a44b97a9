// A spreadsheet reads a cell that starts with one of these as a formula (CSV/formula injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell value that a spreadsheet will show as text, never run: a leading quote before a formula character. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
