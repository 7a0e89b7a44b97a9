import { type ComparableRecord, toComparable } from '../compare/comparable-record.js';
import type { Model, TermFrequencies, TrainingNote } from '../model/types.js';
import type { PersonRecord } from '../records/types.js';
import { chooseLinks, type LinkedPair } from './choose-links.js';
import { type LinkOptions, resolveLinkOptions } from './options.js';
import { scoreCandidates } from './score-candidates.js';
import { shouldSwap } from './side-order.js';

export type { LinkedPair } from './choose-links.js';

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
  const links = chooseLinks(
    scored.pairs,
    scored.weights,
    first.map((record) => record.record.id),
    second.map((record) => record.record.id),
    swap,
    resolved.threshold,
    scored.model.prior,
  );
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
