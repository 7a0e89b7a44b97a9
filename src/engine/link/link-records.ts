import { type ComparableRecord, toComparable } from '../compare/comparable-record.js';
import { probabilityOfWeight } from '../model/predict.js';
import type { Model, TermFrequencies, TrainingNote } from '../model/types.js';
import type { PersonRecord } from '../records/types.js';
import { linkOneToOne } from './one-to-one.js';
import { type LinkOptions, resolveLinkOptions, weightOfProbability } from './options.js';
import { scoreCandidates } from './score-candidates.js';

export interface LinkedPair {
  leftId: string;
  rightId: string;
  leftIndex: number;
  rightIndex: number;
  matchWeight: number;
  probability: number;
}

export interface LinkResult {
  /** One-to-one, in decreasing weight. */
  links: LinkedPair[];
  model: Model;
  history: Model[];
  mSource: 'em' | 'defaults';
  /** What training set aside and why (for the caller to log). */
  trainingNotes: TrainingNote[];
  candidatePairs: number;
  termFrequencies: TermFrequencies;
  /** The records in comparable form, by input index, for explanations. */
  left: ComparableRecord[];
  right: ComparableRecord[];
}

function fnv(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function signature(records: readonly PersonRecord[]): [number, number] {
  let hash = 0x811c9dc5;
  for (const record of records) {
    hash = fnv(hash, record.id);
    for (const token of [...record.name.family, ...record.name.given, ...record.name.patronymic]) {
      hash = fnv(hash, token.text);
    }
  }
  return [records.length, hash];
}

/**
 * Whether to run with the sides exchanged: the work runs in one canonical order chosen from the lists'
 * content, so that swapping LEFT and RIGHT gives the same pairs (the random u draw is not symmetric).
 */
function shouldSwap(left: readonly PersonRecord[], right: readonly PersonRecord[]): boolean {
  const [sizeL, hashL] = signature(left);
  const [sizeR, hashR] = signature(right);
  return sizeL !== sizeR ? sizeL < sizeR : hashL < hashR;
}

/** Links two lists one-to-one: each record at most one partner, at or above the threshold probability. */
export function linkRecords(
  left: readonly PersonRecord[],
  right: readonly PersonRecord[],
  options: LinkOptions = {},
): LinkResult {
  const resolved = resolveLinkOptions(options);
  const comparableLeft = left.map(toComparable);
  const comparableRight = right.map(toComparable);
  const swap = shouldSwap(left, right);
  const [first, second] = swap ? [comparableRight, comparableLeft] : [comparableLeft, comparableRight];
  const scored = scoreCandidates(first, second, resolved);
  resolved.onProgress?.('linking', 0, 1);
  const weighted = { ...scored.pairs, weights: scored.weights };
  const firstIds = first.map((record) => record.record.id);
  const secondIds = second.map((record) => record.record.id);
  const kept = linkOneToOne(weighted, weightOfProbability(resolved.threshold), firstIds, secondIds);
  const links = kept.map((p): LinkedPair => {
    const a = scored.pairs.left[p];
    const b = scored.pairs.right[p];
    const [leftIndex, rightIndex] = swap ? [b, a] : [a, b];
    return {
      leftId: comparableLeft[leftIndex].record.id,
      rightId: comparableRight[rightIndex].record.id,
      leftIndex,
      rightIndex,
      matchWeight: scored.weights[p],
      probability: probabilityOfWeight(scored.weights[p]),
    };
  });
  resolved.onProgress?.('linking', 1, 1);
  return {
    links,
    model: scored.model,
    history: scored.history,
    mSource: scored.mSource,
    trainingNotes: scored.notes,
    candidatePairs: scored.pairs.count,
    termFrequencies: scored.termFrequencies,
    left: comparableLeft,
    right: comparableRight,
  };
}
