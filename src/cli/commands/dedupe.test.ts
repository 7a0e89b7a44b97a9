import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runParley } from '../io/run-cli.test-support.js';

describe('parley dedupe', () => {
  it('writes id,cluster_id for every input row, the same person in one cluster', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-dedupe-'));
    await writeFile(
      join(dir, 'list.csv'),
      'id;full_name;birth_date;unit\n' +
        '1;Məmmədov Elçin Heydər oğlu;1980-05-05;12\n' +
        '2;Armen Petrosyan;1990-01-01;\n' +
        '3;Мамедов Эльчин;05.05.1980;12\n' +
        '4;Hakob Hakobyan;1970;\n',
    );
    const run = await runParley(['dedupe', join(dir, 'list.csv'), '-o', join(dir, 'out.csv')]);
    expect(run.code).toBe(0);
    const text = await readFile(join(dir, 'out.csv'), 'utf8');
    expect(text.trim().split('\n')).toEqual(['id,cluster_id', '1,1', '2,2', '3,1', '4,4']);
  });
});
