/** One data row of a table: its row number in the file (header = 1) and one value per header. */
export interface TableRow {
  row: number;
  values: string[];
  /** Spreadsheet cells (`C7`) whose formula has a saved value: that value is taken. */
  formulaCells?: string[];
  /** Spreadsheet cells whose formula has no saved value: nothing to take. */
  emptyFormulaCells?: string[];
}

export type TableFormat = 'csv' | 'xlsx';

/** A whole table in memory. */
export interface Table {
  format: TableFormat;
  headers: string[];
  rows: TableRow[];
}

/** A table read row by row: the header is known once it is open, the rows come as they are read. */
export interface TableStream {
  format: TableFormat;
  headers: string[];
  rows: AsyncIterable<TableRow>;
}
