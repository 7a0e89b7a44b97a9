import type { ComparableRecord } from '../compare/comparable-record.js';
import { isPlaceholder } from '../compare/date-agreement.js';
import type { LevelParameters, TermFrequencies, ValueCounts } from './types.js';

/** The adjustment may move a weight by at most this many bits either way. */
const MAX_ADJUSTMENT_BITS = 8;

/**
 * Names are counted per role: a family name's frequency among family names, a given name's among given
 * names. Pooled, the few given names every list shares would seem rarer than they are beside the many
 * family names, and a common name in full would seem rarer than its two parts together are.
 */
const NAME_ROLES = ['family', 'given'] as const;
const roleTable = (role: (typeof NAME_ROLES)[number]) => `full_name.${role}`;
const TABLES = [...NAME_ROLES.map(roleTable), 'birth_date'];

/**
 * The values whose frequency matters in one table, one entry per value, each under every key that reads
 * it: a name part under its coarse key and each fine transliteration (Гайк, Hayk and Айк share fine keys
 * though their coarse keys differ), so that no spelling makes a common name look rare; a birth day and month.
 */
function termValues(table: string, record: ComparableRecord): string[][] {
  for (const role of NAME_ROLES) {
    if (table === roleTable(role)) {
      return record.record.name[role]
        .filter((token) => token.keys[0])
        .map((token) => [`c:${token.keys[0]}`, ...token.keys.slice(1).map((key) => `f:${key}`)]);
    }
  }
  if (table === 'birth_date') {
    const date = record.record.birthDate;
    if (date?.year === undefined || date.month === undefined || date.day === undefined) return [];
    // Day and month. A 1 January placeholder agrees on the year only (compareDates), never at the exact
    // level this adjusts: counted, the many placeholders would make every real day look rarer than it is.
    if (isPlaceholder(date)) return [];
    return [[`${date.month}-${date.day}`]];
  }
  return [];
}

/** Records holding a value read by any of its keys: the commonest key is the value's count. */
function countOf(counts: ReadonlyMap<string, number>, keys: readonly string[]): number {
  let count = 0;
  for (const key of keys) count = Math.max(count, counts.get(key) ?? 0);
  return count;
}

export function countTermFrequencies(lists: readonly (readonly ComparableRecord[])[]): TermFrequencies {
  const byComparison = new Map<string, ValueCounts>();
  let total = 0;
  for (const table of TABLES) {
    const counts = new Map<string, number>();
    for (const records of lists) {
      for (const record of records) {
        const keys = new Set<string>();
        for (const value of termValues(table, record)) for (const key of value) keys.add(key);
        for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    // The chance that two values drawn at random agree: the mean share of a value (Σf² when no value
    // has two readings).
    let values = 0;
    let shares = 0;
    for (const records of lists) {
      for (const record of records) {
        for (const value of termValues(table, record)) {
          values++;
          shares += countOf(counts, value);
        }
      }
    }
    byComparison.set(table, { counts, values, chance: values === 0 ? 0 : shares / values / values });
  }
  for (const records of lists) total += records.length;
  return { total, byComparison };
}

const recordBits = new WeakMap<ValueCounts, WeakMap<ComparableRecord, number>>();

/**
 * How much rarer than average a record's values in one table are, in bits: log2(chance / f) per value,
 * averaged. Negative for frequent values; 0 when every value is equally common (as in a small list).
 */
function tableBits(table: string, record: ComparableRecord, frequencies: TermFrequencies): number {
  const counted = frequencies.byComparison.get(table);
  if (!counted || counted.values === 0) return 0;
  let bitsOf = recordBits.get(counted);
  if (!bitsOf) {
    bitsOf = new WeakMap();
    recordBits.set(counted, bitsOf);
  }
  const known = bitsOf.get(record);
  if (known !== undefined) return known;
  const values = termValues(table, record);
  let bits = 0;
  if (values.length > 0) {
    let sum = 0;
    for (const value of values) {
      const share = Math.max(1, countOf(counted.counts, value)) / counted.values;
      sum += Math.log2(counted.chance / share);
    }
    bits = sum / values.length;
  }
  bitsOf.set(record, bits);
  return bits;
}

/** A record's rarity for a comparison: a name's, the sum over its family and given names (each role apart). */
function rarityBits(comparison: string, record: ComparableRecord, frequencies: TermFrequencies): number {
  if (comparison !== 'full_name') return tableBits(comparison, record, frequencies);
  let bits = 0;
  for (const role of NAME_ROLES) bits += tableBits(roleTable(role), record, frequencies);
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
