import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InputError } from './input-error.js';
import { readRecordsFile } from './read-records.js';

async function fixture(name: string, content: string | Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-read-'));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('readRecordsFile', () => {
  it('reads semicolons and a BOM, recognises columns whatever their case, carries the others through', async () => {
    const path = await fixture(
      'list.csv',
      '\uFEFFID;Full_Name;birth_date;Note\n1;Nikol Pashinyan;1975;keep me\n',
    );
    const { records, warnings } = await readRecordsFile(path);
    expect(records).toHaveLength(1);
    expect(records[0].id).toBe('1');
    expect(records[0].birthDate).toEqual({ year: 1975 });
    expect(records[0].extra).toEqual({ Note: 'keep me' });
    expect(records[0].name.family.length + records[0].name.given.length).toBe(2);
    expect(warnings).toEqual([]);
  });

  it('reads the first sheet of a workbook, date cells as ISO dates and numbers as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('detainees');
    workbook.addWorksheet('notes').addRow(['ignored']);
    sheet.addRow(['id', 'full_name', 'birth_date', 'unit']);
    sheet.addRow([17, 'Əliyev İlham', new Date(Date.UTC(1961, 11, 24)), 12345]);
    const path = await fixture('list.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    const { records, header } = await readRecordsFile(path);
    expect(header).toEqual(['id', 'full_name', 'birth_date', 'unit']);
    expect(records[0]).toMatchObject({
      id: '17',
      birthDate: { year: 1961, month: 12, day: 24 },
      unit: '12345',
    });
  });

  it('counts an unreadable date as a warning with its row, and reads the rest', async () => {
    const path = await fixture('list.csv', 'id,full_name,birth_date\n1,A B,1975\n2,C D,31.02.1990\n');
    const { records, warnings } = await readRecordsFile(path);
    expect(records[1].birthDate).toBeUndefined();
    expect(warnings).toMatchObject([{ row: 3, field: 'birth_date', value: '31.02.1990' }]);
  });

  it.each([
    ['a missing file', undefined, 'cannot be read (ENOENT)'],
    ['a row with too many fields', 'id,full_name\n1,A B\n2,C D,extra\n', 'row 3'],
    ['an empty id', 'id,full_name\n1,A B\n ,C D\n', 'row 3, column "id": the id is empty'],
    ['a file that is not UTF-8', Buffer.from([0x69, 0x64, 0x0a, 0xff, 0xfe, 0x41, 0x0a]), 'not a UTF-8 CSV'],
    ['a fake workbook', 'id,full_name\n', 'is named .xlsx but is not an XLSX workbook'],
  ])('rejects %s naming the file', async (what, content, message) => {
    const name = what === 'a fake workbook' ? 'list.xlsx' : 'list.csv';
    const path =
      content === undefined ? join(tmpdir(), 'parley-no-such-file.csv') : await fixture(name, content);
    const error = await readRecordsFile(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain(path);
    expect((error as InputError).message).toContain(message);
  });
});
