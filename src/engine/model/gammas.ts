import type { ComparableRecord } from '../compare/comparable-record.js';
import { gammaOf } from '../compare/compare-pair.js';
import type { Comparison } from '../compare/types.js';
import type { GammaTable } from './types.js';

/** Pairs as two parallel index arrays (left[i], right[i]). */
export interface PairIndex {
  left: Uint32Array;
  right: Uint32Array;
  count: number;
}

export function computeGammas(
  comparisons: readonly Comparison<ComparableRecord>[],
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[],
  pairs: PairIndex,
  onProgress?: (done: number, total: number) => void,
): GammaTable {
  const width = comparisons.length;
  const gammas = new Uint8Array(pairs.count * width);
  const step = 100_000;
  onProgress?.(0, pairs.count);
  for (let p = 0; p < pairs.count; p++) {
    const l = left[pairs.left[p]];
    const r = right[pairs.right[p]];
    const row = p * width;
    for (let k = 0; k < width; k++) gammas[row + k] = gammaOf(comparisons[k], l, r);
    if (onProgress && p % step === step - 1) onProgress(p + 1, pairs.count);
  }
  onProgress?.(pairs.count, pairs.count);
  return { width, count: pairs.count, gammas };
}

/** Distinct gamma vectors with how often each occurs: EM runs over these, not over every pair. */
export interface GammaPatterns {
  width: number;
  patterns: Uint8Array[];
  counts: number[];
}

export function countPatterns(table: GammaTable): GammaPatterns {
  // A gamma is below 16 and a model has at most 13 comparisons, so a pattern fits a safe integer.
  const index = new Map<number, number>();
  const patterns: Uint8Array[] = [];
  const counts: number[] = [];
  const { width, gammas } = table;
  for (let p = 0; p < table.count; p++) {
    const row = p * width;
    let key = 0;
    for (let k = 0; k < width; k++) key = key * 16 + gammas[row + k];
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, patterns.length);
      patterns.push(gammas.slice(row, row + width));
      counts.push(1);
    } else {
      counts[at]++;
    }
  }
  return { width, patterns, counts };
}
