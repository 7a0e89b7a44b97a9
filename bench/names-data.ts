// Shared helpers for the names benchmarks: where the shared data lives, CSV reading, F1.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const here = dirname(fileURLToPath(import.meta.url));

/** The shared data folder: $PARLEY_SHARED, ../shared beside the repository, or /work/shared. */
export function sharedDir(): string {
  const candidates = [process.env.PARLEY_SHARED, join(here, '..', '..', 'shared'), '/work/shared'];
  for (const c of candidates) if (c && existsSync(join(c, 'data'))) return c;
  throw new Error('shared data folder not found (set PARLEY_SHARED)');
}

export function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

export function add(c: Counts, truth: boolean, predicted: boolean): void {
  if (truth && predicted) c.tp++;
  else if (truth) c.fn++;
  else if (predicted) c.fp++;
  else c.tn++;
}

export function scores(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function fmt(c: Counts): string {
  const s = scores(c);
  return `precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}, tn ${c.tn})`;
}
