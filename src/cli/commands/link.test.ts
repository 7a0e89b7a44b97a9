import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runParley } from '../io/run-cli.test-support.js';

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-link-'));
  await writeFile(
    file('left.csv'),
    'id,full_name,birth_date,document_number,note\n' +
      'a1,Nikol Pashinyan,1975-06-01,AN1234567,first\n' +
      'a2,Ilham Aliyev,1961-12-24,,second\n' +
      'a3,Armen Sargsyan,not a date,,third\n',
  );
  // Semicolons, a BOM and another script: the same people written the Russian way.
  await writeFile(
    file('right.csv'),
    '\uFEFFid;full_name;birth_date\nb1;Алиев Ильхам;24.12.1961\nb2;Пашинян Никол;01.06.1975\nb3;Elçin Məmmədov;1980\n',
  );
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('list');
  sheet.addRow(['id', 'family_name', 'given_name', 'birth_date']);
  sheet.addRow(['x1', 'Փաշինյան', 'Նիկոլ', '1975-06-01']);
  sheet.addRow(['x2', 'Əliyev', 'İlham', '1961']);
  await workbook.xlsx.writeFile(file('right.xlsx'));
  // Each side's name for the place: the gazetteer says they are one.
  await writeFile(file('places-am.csv'), 'id,full_name,birth_place\np1,Armen Hakobyan,Stepanakert\n');
  await writeFile(file('places-az.csv'), 'id,full_name,birth_place\nq1,HAKOBYAN ARMEN,Xankəndi\n');
  await writeFile(file('no-id.csv'), 'name,full_name\n1,Nikol Pashinyan\n');
  await writeFile(
    file('duplicate-id.csv'),
    'id,full_name\n7,Nikol Pashinyan\n8,Ilham Aliyev\n7,Armen Sargsyan\n',
  );
  await writeFile(
    file('picture.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
  );
});

describe('parley link', () => {
  it('writes left_id,right_id,probability to standard output, one row per linked pair', async () => {
    const run = await runParley(['link', file('left.csv'), file('right.csv')]);
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.trim().split('\n');
    expect(header).toBe('left_id,right_id,probability');
    const pairs = rows.map((row) => row.split(',').slice(0, 2).join('→')).sort();
    expect(pairs).toEqual(['a1→b2', 'a2→b1']);
    for (const row of rows) expect(Number(row.split(',')[2])).toBeGreaterThanOrEqual(0.5);
    expect(run.stderr).toContain('row 4, column "birth_date"');
  });

  it('reads XLSX, writes to -o through a rename, and explains each pair field by field', async () => {
    const run = await runParley([
      'link',
      file('left.csv'),
      file('right.xlsx'),
      '-o',
      file('out.csv'),
      '--explain',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const text = await readFile(file('out.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe('left_id,right_id,probability,explanation');
    expect(text).toContain('a1,x1,');
    expect(text).toContain('engine.level.');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('reads places with the gazetteer: Stepanakert and Xankəndi are one place', async () => {
    const run = await runParley(['link', file('places-am.csv'), file('places-az.csv'), '--explain']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('engine.level.samePlace');
  });

  it.each([
    ['no-id.csv', 'row 1, column "id"'],
    ['duplicate-id.csv', 'row 4, column "id"'],
    ['picture.png', 'not a CSV or XLSX file'],
  ])('rejects %s with one message, exit code 2 and nothing written', async (name, message) => {
    const out = file(`out-${name}.csv`);
    const run = await runParley(['link', file(name), file('right.csv'), '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(file(name));
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    await expect(readFile(out)).rejects.toThrow();
  });
});
