import type { ComparableRecord } from '../compare/comparable-record.js';
import type { Comparison } from '../compare/types.js';
import { countRandomPairs, observedOf, type RandomPairCounts, uFromCounts } from './estimate-u.js';
import { fathersAgreeShare, withFathersU } from './fathers-u.js';
import { computeGammas, countPatterns, type GammaPatterns } from './gammas.js';
import { seededRandom } from './random.js';
import { defaultModel, type ModelOptions } from './settings.js';
import { type TrainingSession, trainEmInSessions } from './train-sessions.js';
import { sampleBlockPairs, TRAINING_BLOCKS } from './training-pairs.js';
import type { ComparisonParameters, GammaTable, Model, TrainingNote } from './types.js';

export interface TrainedModel {
  model: Model;
  /** The model after each EM iteration (empty when the data was too small for EM). */
  history: Model[];
  /** How m was obtained: by EM, or kept at the defaults because the data was too small or EM failed. */
  mSource: 'em' | 'defaults';
  /** What training set aside and why: comparisons whose m fell back to its defaults. */
  notes: TrainingNote[];
}

const format = (x: number) => x.toPrecision(3);

/**
 * Checks EM's m for one comparison against u; returns why it cannot be right, or null. Disagreement must
 * count against a match and the strongest agreement for it, and the last level may not hold more than
 * the comparison allows of the matches (different names for most true pairs means EM took namesakes of
 * dates for matches).
 */
function implausibility(
  comparison: Comparison<ComparableRecord>,
  parameters: ComparisonParameters,
): TrainingNote | null {
  const live = parameters.levels.filter((level) => !level.isNull);
  if (live.length < 2) return null;
  const strongest = live[0];
  const last = live[live.length - 1];
  if (last.id === 'else' && last.m >= last.u) {
    return {
      comparison: parameters.id,
      reason: 'disagreementNotEvidence',
      detail: `${parameters.id}: m ${format(last.m)} ≥ u ${format(last.u)} at "different"`,
    };
  }
  if (strongest.m <= strongest.u) {
    return {
      comparison: parameters.id,
      reason: 'agreementNotEvidence',
      detail: `${parameters.id}: m ${format(strongest.m)} ≤ u ${format(strongest.u)} at "${strongest.id}"`,
    };
  }
  const cap = comparison.maxMatchesAtElse;
  if (cap !== undefined && last.id === 'else' && last.m > cap) {
    return {
      comparison: parameters.id,
      reason: 'tooManyMatchesAtElse',
      detail: `${parameters.id}: EM put ${format(last.m)} of matches at "different" (at most ${cap})`,
    };
  }
  return null;
}

/** EM's model with each implausible comparison's m set back to its defaults, and the notes saying so. */
export function checkPlausibility(
  trained: Model,
  defaults: Model,
  comparisons: readonly Comparison<ComparableRecord>[],
): { model: Model; notes: TrainingNote[] } {
  if (!(trained.prior > 0 && trained.prior < 1)) {
    const note: TrainingNote = {
      comparison: null,
      reason: 'priorImplausible',
      detail: `EM's share of matches ${format(trained.prior)} is not a probability`,
    };
    return {
      model: {
        ...defaults,
        comparisons: trained.comparisons.map((c, k) => withM(c, defaults.comparisons[k])),
      },
      notes: [note],
    };
  }
  const notes: TrainingNote[] = [];
  const model: Model = {
    ...trained,
    comparisons: trained.comparisons.map((parameters, k) => {
      const note = implausibility(comparisons[k], parameters);
      if (!note) return parameters;
      notes.push(note);
      return withM(parameters, defaults.comparisons[k]);
    }),
  };
  return { model, notes };
}

/** `parameters` with the m of `source` (same levels). */
function withM(parameters: ComparisonParameters, source: ComparisonParameters): ComparisonParameters {
  return {
    ...parameters,
    levels: parameters.levels.map((level, g) => (level.isNull ? level : { ...level, m: source.levels[g].m })),
  };
}

/** Below this m a level's Bayes factor is too uncertain to bound the weaker levels after it. */
const MIN_M_FOR_CEILING = 0.01;
/**
 * Below this many random pairs at a level its u is mostly the smoothing toward its default, so its
 * Bayes factor is too uncertain to bound the weaker levels after it either.
 */
const MIN_RANDOM_PAIRS_FOR_CEILING = 5;

/**
 * Levels are ordered from the strongest agreement to none, so a level's Bayes factor may not exceed the
 * one before it; where sparse data says otherwise (a level almost never met among random pairs gets a
 * tiny u), its u is raised until it does not. Only levels whose m and u both rest on data set the bound
 * (`sample`, when given, says how many random pairs each level's u rests on).
 */
export function monotoneBayesFactors(model: Model, sample?: RandomPairCounts): Model {
  return {
    ...model,
    comparisons: model.comparisons.map((comparison, k) => {
      let ceiling = Number.POSITIVE_INFINITY;
      return {
        ...comparison,
        levels: comparison.levels.map((level, g) => {
          if (level.isNull) return level;
          const factor = level.m / level.u;
          if (factor <= ceiling) {
            // A level that matches almost never show (exact spelling across scripts) sets no ceiling,
            // nor one that random pairs almost never show (its u is a guess).
            const measured = !sample || sample.counts[k][g] >= MIN_RANDOM_PAIRS_FOR_CEILING;
            if (level.m >= MIN_M_FOR_CEILING && measured) ceiling = factor;
            return level;
          }
          // Only evidence for a match is held in order: below a factor of 1 a sparse level's m is noise.
          if (ceiling < 1) return level;
          return { ...level, u: Math.min(1, level.m / ceiling) };
        }),
      };
    }),
  };
}

/** Expected true matches among the random pairs below which u is not corrected for them. */
const MIN_MATCHES_IN_SAMPLE = 10;
/** How far, in standard errors of its own count, the correction may lower a sampled level's count. */
const SAMPLING_ERRORS = 2;

/**
 * The random pairs' counts with the true matches among them taken out: they show λ·m + (1 − λ)·u, so about
 * λ·m·n of a level's n pairs are matches. When every pair was compared (`exhaustive`, small lists), λ·m·n
 * is EM's own count of matches at that level among the candidate pairs, which are all among them, and it
 * is taken out in full. When the random pairs are a sample of large lists, an inflated λ (EM calling
 * non-matches matches) must not drive a level's u to nothing: λ is taken at most at `capacity` (the most
 * matches the lists can hold, as a share of all pairs), and a count is lowered by no more than
 * SAMPLING_ERRORS times its standard error (√count).
 */
export function withoutMatches(
  sample: RandomPairCounts,
  trained: Model,
  prior: number,
  capacity: number,
  exhaustive: boolean,
): RandomPairCounts {
  const share = exhaustive ? prior : Math.min(prior, capacity);
  return {
    counts: sample.counts.map((counts, k) => {
      const levels = trained.comparisons[k].levels;
      const observed = observedOf(trained, sample, k);
      return counts.map((count, g) => {
        if (levels[g].isNull) return count;
        const corrected = Math.max(0, count - share * levels[g].m * observed);
        if (exhaustive) return corrected;
        return Math.max(corrected, count - SAMPLING_ERRORS * Math.sqrt(count));
      });
    }),
  };
}

/** The sessions of TRAINING_BLOCKS whose anchor is among the comparisons, with their sampled pairs. */
function trainingSessions(
  comparisons: readonly Comparison<ComparableRecord>[],
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] | undefined,
  options: ModelOptions,
): TrainingSession[] {
  const random = seededRandom(options.seed + 1);
  const other = right ?? left;
  const share = (records: readonly ComparableRecord[], comparison: Comparison<ComparableRecord>) =>
    records.length === 0
      ? 0
      : records.filter((record) => comparison.hasValue(record)).length / records.length;
  return TRAINING_BLOCKS.flatMap((block): TrainingSession[] => {
    const k = comparisons.findIndex((comparison) => comparison.id === block.comparison);
    if (k < 0) return [];
    const sampled = sampleBlockPairs(left, right, block, options.maxTrainingPairs, random);
    if (sampled.pairs.count === 0) return [];
    const gammas = computeGammas(comparisons, left, other, sampled.pairs);
    const anchorLevels = new Set(
      comparisons[k].levels.flatMap((level, g) => (block.levels.includes(level.id) ? [g] : [])),
    );
    const all = countPatterns(gammas);
    const patterns: GammaPatterns = { width: all.width, patterns: [], counts: [] };
    all.patterns.forEach((gamma, p) => {
      if (!anchorLevels.has(gamma[k])) return;
      patterns.patterns.push(gamma);
      patterns.counts.push(all.counts[p]);
    });
    return [
      {
        anchor: k,
        anchorLevels,
        patterns,
        scale: sampled.total / sampled.pairs.count,
        withValueShare: share(left, comparisons[k]) * share(other, comparisons[k]),
        keyIsLevel: block.keyIsLevel,
      },
    ];
  });
}

/**
 * u from random pairs, then m by EM in sessions over the candidate pairs' gamma patterns, checked for
 * plausibility comparison by comparison. `right` omitted means one list (dedupe).
 */
export function trainModel(
  comparisons: readonly Comparison<ComparableRecord>[],
  left: readonly ComparableRecord[],
  right: readonly ComparableRecord[] | undefined,
  gammas: GammaTable,
  options: ModelOptions,
): TrainedModel {
  const allPairs = Math.max(1, right ? left.length * right.length : (left.length * (left.length - 1)) / 2);
  const candidates = Math.max(1, gammas.count);
  const expectedMatches = right ? Math.min(left.length, right.length) / 2 : left.length / 4;
  // EM sees only candidate pairs, among which matches are far commoner than among all pairs; the
  // model keeps the prior of all pairs, because u (and so every Bayes factor) is measured on random pairs.
  const candidatePrior = Math.min(0.5, Math.max(1e-6, expectedMatches / candidates));
  const defaults = defaultModel(comparisons, candidatePrior);
  const sample = countRandomPairs(comparisons, left, right, options);
  const overAllPairs = (model: Model): Model =>
    monotoneBayesFactors({ ...model, prior: Math.min(0.5, (model.prior * candidates) / allPairs) }, sample);
  const fathers = fathersAgreeShare(left, right, seededRandom(options.seed + 2));
  const start = withFathersU(uFromCounts(defaults, sample), fathers);
  if (gammas.count < options.minPairsForEm) {
    const note: TrainingNote = {
      comparison: null,
      reason: 'tooFewPairs',
      detail: `${gammas.count} candidate pairs, fewer than ${options.minPairsForEm}: m kept at its defaults`,
    };
    return { model: overAllPairs(start), history: [], mSource: 'defaults', notes: [note] };
  }
  const patterns = countPatterns(gammas);
  const sessionOptions = {
    maxIterations: options.maxEmIterations,
    tolerance: options.emTolerance,
    minPairs: options.minPairsForEm,
  };
  const sessions = trainingSessions(comparisons, left, right, options);
  const first = trainEmInSessions(start, patterns, sessions, sessionOptions);
  // Random pairs hold true matches too, a share λ of them. In small lists that overlap (a hundred people
  // a side) that makes agreeing names look common by chance; with m and λ from EM, the matches are taken
  // back out of the counts, within their sampling error. Only when the random pairs hold enough true
  // matches to matter: otherwise u's small levels are mostly the smoothing toward defaults.
  const candidateShare = Math.min(0.5, (first.model.prior * candidates) / allPairs);
  const sampled = Math.min(allPairs, options.maxCostlyRandomPairs);
  let trained: { model: Model; history: Model[] } = first;
  if (candidateShare * sampled >= MIN_MATCHES_IN_SAMPLE) {
    // One-to-one, two lists hold at most min(|L|, |R|) matches; one list at most one partner a record.
    const capacity = (right ? Math.min(left.length, right.length) : left.length) / allPairs;
    const exhaustive = allPairs <= options.maxRandomPairs;
    const counts = withoutMatches(sample, first.model, candidateShare, capacity, exhaustive);
    const corrected = withFathersU(uFromCounts(defaults, counts), fathers);
    const restart: Model = {
      ...first.model,
      comparisons: corrected.comparisons.map((c, k) => withM(c, first.model.comparisons[k])),
    };
    const second = trainEmInSessions(restart, patterns, sessions, sessionOptions);
    trained = { model: second.model, history: [...first.history, ...second.history] };
  }
  const { model, notes } = checkPlausibility(trained.model, start, comparisons);
  const allDefault =
    notes.length > 0 && (notes[0].comparison === null || notes.length === comparisons.length);
  return {
    model: overAllPairs(model),
    history: trained.history,
    mSource: allDefault ? 'defaults' : 'em',
    notes,
  };
}
