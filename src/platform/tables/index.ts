// The one table reader of CSV and XLSX files and the one CSV and XLSX writers, for the command line and the server alike.
export { columnLetter } from './headers.js';
export { NO_TABLE_LIMITS, type TableLimits } from './limits.js';
export { neutraliseCell } from './neutralise-cell.js';
export { openTable, openTableFile, readTable, readTableFile } from './open-table.js';
export type { Table, TableFormat, TableRow, TableStream } from './types.js';
export { UnreadableFileError } from './unreadable-file-error.js';
export { type CsvCell, csvText } from './write-csv.js';
export { xlsxTable } from './write-xlsx.js';
