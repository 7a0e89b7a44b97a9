import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/io/input-error.js';
import { readRecordsFile } from '../../src/cli/io/read-records.js';
import { testDialects } from '../../src/store/testing/test-store.js';
import { account, as, type SignedIn, signIn, startTestApp, type TestApp } from './api-harness.js';

// `parley link` and the server's upload read lists with one reader: the same files are taken, and refused, by both.

const TEXT = 'id\tfull_name\tbirth_date\n1\tՊետրոսյան Արամ\t12.05.1990\n2\tƏliyev Rəşad\t1979\n';
const utf16 = (text: string, order: 'le' | 'be') => {
  const le = Buffer.from(text, 'utf16le');
  return order === 'le'
    ? Buffer.concat([Buffer.from([0xff, 0xfe]), le])
    : Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
};

async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('List').addRows(
    TEXT.trim()
      .split('\n')
      .map((line) => line.split('\t')),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}

const ACCEPTED: [string, string, () => Promise<Buffer> | Buffer][] = [
  ['comma', 'list.csv', () => Buffer.from(TEXT.replaceAll('\t', ','))],
  ['semicolon, CRLF', 'list.csv', () => Buffer.from(TEXT.replaceAll('\t', ';').replaceAll('\n', '\r\n'))],
  ['tab', 'list.txt', () => Buffer.from(TEXT)],
  ['a UTF-8 byte order mark', 'list.csv', () => Buffer.from(`\uFEFF${TEXT.replaceAll('\t', ',')}`)],
  ['UTF-16 little-endian with its byte order mark', 'list.txt', () => utf16(TEXT, 'le')],
  ['UTF-16 big-endian with its byte order mark', 'list.csv', () => utf16(TEXT.replaceAll('\t', ';'), 'be')],
  ['XLSX', 'list.xlsx', workbook],
];

const REFUSED: [string, string, Buffer, string][] = [
  ['an empty file', 'e.csv', Buffer.from(''), 'empty-file'],
  ['a header without rows', 'h.csv', Buffer.from('id,full_name\n'), 'empty-file'],
  ['two columns of one name', 'd.csv', Buffer.from('id,full_name,id\n1,A B,2\n'), 'bad-header'],
  ['a row longer than its header', 'r.csv', Buffer.from('id,full_name\n1,A B\n2,C D,x\n'), 'bad-row'],
  [
    'a picture',
    'p.csv',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    'file-type',
  ],
  ['a text file named .xlsx', 'x.xlsx', Buffer.from(TEXT), 'file-type'],
  ['Latin-1 text', 'l.csv', Buffer.from('id,full_name\n1,Jos\xe9\n', 'latin1'), 'file-type'],
];

function multipart(fileName: string, content: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----parley${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  return {
    payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-tables-'));
});

async function onDisk(name: string, content: Buffer): Promise<string> {
  const path = join(dir, `${randomBytes(4).toString('hex')}-${name}`);
  await writeFile(path, content);
  return path;
}

for (const dialect of testDialects()) {
  describe(`one table reader for the command line and the server on ${dialect}`, () => {
    let t: TestApp;
    let liaison: SignedIn;
    beforeAll(async () => {
      t = await startTestApp(dialect);
      liaison = await signIn(t.app, account(t, 'liaison', 'AM'));
    });
    afterAll(async () => t?.close());

    const upload = (fileName: string, content: Buffer) => {
      const body = multipart(fileName, content);
      return t.app.inject({
        method: 'POST',
        url: '/api/v1/exchange/uploads',
        payload: body.payload,
        headers: { ...as(liaison), ...body.headers },
      });
    };

    it.each(ACCEPTED)('both take %s alike', async (_what, name, content) => {
      const bytes = await content();
      const cli = await readRecordsFile(await onDisk(name, bytes));
      expect(cli.header).toEqual(['id', 'full_name', 'birth_date']);
      expect(cli.records.map((r) => [r.id, r.birthDate])).toEqual([
        ['1', { year: 1990, month: 5, day: 12 }],
        ['2', { year: 1979 }],
      ]);
      const server = await upload(name, bytes);
      expect(server.statusCode, server.body).toBe(201);
      expect(server.json()).toMatchObject({
        headers: cli.header,
        totalRows: 2,
        sampleRows: [
          { row: 2, values: ['1', 'Պետրոսյան Արամ', '12.05.1990'] },
          { row: 3, values: ['2', 'Əliyev Rəşad', '1979'] },
        ],
      });
    });

    it.each(REFUSED)('both refuse %s', async (_what, name, bytes, kind) => {
      const path = await onDisk(name, bytes);
      const cli = await readRecordsFile(path).catch((e: unknown) => e);
      expect(cli).toBeInstanceOf(InputError);
      expect((cli as Error).message).toContain(path);
      const server = await upload(name, bytes);
      expect(server.statusCode).toBe(400);
      expect(server.json()).toMatchObject({ type: `urn:parley:problem:${kind}` });
      const detail: string = server.json().detail;
      expect((cli as Error).message).toContain(
        detail.slice(`${name}: `.length).replace(/ \((row|cell) .*\)$/, ''),
      );
    });
  });
}
