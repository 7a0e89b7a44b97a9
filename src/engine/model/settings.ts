import type { ComparableRecord } from '../compare/comparable-record.js';
import { defaultComparisons } from '../compare/comparisons.js';
import type { PlaceEquivalences } from '../compare/place-equivalences.js';
import type { RankEquivalences } from '../compare/rank-equivalences.js';
import type { Comparison, ComparisonSettings } from '../compare/types.js';
import type { Model } from './types.js';

/** Called as long work advances; `stage` is a stable id ('blocking', 'comparing', 'training', 'linking'). */
export type ProgressListener = (stage: string, done: number, total: number) => void;

export interface ModelOptions {
  /** Random pairs drawn to estimate u. */
  maxRandomPairs: number;
  /** Random pairs for a costly comparison (names), out of the same draw. */
  maxCostlyRandomPairs: number;
  /** Seed of the random pair draw: the same input gives the same output. */
  seed: number;
  maxEmIterations: number;
  /** EM stops when no parameter moves more than this. */
  emTolerance: number;
  /** Fewer candidate pairs than this and m keeps its defaults. */
  minPairsForEm: number;
  /** Pairs drawn for each training session (pairs sharing a birth date, a document number, a name). */
  maxTrainingPairs: number;
  termFrequencyAdjustment: boolean;
  /** Names of one place under each side's name for it (a gazetteer's), for the place comparisons. */
  placeEquivalences?: PlaceEquivalences;
  /** Spellings of one military rank in each army's language, for the rank comparison. */
  rankEquivalences?: RankEquivalences;
  /** A block with more pairs than this is split by its rule's further keys (see BlockingRule), never dropped. */
  maxPairsPerBlock: number;
  onProgress?: ProgressListener;
}

export const DEFAULT_MODEL_OPTIONS: ModelOptions = {
  maxRandomPairs: 100_000,
  maxCostlyRandomPairs: 10_000,
  seed: 42,
  maxEmIterations: 30,
  emTolerance: 1e-4,
  minPairsForEm: 200,
  maxTrainingPairs: 100_000,
  termFrequencyAdjustment: true,
  maxPairsPerBlock: 20_000,
};

/** The prior a pair judged on its own gets (`parley pairs`): one true pair in a hundred candidates. */
export const DEFAULT_PAIR_PRIOR = 0.01;

function normalised(values: number[]): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  return values.map((value) => value / sum);
}

/** The model with every level's default m and u, over the comparisons given. */
export function defaultModel(comparisons: readonly Comparison<ComparableRecord>[], prior: number): Model {
  return {
    prior,
    comparisons: comparisons.map((comparison) => {
      const live = comparison.levels.filter((level) => !level.isNull);
      const m = normalised(live.map((level) => level.defaultM));
      const u = normalised(live.map((level) => level.defaultU));
      let index = 0;
      return {
        id: comparison.id,
        levels: comparison.levels.map((level) => {
          if (level.isNull) {
            return { id: level.id, label: level.label, isNull: true, m: 1, u: 1, termFrequency: false };
          }
          const at = index++;
          return {
            id: level.id,
            label: level.label,
            isNull: false,
            m: m[at],
            u: u[at],
            termFrequency: level.termFrequency === true,
          };
        }),
      };
    }),
  };
}

/** The engine's comparisons that this model was built over, in the model's order. */
export function comparisonsOf(model: Model): Comparison<ComparableRecord>[] {
  const byId = new Map(defaultComparisons(model.settings).map((comparison) => [comparison.id, comparison]));
  return model.comparisons.map((parameters) => {
    const comparison = byId.get(parameters.id);
    if (!comparison) throw new Error(`Unknown comparison ${parameters.id}`);
    return comparison;
  });
}

/** Only the comparisons for which both sides have some value: the others would weigh nothing. */
export function comparisonsInUse(
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] = left,
  settings: ComparisonSettings = {},
): Comparison<ComparableRecord>[] {
  return defaultComparisons(settings).filter(
    (comparison) =>
      left.some((record) => comparison.hasValue(record)) &&
      right.some((record) => comparison.hasValue(record)),
  );
}
