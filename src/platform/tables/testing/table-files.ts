import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

// Files for tests and benchmarks of the table reader: minimal XLSX workbooks written by hand (fast enough for
// thousands of generated cases), and the hostile ones an attacker sends (a cell inflating to hundreds of
// megabytes, a million rows without `r=` attributes, an archive cut short).

/** One entry of a ZIP archive: its name and its deflated bytes with the CRC and size of what they inflate to. */
export interface ZipEntry {
  name: string;
  deflated: Uint8Array;
  crc: number;
  size: number;
}

export function deflatedEntry(name: string, content: string | Uint8Array): ZipEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, deflated: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length };
}

/** A ZIP archive of the entries (deflate, sizes in the local headers, a central directory at the end). */
export function zipOf(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.deflated.length, 20);
    central.writeUInt32LE(entry.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.deflated));
    centrals.push(central, name);
    offset += local.length + name.length + entry.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
  '<sheet name="List" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A workbook around the given sheet entry (already deflated, as a bomb's is). */
export function workbookWith(sheet: ZipEntry): Buffer {
  return zipOf([
    deflatedEntry('[Content_Types].xml', CONTENT_TYPES),
    deflatedEntry('_rels/.rels', ROOT_RELS),
    deflatedEntry('xl/workbook.xml', WORKBOOK),
    deflatedEntry('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    sheet,
  ]);
}

/** A workbook whose first sheet holds these rows as inline text (rows numbered 1, 2, … with `r=` attributes). */
export function workbookOf(rows: readonly (readonly string[])[]): Buffer {
  const body = rows
    .map(
      (values, r) =>
        `<row r="${r + 1}">${values
          .map((value, c) =>
            value === ''
              ? ''
              : `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`,
          )
          .join('')}</row>`,
    )
    .join('');
  return workbookWith(deflatedEntry('xl/worksheets/sheet1.xml', SHEET_HEAD + body + SHEET_TAIL));
}

/** A sheet entry whose content is `head`, then `repeat` written `times` times, then `tail`, deflated as it streams. */
async function streamedEntry(name: string, head: string, repeat: Buffer, times: number, tail: string) {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  const write = (bytes: Buffer) => {
    crc = crc32(bytes, crc);
    size += bytes.length;
    deflate.write(bytes);
  };
  write(Buffer.from(head));
  for (let i = 0; i < times; i++) write(repeat);
  write(Buffer.from(tail));
  deflate.end();
  await done;
  return { name, deflated: Buffer.concat(out), crc, size };
}

/** A workbook of about 400 KB whose one cell inflates to `megabytes` MB of text (the issue's 400 MB by default). */
export async function zipBombWorkbook(megabytes = 400): Promise<Buffer> {
  const sheet = await streamedEntry(
    'xl/worksheets/sheet1.xml',
    `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>full_name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>`,
    Buffer.alloc(1024 * 1024, 'A'),
    megabytes,
    `</t></is></c></row>${SHEET_TAIL}`,
  );
  return workbookWith(sheet);
}

/** A workbook of a few hundred KB with `rows` rows (a million by default) and no `r=` attribute on rows or cells. */
export async function manyRowsWorkbook(rows = 1_000_000): Promise<Buffer> {
  const sheet = await streamedEntry(
    'xl/worksheets/sheet1.xml',
    `${SHEET_HEAD}<row><c t="inlineStr"><is><t>full_name</t></is></c></row>`,
    Buffer.from('<row><c t="inlineStr"><is><t>Aram Petrosyan</t></is></c></row>'.repeat(1000)),
    Math.ceil(rows / 1000),
    SHEET_TAIL,
  );
  return workbookWith(sheet);
}

/** A workbook whose sheet, once inflated, is `megabytes` MB of whitespace between two rows (under every other limit). */
export async function paddedWorkbook(megabytes: number): Promise<Buffer> {
  const sheet = await streamedEntry(
    'xl/worksheets/sheet1.xml',
    `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>full_name</t></is></c></row>`,
    Buffer.from(`<row r="2"></row>${' '.repeat(4096 - 17)}`),
    megabytes * 256,
    `<row r="3"><c r="A3" t="inlineStr"><is><t>Aram</t></is></c></row>${SHEET_TAIL}`,
  );
  return workbookWith(sheet);
}
