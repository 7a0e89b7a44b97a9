import { Readable } from 'node:stream';
import { type CsvError, parse } from 'csv-parse';
import { decodeText, type TextEncoding } from './decode-text.js';
import { checkHeaders, columnLetter } from './headers.js';
import { overLimit, TableBudget, type TableLimits } from './limits.js';
import type { TableRow, TableStream } from './types.js';
import { UnreadableFileError } from './unreadable-file-error.js';

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter that splits the header line into the most fields: comma, semicolon or tab. */
function detectDelimiter(firstLine: string): string {
  const counts = DELIMITERS.map((d) => firstLine.split(d).length - 1);
  return DELIMITERS[counts.indexOf(Math.max(...counts))] ?? ',';
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

const isBlank = (values: readonly string[]) => values.every((value) => value.trim() === '');

/**
 * The text again, from its start, once its first line is known (the delimiter is read from it). A first line longer
 * than `maxChars` is refused before more of it is read.
 */
async function firstLineAndText(
  text: AsyncIterable<string>,
  maxChars: number,
): Promise<{ firstLine: string; text: AsyncIterable<string> }> {
  const iterator = text[Symbol.asyncIterator]();
  let head = '';
  let done = false;
  while (!/\r?\n/.test(head)) {
    if (head.length > maxChars) {
      throw overLimit(`the first line is longer than ${maxChars.toLocaleString('en-US')} characters`, {
        row: 1,
      });
    }
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head += next.value;
  }
  async function* again(): AsyncGenerator<string> {
    yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { firstLine: head.slice(0, head.search(/\r?\n|$/)), text: again() };
}

function cannotParse(error: unknown, limits: TableLimits): UnreadableFileError {
  if (error instanceof UnreadableFileError) return error;
  const line = (error as Partial<CsvError> & { lines?: number }).lines;
  if ((error as Partial<CsvError>).code === 'CSV_MAX_RECORD_SIZE') {
    return overLimit(`a field holds more than ${limits.cellChars.toLocaleString('en-US')} characters`, {
      row: line,
    });
  }
  return new UnreadableFileError('bad-row', `cannot be read as CSV (${(error as Error).message})`, {
    row: line,
  });
}

/**
 * Opens a CSV (comma, semicolon or tab; UTF-8, or UTF-16 with its byte order mark) read as it streams: the header
 * row is checked at once, then each row comes with its line number. A row with more filled fields than the header
 * stops the read; a short row is filled with empty values; a row of blank values is skipped. `limits` are checked
 * as the rows come (a field longer than a cell may be stops the parser before it gathers more).
 */
export async function openCsv(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncoding,
  limits: TableLimits,
): Promise<TableStream> {
  const budget = new TableBudget(limits);
  const { firstLine, text } = await firstLineAndText(
    decodeText(chunks, encoding),
    Math.min(limits.columns * (limits.cellChars + 3), 4 * 1024 * 1024),
  );
  const parser = parse({
    delimiter: detectDelimiter(firstLine),
    info: true,
    skip_empty_lines: true,
    relax_column_count: true,
    relax_quotes: true,
    ...(Number.isFinite(limits.cellChars) ? { max_record_size: limits.cellChars } : {}),
  });
  const source = Readable.from(text, { objectMode: false });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<ParsedRecord>;
  const next = async (): Promise<IteratorResult<ParsedRecord>> => {
    try {
      return await records.next();
    } catch (error) {
      throw cannotParse(error, limits);
    }
  };
  const stop = () => {
    source.destroy();
    parser.destroy();
  };

  let first: IteratorResult<ParsedRecord>;
  let headers: string[];
  try {
    first = await next();
    if (first.done) throw new UnreadableFileError('empty-file', 'the file is empty', { row: 1 });
    // Only blank values on the one line there is: as empty as no line at all.
    if (isBlank(first.value.record) && (await next()).done) {
      throw new UnreadableFileError('empty-file', 'the file is empty', { row: 1 });
    }
    first.value.record.forEach((name, i) => {
      budget.column(i, { row: 1 });
      budget.cell(name, { row: 1, cell: `${columnLetter(i)}1` });
    });
    headers = checkHeaders(first.value.record, (i) => `column ${columnLetter(i)}`);
  } catch (error) {
    stop();
    throw error;
  }

  async function* rows(): AsyncGenerator<TableRow> {
    let taken = 0;
    try {
      for (let item = await next(); !item.done; item = await next()) {
        const { record, info } = item.value;
        if (isBlank(record)) continue;
        if (!isBlank(record.slice(headers.length))) {
          throw new UnreadableFileError(
            'bad-row',
            `this row has ${record.length} fields where the header has ${headers.length}`,
            { row: info.lines },
          );
        }
        taken++;
        budget.row(info.lines);
        const values = headers.map((_, i) => record[i] ?? '');
        for (const value of values) budget.cell(value, { row: info.lines });
        yield { row: info.lines, values };
      }
    } finally {
      stop();
    }
    if (taken === 0) {
      throw new UnreadableFileError('empty-file', 'the file has column names but no rows under them', {
        row: 2,
      });
    }
  }
  return { format: 'csv', headers, rows: rows() };
}
