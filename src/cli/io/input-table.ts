import {
  openTableFile,
  readTableFile,
  type Table,
  type TableStream,
  UnreadableFileError,
} from '../../platform/tables/index.js';
import { InputError } from './input-error.js';

/** An error of the table reader as the command line reports it: one message naming the file and the row. */
export function asInputError(file: string, error: unknown): unknown {
  if (error instanceof InputError) return error;
  if (error instanceof UnreadableFileError) return new InputError(file, error.message, error.row);
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== undefined) return new InputError(file, `cannot be read (${code})`);
  return error;
}

/** Opens a CSV or XLSX input file as a stream of rows; errors while reading the rows come as `InputError` too. */
export async function openInputTable(file: string): Promise<TableStream> {
  let stream: TableStream;
  try {
    stream = await openTableFile(file);
  } catch (error) {
    throw asInputError(file, error);
  }
  async function* rows() {
    try {
      yield* stream.rows;
    } catch (error) {
      throw asInputError(file, error);
    }
  }
  return { ...stream, rows: rows() };
}

/** Reads a whole CSV or XLSX input file. */
export async function readInputTable(file: string): Promise<Table> {
  try {
    return await readTableFile(file);
  } catch (error) {
    throw asInputError(file, error);
  }
}
