import type { ComparableRecord } from '../compare/comparable-record.js';
import type { LevelParameters, TermFrequencies } from './types.js';

/** The adjustment may move a weight by at most this many bits either way. */
const MAX_ADJUSTMENT_BITS = 8;

/** The values whose frequency matters, per comparison: name parts' canonical keys, birth day and month. */
function termKeys(comparison: string, record: ComparableRecord): string[] {
  if (comparison === 'full_name') return record.nameKeys;
  if (comparison === 'birth_date') {
    const date = record.record.birthDate;
    if (date?.year === undefined || date.month === undefined || date.day === undefined) return [];
    // Day and month: placeholders such as 1 January stand for an unknown day in every year at once.
    return [`${date.month}-${date.day}`];
  }
  return [];
}

const COMPARISONS_WITH_FREQUENCIES = ['full_name', 'birth_date'];

export function countTermFrequencies(lists: readonly (readonly ComparableRecord[])[]): TermFrequencies {
  const byComparison = new Map<string, Map<string, number>>();
  let total = 0;
  for (const comparison of COMPARISONS_WITH_FREQUENCIES) {
    const counts = new Map<string, number>();
    byComparison.set(comparison, counts);
    for (const records of lists) {
      for (const record of records) {
        for (const key of termKeys(comparison, record)) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  for (const records of lists) total += records.length;
  return { total, byComparison };
}

/** Per comparison: Σ f² (the chance two values drawn at random share a key), the values counted, and each record's rarity. */
interface Rarity {
  chance: number;
  values: number;
  counts: Map<string, number>;
  bits: WeakMap<ComparableRecord, number>;
}

const rarityCache = new WeakMap<TermFrequencies, Map<string, Rarity>>();

function rarityOf(frequencies: TermFrequencies, comparison: string): Rarity {
  let byComparison = rarityCache.get(frequencies);
  if (!byComparison) {
    byComparison = new Map();
    rarityCache.set(frequencies, byComparison);
  }
  let cached = byComparison.get(comparison);
  if (!cached) {
    const counts = frequencies.byComparison.get(comparison) ?? new Map<string, number>();
    let values = 0;
    for (const count of counts.values()) values += count;
    let chance = 0;
    for (const count of counts.values()) chance += (count / values) ** 2;
    cached = { chance, values, counts, bits: new WeakMap() };
    byComparison.set(comparison, cached);
  }
  return cached;
}

/**
 * How much rarer than average a record's values are, in bits: log2(Σf² / f) per value, averaged and
 * counted for at most two values (a name's given and family). Negative for frequent values; 0 when every
 * value is equally common (as in a small list).
 */
function rarityBits(comparison: string, record: ComparableRecord, frequencies: TermFrequencies): number {
  const rarity = rarityOf(frequencies, comparison);
  const known = rarity.bits.get(record);
  if (known !== undefined) return known;
  const keys = termKeys(comparison, record);
  let bits = 0;
  if (keys.length > 0) {
    let sum = 0;
    for (const key of keys) {
      const share = Math.max(1, rarity.counts.get(key) ?? 0) / rarity.values;
      sum += Math.log2(rarity.chance / share);
    }
    bits = (sum / keys.length) * Math.min(2, keys.length);
  }
  rarity.bits.set(record, bits);
  return bits;
}

/**
 * The term-frequency adjustment, in bits, for a pair at a level that takes one: rare values weigh more
 * than the level's average u says, frequent ones less. The commoner side of the pair decides.
 */
export function termFrequencyBits(
  comparison: string,
  level: LevelParameters,
  left: ComparableRecord,
  right: ComparableRecord,
  frequencies: TermFrequencies,
): number {
  if (!level.termFrequency || frequencies.total === 0) return 0;
  const bits = Math.min(
    rarityBits(comparison, left, frequencies),
    rarityBits(comparison, right, frequencies),
  );
  return Math.max(-MAX_ADJUSTMENT_BITS, Math.min(MAX_ADJUSTMENT_BITS, bits));
}
