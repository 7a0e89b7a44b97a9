import type { ComparableRecord } from '../compare/comparable-record.js';
import type { PairIndex } from './gammas.js';

/**
 * A training session's pairs: records that agree on one field, whatever else they show (Splink trains m
 * by EM on pairs blocked on one field at a time). Among such pairs the non-matches are random in every
 * other field, so u from random pairs describes them, which is not true of the candidate pairs (chosen for
 * sharing name parts and birth years).
 */
export interface TrainingBlock {
  /** The comparison this session is anchored on: it agrees on every pair and is left out of EM. */
  comparison: string;
  /** The levels of that comparison that pairs sharing the key fall at. */
  levels: readonly string[];
  /**
   * Whether sharing the key is the same as agreeing at `levels` (a full birth date, a document number):
   * only then does the share of matches the session finds say how many matches the lists hold.
   */
  keyIsLevel: boolean;
  key(record: ComparableRecord): string | undefined;
}

export const TRAINING_BLOCKS: readonly TrainingBlock[] = [
  {
    comparison: 'full_name',
    levels: ['sameFather', 'exact', 'transliteration'],
    keyIsLevel: false,
    key: (record) => (record.nameKeys.length >= 2 ? [...record.nameKeys].sort().join('|') : undefined),
  },
  {
    comparison: 'birth_date',
    levels: ['exact'],
    keyIsLevel: true,
    key: (record) => {
      const date = record.record.birthDate;
      if (date?.year === undefined || date.month === undefined || date.day === undefined) return undefined;
      return `${date.year}-${date.month}-${date.day}`;
    },
  },
  {
    comparison: 'document_number',
    levels: ['exact'],
    keyIsLevel: true,
    key: (record) => record.documentNumber,
  },
];

export interface SampledPairs {
  pairs: PairIndex;
  /** All pairs that share a key, of which `pairs` is a uniform sample. */
  total: number;
}

function groups(records: readonly ComparableRecord[], key: TrainingBlock['key']): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  records.forEach((record, i) => {
    const value = key(record);
    if (value === undefined) return;
    const members = byKey.get(value);
    if (members) members.push(i);
    else byKey.set(value, [i]);
  });
  return byKey;
}

/**
 * Pairs of records sharing the block's key, at most `cap` of them: every pair when there are few enough,
 * otherwise each block gives its share of `cap` drawn at random (with replacement), so a placeholder
 * date shared by thousands weighs what it holds and no more. `right` omitted means one list (i < j).
 */
export function sampleBlockPairs(
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] | undefined,
  block: TrainingBlock,
  cap: number,
  random: () => number,
): SampledPairs {
  const leftGroups = groups(left, block.key);
  const rightGroups = right ? groups(right, block.key) : leftGroups;
  const blocks: [number[], number[]][] = [];
  let total = 0;
  for (const [value, members] of leftGroups) {
    const others = rightGroups.get(value);
    if (!others) continue;
    const count = right ? members.length * others.length : (members.length * (members.length - 1)) / 2;
    if (count === 0) continue;
    blocks.push([members, others]);
    total += count;
  }
  const leftIndex: number[] = [];
  const rightIndex: number[] = [];
  const rate = total <= cap ? 1 : cap / total;
  for (const [members, others] of blocks) {
    if (rate === 1) {
      for (let a = 0; a < members.length; a++) {
        for (let b = right ? 0 : a + 1; b < others.length; b++) {
          leftIndex.push(members[a]);
          rightIndex.push(others[b]);
        }
      }
      continue;
    }
    const count = right ? members.length * others.length : (members.length * (members.length - 1)) / 2;
    const wanted = count * rate;
    let draws = Math.floor(wanted) + (random() < wanted - Math.floor(wanted) ? 1 : 0);
    while (draws > 0) {
      const i = members[Math.floor(random() * members.length)];
      const j = others[Math.floor(random() * others.length)];
      if (!right && i === j) continue;
      leftIndex.push(right ? i : Math.min(i, j));
      rightIndex.push(right ? j : Math.max(i, j));
      draws--;
    }
  }
  return {
    pairs: {
      left: Uint32Array.from(leftIndex),
      right: Uint32Array.from(rightIndex),
      count: leftIndex.length,
    },
    total,
  };
}
