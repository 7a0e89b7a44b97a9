import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runParley } from '../io/run-cli.test-support.js';

describe('parley pairs', () => {
  it('writes the input columns plus a probability, each pair judged on its own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-pairs-'));
    await writeFile(
      join(dir, 'pairs.csv'),
      'case,left_full_name,right_full_name,left_birth_date,right_birth_date\n' +
        'same,Nikol Pashinyan,Пашинян Никол,1975-06-01,1975\n' +
        'other,Nikol Pashinyan,Ilham Aliyev,,\n',
    );
    await writeFile(join(dir, 'bad.csv'), 'case,left_full_name,name\nx,Nikol Pashinyan,Ilham Aliyev\n');
    const [run, bad] = await Promise.all([
      runParley(['pairs', join(dir, 'pairs.csv')]),
      runParley(['pairs', join(dir, 'bad.csv')]),
    ]);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([
      'case',
      'left_full_name',
      'right_full_name',
      'left_birth_date',
      'right_birth_date',
      'probability',
    ]);
    expect(Number(rows[0].probability)).toBeGreaterThan(0.5);
    expect(Number(rows[1].probability)).toBeLessThan(0.5);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('right_full_name');
  });
});
