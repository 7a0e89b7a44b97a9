import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { runParley } from '../io/run-cli.test-support.js';

// Cells a spreadsheet would run as formulas (OWASP CSV injection), as ids and extra columns of input lists. (The
// reader trims cells, so a leading tab or CR never reaches the output; csvText's own test covers them.)
const FORMULAS = ['=HYPERLINK("http://evil.example","x")', '@SUM(A1)', '+1+2', '-2+3'];
const inert = (cell: string) => /^'[=+\-@\t\r]/.test(cell) || !/^[=+\-@\t\r]/.test(cell);

describe('formulas in the CSV that link, dedupe and pairs write', () => {
  it('every cell from input that starts like a formula gets a quote; probabilities stay numbers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-csv-formulas-'));
    await writeFile(
      join(dir, 'left.csv'),
      stringify([
        ['id', 'full_name', 'birth_date'],
        ...FORMULAS.map((id) => [id, 'Nikol Pashinyan', '1975-06-01']),
      ]),
    );
    await writeFile(
      join(dir, 'right.csv'),
      stringify([
        ['id', 'full_name', 'birth_date'],
        ['=1+1', 'Пашинян Никол', '1975-06-01'],
      ]),
    );
    await writeFile(
      join(dir, 'pairs.csv'),
      stringify([
        ['@note', 'left_full_name', 'right_full_name'],
        ...FORMULAS.map((f) => [f, 'Nikol Pashinyan', 'Пашинян Никол']),
      ]),
    );
    const [link, dedupe, pairs] = await Promise.all([
      runParley(['link', join(dir, 'left.csv'), join(dir, 'right.csv')]),
      runParley(['dedupe', join(dir, 'left.csv')]),
      runParley(['pairs', join(dir, 'pairs.csv')]),
    ]);
    for (const run of [link, dedupe, pairs]) expect(run.code, run.stderr).toBe(0);

    const cells = (text: string) => (parse(text, { relax_column_count: true }) as string[][]).flat();
    const linked = parse(link.stdout, { columns: true }) as Record<string, string>[];
    expect(linked).toHaveLength(1);
    expect(linked[0].right_id).toBe("'=1+1");
    expect(FORMULAS.map((f) => `'${f}`)).toContain(linked[0].left_id);

    const clusters = parse(dedupe.stdout, { columns: true }) as Record<string, string>[];
    expect(clusters.map((c) => c.id)).toEqual(FORMULAS.map((f) => `'${f}`));
    expect(new Set(clusters.map((c) => c.cluster_id)).size).toBe(1);

    const scored = parse(pairs.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(scored[0])[0]).toBe("'@note");
    expect(scored.map((row) => row["'@note"])).toEqual(FORMULAS.map((f) => `'${f}`));
    for (const row of scored) expect(Number(row.probability)).toBeGreaterThan(0.5);

    for (const text of [link.stdout, dedupe.stdout, pairs.stdout]) {
      expect(cells(text).filter((cell) => !inert(cell))).toEqual([]);
    }
  });
});
