import type { ComparableRecord } from '../compare/comparable-record.js';
import type { PairIndex } from '../model/gammas.js';
import type { BlockingRule } from './rules.js';

export interface BlockingOptions {
  rules: readonly BlockingRule[];
  /** A block with more pairs than this (or its rule's own cap, if lower) is split by the rule's further keys. */
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

/** The records of one block: indices into the left list and (when linking) into the right one. */
interface Members {
  left: number[];
  right: number[];
}

type Side = 'left' | 'right';

/**
 * Candidate pairs: the union over rules of the pairs of records sharing a key. `right` omitted means
 * one list (dedupe), pairs i < j. Keys are hashed into sortable numbers together with the record's
 * side and index, so blocks are found by one numeric sort per rule (a hash collision only adds pairs).
 * A block with more pairs than its cap is split by the rule's further keys, in turn (a record without
 * the further key stays with every part, and pairs there with those that agree on every later further key
 * both have); what is still too large after the last one is kept whole.
 * Only a rule for rare values skips a block that is too large.
 */
export function candidatePairs(
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] | undefined,
  options: BlockingOptions,
): PairIndex {
  return pairsOfCodes(blockingCodes(left, right, options), codeWidth(left, right));
}

/** Pair codes are left * width + right. */
export function codeWidth(
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] | undefined,
): number {
  return (right ?? left).length;
}

/**
 * The candidate pairs of `candidatePairs` as sorted, distinct pair codes (left * width + right): a worker thread
 * can find those of some rules, and `mergeCodes` unites them.
 */
export function blockingCodes(
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] | undefined,
  options: BlockingOptions,
): Float64Array {
  const other = right ?? left;
  const indexBits = Math.max(1, Math.ceil(Math.log2(Math.max(left.length, other.length) + 1)));
  const sideScale = 2 ** indexBits;
  const hashScale = sideScale * 2;
  const hashBits = 53 - indexBits - 1;
  const hashMask = hashBits >= 32 ? 0xffffffff : 2 ** hashBits - 1;
  const hashOf = (key: string) => (hashBits >= 32 ? hashKey(key) : hashKey(key) & hashMask);
  const codes = new GrowableCodes();
  const width = codeWidth(left, right);
  const recordsOf = (side: Side) => (side === 'left' ? left : other);

  /** Pairs among the members of a part. */
  const pairsWithin = (core: Members) =>
    right ? core.left.length * core.right.length : (core.left.length * (core.left.length - 1)) / 2;
  const emit = (core: Members) => {
    if (right) {
      for (const i of core.left) for (const j of core.right) codes.push(i * width + j);
      return;
    }
    const n = core.left.length;
    for (let a = 0; a < n; a++) {
      const i = core.left[a];
      for (let b = a + 1; b < n; b++) {
        const j = core.left[b];
        if (i !== j) codes.push(i < j ? i * width + j : j * width + i);
      }
    }
  };
  /** Members grouped by the keys `keysOf` gives each; those with none are returned apart. */
  const groupBy = (block: Members, keysOf: (record: ComparableRecord) => Iterable<string>) => {
    const groups = new Map<string, Members>();
    const keyless: Members = { left: [], right: [] };
    for (const side of ['left', 'right'] as const) {
      const records = recordsOf(side);
      for (const i of block[side]) {
        let any = false;
        for (const key of new Set(keysOf(records[i]))) {
          any = true;
          let members = groups.get(key);
          if (!members) {
            members = { left: [], right: [] };
            groups.set(key, members);
          }
          members[side].push(i);
        }
        if (!any) keyless[side].push(i);
      }
    }
    return { groups, keyless };
  };
  const EMPTY: Members = { left: [], right: [] };
  const isEmpty = (part: Members) => part.left.length === 0 && part.right.length === 0;
  /** Pairs of a core member with a tag-along. */
  const crossPairs = (core: Members, tag: Members) =>
    right
      ? core.left.length * tag.right.length + tag.left.length * core.right.length
      : core.left.length * tag.left.length;
  const emitAcross = (core: Members, tag: Members) => {
    if (right) {
      for (const i of core.left) for (const j of tag.right) codes.push(i * width + j);
      for (const i of tag.left) for (const j of core.right) codes.push(i * width + j);
      return;
    }
    for (const i of core.left) {
      for (const j of tag.left) if (i !== j) codes.push(i < j ? i * width + j : j * width + i);
    }
  };
  const joined = (...parts: Members[]): Members => ({
    left: parts.flatMap((part) => part.left),
    right: parts.flatMap((part) => part.right),
  });

  for (const rule of options.rules) {
    const cap = Math.min(rule.maxPairsPerBlock ?? Number.POSITIVE_INFINITY, options.maxPairsPerBlock);
    const refinements = rule.refine ?? [];
    /** Members of `part` by their further key at `level` (a record without one apart). */
    const byRefinement = (part: Members, key: string, level: number) =>
      groupBy(part, (record) => refinements[level](record, key));
    /**
     * Emits the pairs of core and tag-along members (never two tag-alongs) that agree on every further key from
     * `level` on that both have.
     */
    const alongside = (core: Members, tag: Members, key: string, level: number): void => {
      if (isEmpty(core) || isEmpty(tag)) return;
      if (level >= refinements.length) {
        emitAcross(core, tag);
        return;
      }
      const cores = byRefinement(core, key, level);
      const tags = byRefinement(tag, key, level);
      for (const [value, members] of cores.groups) {
        alongside(members, joined(tags.groups.get(value) ?? EMPTY, tags.keyless), key, level + 1);
      }
      alongside(cores.keyless, tag, key, level + 1);
    };
    /**
     * Splits a part of the block of `key` by the refinement at `level` until it is under the cap. A part is a
     * core, whose members pair with each other, and tag-alongs, which pair with the core only. Members with the
     * further key form a core each; those without it are tag-alongs of every core (paired with the members that
     * agree on every later further key both have), and a core of their own with the others as tag-alongs. So no
     * pair the block held is lost unless both sides have a further key and it differs.
     */
    const split = (core: Members, tag: Members, key: string, level: number): void => {
      if (level >= refinements.length || pairsWithin(core) + crossPairs(core, tag) <= cap) {
        emit(core);
        alongside(core, tag, key, level);
        return;
      }
      const cores = byRefinement(core, key, level);
      const tags = byRefinement(tag, key, level);
      for (const [value, members] of cores.groups) {
        split(members, joined(tags.groups.get(value) ?? EMPTY, tags.keyless), key, level + 1);
        alongside(members, cores.keyless, key, level + 1);
      }
      if (!isEmpty(cores.keyless)) split(cores.keyless, tag, key, level + 1);
    };

    const entries = new GrowableCodes();
    const add = (records: readonly ComparableRecord[], side: number) => {
      for (let i = 0; i < records.length; i++) {
        for (const key of new Set(rule.keys(records[i]))) {
          entries.push(hashOf(key) * hashScale + side * sideScale + i);
        }
      }
    };
    add(left, 0);
    if (right) add(right, 1);
    const sorted = entries.values.subarray(0, entries.length).sort();
    let start = 0;
    while (start < sorted.length) {
      const hash = Math.floor(sorted[start] / hashScale);
      let end = start;
      const block: Members = { left: [], right: [] };
      while (end < sorted.length && Math.floor(sorted[end] / hashScale) === hash) {
        const rest = sorted[end] - hash * hashScale;
        if (rest >= sideScale) block.right.push(rest - sideScale);
        else block.left.push(rest);
        end++;
      }
      start = end;
      if (pairsWithin(block) <= cap) emit(block);
      else if (!rule.rareValuesOnly) {
        // Too large: its members by their actual key (keys may share a hash), each key's block split.
        const byKey = groupBy(block, (record) => rule.keys(record).filter((key) => hashOf(key) === hash));
        for (const [key, members] of byKey.groups) split(members, EMPTY, key, 0);
      }
    }
  }
  return codes.sortedUnique();
}

/** The union of sorted, distinct code lists, sorted and distinct (the same whatever their order). */
export function mergeCodes(lists: readonly Float64Array[]): Float64Array {
  let merged: Float64Array = new Float64Array(0);
  for (const list of lists) {
    const out = new Float64Array(merged.length + list.length);
    let a = 0;
    let b = 0;
    let n = 0;
    while (a < merged.length || b < list.length) {
      const next = b >= list.length || (a < merged.length && merged[a] <= list[b]) ? merged[a++] : list[b++];
      if (n === 0 || out[n - 1] !== next) out[n++] = next;
    }
    merged = out.subarray(0, n);
  }
  return merged;
}

/** Pair codes back to pairs of indices, into the arrays given (shared memory, say) or new ones. */
export function pairsOfCodes(
  codes: Float64Array,
  width: number,
  into: { left: Uint32Array; right: Uint32Array } = {
    left: new Uint32Array(codes.length),
    right: new Uint32Array(codes.length),
  },
): PairIndex {
  for (let p = 0; p < codes.length; p++) {
    const i = Math.floor(codes[p] / width);
    into.left[p] = i;
    into.right[p] = codes[p] - i * width;
  }
  return { left: into.left, right: into.right, count: codes.length };
}
