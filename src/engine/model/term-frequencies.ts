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

const counted = (comparison: string, key: string) => `${comparison}\u0000${key}`;

export function countTermFrequencies(lists: readonly (readonly ComparableRecord[])[]): TermFrequencies {
  const counts = new Map<string, number>();
  let total = 0;
  for (const records of lists) {
    for (const record of records) {
      total++;
      for (const comparison of COMPARISONS_WITH_FREQUENCIES) {
        for (const key of termKeys(comparison, record)) {
          const at = counted(comparison, key);
          counts.set(at, (counts.get(at) ?? 0) + 1);
        }
      }
    }
  }
  return { total, counts };
}

interface Chance {
  /** Σ f²: the chance that two values drawn at random share a key. */
  chance: number;
  /** How many values were counted. */
  values: number;
}

const chanceCache = new WeakMap<TermFrequencies, Map<string, Chance>>();

function chanceOf(frequencies: TermFrequencies, comparison: string): Chance {
  let byComparison = chanceCache.get(frequencies);
  if (!byComparison) {
    byComparison = new Map();
    chanceCache.set(frequencies, byComparison);
  }
  let cached = byComparison.get(comparison);
  if (!cached) {
    const prefix = `${comparison}\u0000`;
    let values = 0;
    for (const [key, count] of frequencies.counts) if (key.startsWith(prefix)) values += count;
    let chance = 0;
    for (const [key, count] of frequencies.counts)
      if (key.startsWith(prefix)) chance += (count / values) ** 2;
    cached = { chance, values };
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
  const keys = termKeys(comparison, record);
  if (keys.length === 0) return 0;
  const { chance, values } = chanceOf(frequencies, comparison);
  let sum = 0;
  for (const key of keys) {
    const share = Math.max(1, frequencies.counts.get(counted(comparison, key)) ?? 0) / values;
    sum += Math.log2(chance / share);
  }
  return (sum / keys.length) * Math.min(2, keys.length);
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
