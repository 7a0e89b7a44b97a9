import type { ComparableRecord } from '../compare/comparable-record.js';
import type { PairIndex } from '../model/gammas.js';
import type { BlockingRule } from './rules.js';

export interface BlockingOptions {
  rules: readonly BlockingRule[];
  maxPairsPerBlock: number;
}

/** 32-bit FNV-1a of a key's UTF-16 code units. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

class GrowableCodes {
  values = new Float64Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  sortedUnique(): Float64Array {
    const sorted = this.values.subarray(0, this.length).sort();
    let kept = 0;
    for (let i = 0; i < sorted.length; i++) {
      if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[kept++] = sorted[i];
    }
    return sorted.slice(0, kept);
  }
}

/**
 * Candidate pairs: the union over rules of the pairs of records sharing a key. `right` omitted means
 * one list (dedupe), pairs i < j. Keys are hashed into sortable numbers together with the record's
 * side and index, so blocks are found by one numeric sort per rule (a hash collision only adds pairs).
 */
export function candidatePairs(
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] | undefined,
  options: BlockingOptions,
): PairIndex {
  const other = right ?? left;
  const indexBits = Math.max(1, Math.ceil(Math.log2(Math.max(left.length, other.length) + 1)));
  const sideScale = 2 ** indexBits;
  const hashScale = sideScale * 2;
  const hashBits = 53 - indexBits - 1;
  const hashMask = hashBits >= 32 ? 0xffffffff : 2 ** hashBits - 1;
  const codes = new GrowableCodes();
  const width = right ? other.length : left.length;
  const leftIndices: number[] = [];
  const rightIndices: number[] = [];

  for (const rule of options.rules) {
    const cap = Math.min(rule.maxPairsPerBlock ?? Number.POSITIVE_INFINITY, options.maxPairsPerBlock);
    const entries = new GrowableCodes();
    const add = (records: readonly ComparableRecord[], side: number) => {
      for (let i = 0; i < records.length; i++) {
        for (const key of new Set(rule.keys(records[i]))) {
          const hash = hashBits >= 32 ? hashKey(key) : hashKey(key) & hashMask;
          entries.push(hash * hashScale + side * sideScale + i);
        }
      }
    };
    add(left, 0);
    if (right) add(right, 1);
    const sorted = entries.values.subarray(0, entries.length).sort();
    let start = 0;
    while (start < sorted.length) {
      const block = Math.floor(sorted[start] / hashScale);
      let end = start;
      leftIndices.length = 0;
      rightIndices.length = 0;
      while (end < sorted.length && Math.floor(sorted[end] / hashScale) === block) {
        const rest = sorted[end] - block * hashScale;
        if (rest >= sideScale) rightIndices.push(rest - sideScale);
        else leftIndices.push(rest);
        end++;
      }
      start = end;
      if (right) {
        if (leftIndices.length * rightIndices.length > cap) continue;
        for (const i of leftIndices) for (const j of rightIndices) codes.push(i * width + j);
      } else {
        const n = leftIndices.length;
        if ((n * (n - 1)) / 2 > cap) continue;
        for (let a = 0; a < n; a++) {
          for (let b = a + 1; b < n; b++) {
            const i = leftIndices[a];
            const j = leftIndices[b];
            codes.push(i < j ? i * width + j : j * width + i);
          }
        }
      }
    }
  }
  const unique = codes.sortedUnique();
  const pairs: PairIndex = {
    left: new Uint32Array(unique.length),
    right: new Uint32Array(unique.length),
    count: unique.length,
  };
  for (let p = 0; p < unique.length; p++) {
    const i = Math.floor(unique[p] / width);
    pairs.left[p] = i;
    pairs.right[p] = unique[p] - i * width;
  }
  return pairs;
}
