import { Unzip, type UnzipFile, UnzipInflate } from 'fflate';
import { SaxesParser, type SaxesTag } from 'saxes';
import { checkHeaders, columnLetter } from './headers.js';
import { overLimit, TableBudget, type TableLimits } from './limits.js';
import type { Table, TableRow } from './types.js';
import { UnreadableFileError } from './unreadable-file-error.js';

// An XLSX workbook is a ZIP archive of XML parts. It is read as its bytes come: each part needed is inflated a few
// kilobytes at a time and parsed as it inflates, so every limit (inflated bytes, rows, columns, cell length) is met
// at the first byte past it, whatever the archive claims its sizes are. Only the first sheet's cells are kept.

/** Compressed bytes handed to the inflater at once: at most about a thousand times that comes out of one push. */
const PUSH_BYTES = 4 * 1024;
/** Characters handed to the XML parser at once. */
const XML_SLICE = 16 * 1024;

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const STYLES = 'xl/styles.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

// Number formats Excel builds in that show a date (ECMA-376 18.8.30, with the East Asian ones).
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

const notWorkbook = (why = '') =>
  new UnreadableFileError(
    'file-type',
    `this ZIP file is not an XLSX workbook${why}; save it as XLSX or as CSV`,
  );

/** A custom number format that shows a date: it holds y, m, d (or time) codes outside quotes and brackets. */
function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[ymdhs]/i.test(bare);
}

/** A serial day number of the workbook as an ISO date (1900 system, or 1904 when the workbook says so). */
function serialDate(serial: number, date1904: boolean): string {
  const days = serial + (date1904 ? 1462 : 0);
  return new Date(Math.round((days - 25569) * 86_400_000)).toISOString().slice(0, 10);
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** `C7` as its column (0-based) and row; undefined when it is not a cell reference. */
function cellPosition(ref: string): { column: number; row: number } | undefined {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (!match?.[1] || !match[2]) return undefined;
  let column = 0;
  for (const letter of match[1]) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { column: column - 1, row: Number(match[2]) };
}

/**
 * One XML part parsed as it inflates. Text between two tags is bounded by `maxStretch` characters, so that the
 * parser never gathers a huge text node before the reader can look at it.
 */
class XmlPart {
  private readonly decoder = new TextDecoder('utf-8');
  private readonly parser = new SaxesParser({ position: false, xmlns: false });
  private sinceTag = 0;

  constructor(
    handlers: {
      open?: (name: string, attributes: Record<string, string>) => void;
      text?: (text: string) => void;
      close?: (name: string) => void;
    },
    private readonly maxStretch: number,
    private readonly where: () => { row?: number; cell?: string } = () => ({}),
  ) {
    this.parser.on('opentag', (tag: SaxesTag) => {
      this.sinceTag = 0;
      handlers.open?.(localName(tag.name), tag.attributes as Record<string, string>);
      if (tag.isSelfClosing) handlers.close?.(localName(tag.name));
    });
    this.parser.on('closetag', (tag: SaxesTag) => {
      this.sinceTag = 0;
      if (!tag.isSelfClosing) handlers.close?.(localName(tag.name));
    });
    if (handlers.text) this.parser.on('text', handlers.text);
  }

  write(bytes: Uint8Array): void {
    const text = this.decoder.decode(bytes, { stream: true });
    for (let at = 0; at < text.length; at += XML_SLICE) {
      const slice = text.slice(at, at + XML_SLICE);
      this.sinceTag += slice.length;
      this.parser.write(slice);
      if (this.sinceTag > this.maxStretch)
        throw overLimit('a cell of the workbook is too long', this.where());
    }
  }

  end(): void {
    this.parser.write(this.decoder.decode());
    this.parser.close();
  }
}

interface RawCell {
  column: number;
  type: string;
  style: number;
  value?: string;
  inline?: string;
  formula: boolean;
}

interface RawSheet {
  rows: Map<number, RawCell[]>;
  merges: string[];
}

/** Reads a worksheet part into its cells (values not yet resolved), within the limits. */
function sheetPart(sheet: RawSheet, limits: TableLimits, maxStretch: number): XmlPart {
  let rowElements = 0;
  let rowNumber = 0;
  let columnNumber = -1;
  let cell: RawCell | undefined;
  let cellRef = '';
  let rawCells = 0;
  let inValue = false;
  let inInline = false;
  let inPhonetic = false;
  let inInlineText = false;
  const where = () => ({ row: rowNumber, cell: cellRef });
  const tooLong = (text: string) => {
    if (text.length > limits.cellChars) {
      throw overLimit(
        `a cell holds more than ${limits.cellChars.toLocaleString('en-US')} characters`,
        where(),
      );
    }
  };
  return new XmlPart(
    {
      open(name, attributes) {
        switch (name) {
          case 'row': {
            rowElements++;
            const r = Number(attributes.r);
            rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
            columnNumber = -1;
            if (rowElements > limits.rows + 1) {
              throw overLimit(
                `the file has more than ${limits.rows.toLocaleString('en-US')} rows; split the list into several files`,
                { row: rowNumber },
              );
            }
            break;
          }
          case 'c': {
            const position = attributes.r ? cellPosition(attributes.r) : undefined;
            if (position && position.row !== rowNumber) rowNumber = Math.max(rowNumber, position.row);
            columnNumber = position ? position.column : columnNumber + 1;
            cellRef = `${columnLetter(columnNumber)}${rowNumber}`;
            cell = {
              column: columnNumber,
              type: attributes.t ?? 'n',
              style: Number(attributes.s ?? 0) || 0,
              formula: false,
            };
            break;
          }
          case 'v':
            if (cell) {
              inValue = true;
              cell.value = '';
            }
            break;
          case 'f':
            if (cell) cell.formula = true;
            break;
          case 'is':
            if (cell) {
              inInline = true;
              cell.inline = '';
            }
            break;
          case 'rPh':
            inPhonetic = true;
            break;
          case 't':
            if (inInline && !inPhonetic) inInlineText = true;
            break;
          case 'mergeCell':
            if (attributes.ref) sheet.merges.push(attributes.ref);
            break;
        }
      },
      text(text) {
        if (!cell) return;
        if (inValue) {
          cell.value += text;
          tooLong(cell.value ?? '');
        } else if (inInlineText) {
          cell.inline += text;
          tooLong(cell.inline ?? '');
        }
      },
      close(name) {
        switch (name) {
          case 'v':
            inValue = false;
            break;
          case 'is':
            inInline = false;
            break;
          case 'rPh':
            inPhonetic = false;
            break;
          case 't':
            inInlineText = false;
            break;
          case 'c': {
            if (cell && (cell.value !== undefined || cell.inline !== undefined || cell.formula)) {
              if (cell.column >= limits.columns) {
                throw overLimit(
                  `the file has more than ${limits.columns.toLocaleString('en-US')} columns; remove the columns the list does not need`,
                  where(),
                );
              }
              rawCells++;
              if (rawCells > limits.cells) {
                throw overLimit(
                  `the file has more than ${limits.cells.toLocaleString('en-US')} filled cells; split the list`,
                  where(),
                );
              }
              const cells = sheet.rows.get(rowNumber) ?? [];
              cells.push(cell);
              sheet.rows.set(rowNumber, cells);
            } else if (cell && rowNumber === 1) {
              // An empty header cell still counts for the width, as a spreadsheet shows it.
              const cells = sheet.rows.get(rowNumber) ?? [];
              cells.push(cell);
              sheet.rows.set(rowNumber, cells);
            }
            cell = undefined;
            break;
          }
        }
      },
    },
    maxStretch,
    () => (cell ? where() : { row: rowNumber }),
  );
}

/**
 * Reads the first sheet of an XLSX workbook as its bytes come, within `limits`. Merged cells are refused; a formula
 * is taken as its saved value, and a formula without one leaves its cell named in `emptyFormulaCells` for the
 * caller to report.
 */
export async function readXlsx(chunks: AsyncIterable<Uint8Array>, limits: TableLimits): Promise<Table> {
  const maxStretch = Number.isFinite(limits.cellChars) ? Math.max(limits.cellChars * 8, 64 * 1024) : Infinity;
  let firstSheetId: string | undefined;
  let date1904 = false;
  const relations = new Map<string, string>();
  const formatCodes = new Map<number, string>();
  const cellFormats: number[] = [];
  const shared: string[] = [];
  let sharedChars = 0;
  const sheets = new Map<string, RawSheet>();
  const finished = new Set<string>();
  let inflated = 0;
  let failure: unknown;

  const firstSheetPath = (): string | undefined => {
    const target = firstSheetId === undefined ? undefined : relations.get(firstSheetId);
    if (target === undefined) return undefined;
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  };

  function partFor(name: string): XmlPart | undefined {
    if (name === WORKBOOK) {
      return new XmlPart(
        {
          open(tag, attributes) {
            if (tag === 'workbookPr')
              date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
            if (tag === 'sheet' && firstSheetId === undefined) {
              const key = Object.keys(attributes).find((k) => k === 'id' || k.endsWith(':id'));
              firstSheetId = key ? attributes[key] : undefined;
            }
          },
        },
        maxStretch,
      );
    }
    if (name === WORKBOOK_RELS) {
      return new XmlPart(
        {
          open(tag, attributes) {
            if (tag === 'Relationship' && attributes.Id && attributes.Target) {
              relations.set(attributes.Id, attributes.Target);
            }
          },
        },
        maxStretch,
      );
    }
    if (name === STYLES) {
      let inCellFormats = false;
      return new XmlPart(
        {
          open(tag, attributes) {
            if (tag === 'numFmt') formatCodes.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
            if (tag === 'cellXfs') inCellFormats = true;
            if (tag === 'xf' && inCellFormats) cellFormats.push(Number(attributes.numFmtId ?? 0));
          },
          close(tag) {
            if (tag === 'cellXfs') inCellFormats = false;
          },
        },
        maxStretch,
      );
    }
    if (name === SHARED_STRINGS) {
      let current: string | undefined;
      let inText = false;
      let inPhonetic = false;
      return new XmlPart(
        {
          open(tag) {
            if (tag === 'si') current = '';
            if (tag === 'rPh') inPhonetic = true;
            if (tag === 't' && current !== undefined && !inPhonetic) inText = true;
          },
          text(text) {
            // Kept to one character past the limit: the cell that uses it is named when it is read.
            if (inText && current !== undefined && current.length <= limits.cellChars) {
              current = (current + text).slice(0, limits.cellChars + 1);
            }
          },
          close(tag) {
            if (tag === 't') inText = false;
            if (tag === 'rPh') inPhonetic = false;
            if (tag === 'si' && current !== undefined) {
              shared.push(current);
              sharedChars += current.length;
              current = undefined;
              if (shared.length > limits.cells || sharedChars > limits.textChars) {
                throw overLimit('the workbook holds more text than a list may; split the list');
              }
            }
          },
        },
        maxStretch,
      );
    }
    if (SHEET_PART.test(name)) {
      const known = firstSheetPath();
      if (known !== undefined && known !== name) return undefined;
      const sheet: RawSheet = { rows: new Map(), merges: [] };
      sheets.set(name, sheet);
      return sheetPart(sheet, limits, maxStretch);
    }
    return undefined;
  }

  const unzip = new Unzip((file: UnzipFile) => {
    if (failure) return;
    const part = partFor(file.name);
    if (!part) {
      file.ondata = () => {};
      return;
    }
    file.ondata = (error, data, final) => {
      if (failure) return;
      try {
        if (error) throw notWorkbook(' (a part of it cannot be inflated)');
        const room = limits.uncompressedBytes - inflated;
        inflated += data.length;
        if (inflated > limits.uncompressedBytes) {
          // What fits is read first, so that a row or cell limit within it is the one named.
          part.write(data.subarray(0, room));
          throw overLimit(
            `the workbook inflates to more than ${Math.round(limits.uncompressedBytes / 1024 / 1024)} MB; ` +
              'save it again from the spreadsheet, without unneeded sheets, or as CSV',
          );
        }
        part.write(data);
        if (final) {
          part.end();
          finished.add(file.name);
        }
      } catch (caught) {
        failure = caught instanceof UnreadableFileError ? caught : notWorkbook(' (its XML is damaged)');
        file.terminate();
      }
    };
    try {
      file.start();
    } catch {
      failure = notWorkbook(' (it uses a compression other than deflate)');
    }
  });
  unzip.register(UnzipInflate);

  const push = (bytes: Uint8Array, final: boolean) => {
    try {
      unzip.push(bytes, final);
    } catch {
      failure ??= notWorkbook(' (the archive is damaged)');
    }
    if (failure) throw failure;
  };
  for await (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += PUSH_BYTES) push(chunk.subarray(at, at + PUSH_BYTES), false);
  }
  push(new Uint8Array(0), true);

  const sheetPath = firstSheetPath();
  const sheet = sheetPath === undefined ? undefined : sheets.get(sheetPath);
  if (!finished.has(WORKBOOK) || !sheetPath) throw notWorkbook(' (it has no sheet)');
  if (!sheet || !finished.has(sheetPath)) throw notWorkbook(' (the archive is cut short or damaged)');
  return tableOf(sheet, { shared, formatCodes, cellFormats, date1904 }, limits);
}

interface WorkbookParts {
  shared: string[];
  formatCodes: Map<number, string>;
  cellFormats: number[];
  date1904: boolean;
}

interface CellReading {
  text: string;
  formula: 'none' | 'with-value' | 'without-value';
}

function readCell(cell: RawCell | undefined, parts: WorkbookParts): CellReading {
  if (!cell) return { text: '', formula: 'none' };
  if (cell.formula && (cell.value === undefined || cell.type === 'e'))
    return { text: '', formula: 'without-value' };
  const formula = cell.formula ? 'with-value' : 'none';
  const value = cell.value ?? '';
  switch (cell.type) {
    case 's':
      return { text: parts.shared[Number(value)] ?? '', formula };
    case 'inlineStr':
      return { text: cell.inline ?? value, formula };
    case 'str':
      return { text: value, formula };
    case 'b':
      return { text: value === '1' || value === 'true' ? 'true' : 'false', formula };
    case 'e':
      return { text: '', formula };
    case 'd':
      return { text: value.slice(0, 10), formula };
    default: {
      if (value === '') return { text: '', formula };
      const number = Number(value);
      if (!Number.isFinite(number)) return { text: value, formula };
      const formatId = parts.cellFormats[cell.style] ?? 0;
      const code = parts.formatCodes.get(formatId);
      const isDate = code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(formatId);
      return { text: isDate ? serialDate(number, parts.date1904) : String(number), formula };
    }
  }
}

/** The first sheet's cells as a table: the header row, then each row that holds anything. */
function tableOf(sheet: RawSheet, parts: WorkbookParts, limits: TableLimits): Table {
  const budget = new TableBudget(limits);
  const numbers = [...sheet.rows.keys()].sort((a, b) => a - b);
  const filled = (cells: RawCell[]) =>
    cells.some((c) => c.value !== undefined || c.inline !== undefined || c.formula);
  if (!numbers.some((n) => filled(sheet.rows.get(n) ?? []))) {
    throw new UnreadableFileError('empty-file', 'the first sheet is empty', { row: 1 });
  }
  if (sheet.merges.length > 0) {
    const first = sheet.merges[0] ?? '';
    const row = Number(/\d+/.exec(first)?.[0]);
    throw new UnreadableFileError(
      'merged-cells',
      `cells ${first} are merged${sheet.merges.length > 1 ? ` (and ${sheet.merges.length - 1} more ranges)` : ''}; ` +
        'unmerge them so that each row holds one person',
      { row: Number.isFinite(row) ? row : undefined, cell: first.split(':')[0] },
    );
  }
  const byColumn = (cells: RawCell[] | undefined) => new Map((cells ?? []).map((c) => [c.column, c]));
  const headerCells = byColumn(sheet.rows.get(1));
  const width = headerCells.size === 0 ? 0 : Math.max(...headerCells.keys()) + 1;
  const rawHeaders = Array.from({ length: width }, (_, i) => {
    const text = readCell(headerCells.get(i), parts).text;
    budget.cell(text, { row: 1, cell: `${columnLetter(i)}1` });
    return text;
  });
  const headers = checkHeaders(rawHeaders, (i) => `${columnLetter(i)}1`);
  const rows: TableRow[] = [];
  for (const n of numbers) {
    if (n < 2) continue;
    const cells = byColumn(sheet.rows.get(n));
    const values: string[] = [];
    const formulaCells: string[] = [];
    const emptyFormulaCells: string[] = [];
    for (let i = 0; i < headers.length; i++) {
      const ref = `${columnLetter(i)}${n}`;
      const cell = readCell(cells.get(i), parts);
      const text = cell.text.trim();
      budget.cell(text, { row: n, cell: ref });
      values.push(text);
      if (cell.formula === 'with-value') formulaCells.push(ref);
      if (cell.formula === 'without-value') emptyFormulaCells.push(ref);
    }
    if (values.every((value) => value === '') && emptyFormulaCells.length === 0) continue;
    budget.row(n);
    rows.push({
      row: n,
      values,
      ...(formulaCells.length > 0 ? { formulaCells } : {}),
      ...(emptyFormulaCells.length > 0 ? { emptyFormulaCells } : {}),
    });
  }
  if (rows.length === 0) {
    throw new UnreadableFileError('empty-file', 'the file has column names but no rows under them', {
      row: 2,
    });
  }
  return { format: 'xlsx', headers, rows };
}
