import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from './neutralise-cell.js';

/** A cell Parley writes: text (which may come from input) or a number Parley computed. */
export type CsvCell = string | number;

/**
 * The one CSV writer of the command line and the server. Every text cell, the header too, is neutralised as in
 * the XLSX report (a leading =, +, -, @, tab or CR gets a quote), so a spreadsheet never runs what an input file
 * carried. Numbers are Parley's own (a probability) and are written as numbers, through `formatNumber`.
 */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  opts: { formatNumber?: (value: number) => string } = {},
): string {
  const formatNumber = opts.formatNumber ?? String;
  const cell = (value: CsvCell) => (typeof value === 'number' ? formatNumber(value) : neutraliseCell(value));
  return stringify([header.map(neutraliseCell), ...rows.map((row) => row.map(cell))]);
}
