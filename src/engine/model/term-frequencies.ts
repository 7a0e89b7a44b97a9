import type { ComparableRecord } from '../compare/comparable-record.js';
import type { LevelParameters, TermFrequencies } from './types.js';

/** The adjustment may move a name's weight by at most this many bits either way. */
const MAX_ADJUSTMENT_BITS = 8;

export function countTermFrequencies(lists: readonly (readonly ComparableRecord[])[]): TermFrequencies {
  const counts = new Map<string, number>();
  let total = 0;
  for (const records of lists) {
    for (const record of records) {
      total++;
      for (const key of record.nameKeys) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return { total, counts };
}

/** How often a record's name would be met by chance: the product of its keys' shares of the records. */
function nameFrequency(record: ComparableRecord, frequencies: TermFrequencies): number {
  let product = 1;
  for (const key of record.nameKeys)
    product *= Math.max(1, frequencies.counts.get(key) ?? 0) / frequencies.total;
  return product;
}

/**
 * The term-frequency adjustment, in bits, for a pair at a name level that takes one: rare names weigh
 * more than the level's average u says, frequent names less.
 */
export function termFrequencyBits(
  level: LevelParameters,
  left: ComparableRecord,
  right: ComparableRecord,
  frequencies: TermFrequencies,
): number {
  if (!level.termFrequency || frequencies.total === 0) return 0;
  const valueU = Math.max(nameFrequency(left, frequencies), nameFrequency(right, frequencies));
  const bits = Math.log2(level.u / valueU);
  return Math.max(-MAX_ADJUSTMENT_BITS, Math.min(MAX_ADJUSTMENT_BITS, bits));
}
