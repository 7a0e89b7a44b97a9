import {
  type CacheStats,
  type ClusterAssignment,
  chooseClusters,
  chooseLinks,
  type DedupeMatch,
  type LinkedPair,
  type Model,
  type PairExplanation,
  type PairIndex,
  type RawRecord,
  type TermFrequencies,
  type TrainingNote,
  withOneToOneTerm,
} from '../../engine/index.js';
import type { WarningAt } from './messages.js';
import { scoreInWorkers, type WorkersOptions } from './score-in-workers.js';
import { isSharedRows, type SharedRows, sharedRowReader } from './shared-rows.js';

/** What the engine's link and dedupe give beyond their own answer, when run in worker threads. */
interface WorkersRun {
  model: Model;
  history: Model[];
  mSource: 'em' | 'defaults';
  /** What training set aside and why (for the caller to log). */
  trainingNotes: TrainingNote[];
  candidatePairs: number;
  termFrequencies: TermFrequencies;
  /** Unreadable values read as missing, by list (0 left, 1 right) and index. */
  warnings: WarningAt[];
  compareCache: Record<string, CacheStats>;
}

export interface WorkersLinkResult extends WorkersRun {
  /** One-to-one, in decreasing weight (as `linkRecords` gives them). */
  links: LinkedPair[];
  /** Every candidate pair by the caller's indices (left, right): what blocking let through. */
  candidates: PairIndex;
  /** Each link's field-by-field explanation. */
  explain(links: readonly LinkedPair[]): Promise<PairExplanation[]>;
}

export interface WorkersDedupeResult extends WorkersRun {
  /** One per input record, in input order. */
  clusters: ClusterAssignment[];
  matches: DedupeMatch[];
}

export interface WorkersLinkOptions extends WorkersOptions {
  /** Pairs at or above this match probability are linked (default 0.5). */
  threshold?: number;
}

const DEFAULT_THRESHOLD = 0.5;
function idsOf(rows: readonly RawRecord[] | SharedRows): string[] {
  if (!isSharedRows(rows)) return rows.map((row) => row.id?.trim() ?? '');
  const read = sharedRowReader(rows);
  return Array.from({ length: rows.count }, (_, i) => read(i).id?.trim() ?? '');
}

/**
 * `linkRecords` on rows, across worker threads (see `scoreInWorkers`): the same links whatever the number of
 * workers. `use` gets the result while the workers are up (explanations come from them).
 */
export function linkInWorkers<T>(
  left: readonly RawRecord[] | SharedRows,
  right: readonly RawRecord[] | SharedRows,
  options: WorkersLinkOptions,
  use: (result: WorkersLinkResult) => T | Promise<T>,
): Promise<T> {
  const { threshold = DEFAULT_THRESHOLD, ...rest } = options;
  return scoreInWorkers(left, right, { ...rest, threshold }, (scored) => {
    const leftIds = idsOf(left);
    const rightIds = idsOf(right);
    const [firstIds, secondIds] = scored.swapped ? [rightIds, leftIds] : [leftIds, rightIds];
    options.onProgress?.('linking', 0, 1);
    const links = chooseLinks(
      scored.pairs,
      scored.weights,
      firstIds,
      secondIds,
      scored.swapped,
      threshold,
      scored.model.prior,
    );
    options.onProgress?.('linking', 1, 1);
    const candidates: PairIndex = scored.swapped
      ? { left: scored.pairs.right, right: scored.pairs.left, count: scored.pairs.count }
      : scored.pairs;
    return use({
      links,
      model: scored.model,
      history: scored.history,
      mSource: scored.mSource,
      trainingNotes: scored.notes,
      candidatePairs: scored.pairs.count,
      termFrequencies: scored.termFrequencies,
      warnings: scored.warnings,
      compareCache: scored.compareCache,
      candidates,
      // A link's own evidence, and what being its records' only plausible partner added.
      explain: async (wanted) =>
        (
          await scored.explain(
            wanted.map((link): [number, number] =>
              scored.swapped ? [link.rightIndex, link.leftIndex] : [link.leftIndex, link.rightIndex],
            ),
          )
        ).map((explanation, i) => withOneToOneTerm(explanation, wanted[i].matchWeight)),
    });
  });
}

/** `dedupeRecords` on rows, across worker threads: the same clusters whatever the number of workers. */
export function dedupeInWorkers(
  rows: readonly RawRecord[] | SharedRows,
  options: WorkersLinkOptions,
): Promise<WorkersDedupeResult> {
  const { threshold = DEFAULT_THRESHOLD, ...rest } = options;
  return scoreInWorkers(rows, undefined, { ...rest, threshold }, (scored) => {
    options.onProgress?.('linking', 0, 1);
    const { clusters, matches } = chooseClusters(idsOf(rows), scored.pairs, scored.weights, threshold);
    options.onProgress?.('linking', 1, 1);
    return {
      clusters,
      matches,
      model: scored.model,
      history: scored.history,
      mSource: scored.mSource,
      trainingNotes: scored.notes,
      candidatePairs: scored.pairs.count,
      termFrequencies: scored.termFrequencies,
      warnings: scored.warnings,
      compareCache: scored.compareCache,
    };
  });
}
