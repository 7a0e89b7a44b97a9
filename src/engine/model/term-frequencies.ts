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

/** Σ f²: the chance that two name parts drawn at random share a key, the average a frequency is set against. */
function agreementByChance(frequencies: TermFrequencies): number {
  let keys = 0;
  for (const count of frequencies.counts.values()) keys += count;
  let sum = 0;
  for (const count of frequencies.counts.values()) sum += (count / keys) ** 2;
  return sum;
}

const chanceCache = new WeakMap<TermFrequencies, { chance: number; keys: number }>();

function chanceOf(frequencies: TermFrequencies): { chance: number; keys: number } {
  let cached = chanceCache.get(frequencies);
  if (!cached) {
    let keys = 0;
    for (const count of frequencies.counts.values()) keys += count;
    cached = { chance: agreementByChance(frequencies), keys };
    chanceCache.set(frequencies, cached);
  }
  return cached;
}

/**
 * How much rarer than average a record's name parts are, in bits: log2(Σf² / f) per part, averaged and
 * counted for two parts (a name's given and family). Negative for frequent names. With every key equally
 * common (a small list) it is 0.
 */
function rarityBits(record: ComparableRecord, frequencies: TermFrequencies): number {
  if (record.nameKeys.length === 0) return 0;
  const { chance, keys } = chanceOf(frequencies);
  let sum = 0;
  for (const key of record.nameKeys) {
    const share = Math.max(1, frequencies.counts.get(key) ?? 0) / keys;
    sum += Math.log2(chance / share);
  }
  return (sum / record.nameKeys.length) * Math.min(2, record.nameKeys.length);
}

/**
 * The term-frequency adjustment, in bits, for a pair at a name level that takes one: rare names weigh
 * more than the level's average u says, frequent names less. The commoner side of the pair decides.
 */
export function termFrequencyBits(
  level: LevelParameters,
  left: ComparableRecord,
  right: ComparableRecord,
  frequencies: TermFrequencies,
): number {
  if (!level.termFrequency || frequencies.total === 0) return 0;
  const bits = Math.min(rarityBits(left, frequencies), rarityBits(right, frequencies));
  return Math.max(-MAX_ADJUSTMENT_BITS, Math.min(MAX_ADJUSTMENT_BITS, bits));
}
