import { type EmOptions, patternMatchProbabilities, trainEm } from './em.js';
import type { GammaPatterns } from './gammas.js';
import type { Model } from './types.js';

export interface SessionOptions extends EmOptions {
  /** A session with fewer pairs than this is skipped. */
  minPairs: number;
}

/** The prior alone by EM, m and u held: the share of these pairs that the model calls matches. */
function fitPrior(model: Model, patterns: GammaPatterns, options: EmOptions): Model {
  const total = patterns.counts.reduce((a, b) => a + b, 0);
  let current = model;
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    const probabilities = patternMatchProbabilities(current, patterns);
    let expected = 0;
    probabilities.forEach((probability, p) => {
      expected += probability * patterns.counts[p];
    });
    const prior = Math.min(0.999, Math.max(1e-9, expected / total));
    const moved = Math.abs(prior - current.prior);
    current = { ...current, prior };
    if (moved < options.tolerance) break;
  }
  return current;
}

/**
 * One training session: pairs that share the anchor comparison's key (training-pairs.ts), as gamma
 * patterns, kept where the anchor falls at its levels.
 */
export interface TrainingSession {
  /** Index of the anchor comparison in the model. */
  anchor: number;
  anchorLevels: ReadonlySet<number>;
  patterns: GammaPatterns;
  /** Pairs sharing the key among all pairs of the lists, per pair in `patterns` (1 unless sampled). */
  scale: number;
  /** The share of all pairs in which both records have a value for the anchor comparison. */
  withValueShare: number;
  /** Sharing the key is agreeing at the anchor levels (so the session counts those matches). */
  keyIsLevel: boolean;
}

export interface SessionsResult {
  model: Model;
  history: Model[];
  /** True matches among all pairs of the lists, as the sessions count them (null: no session could). */
  matches: number | null;
}

/**
 * m by EM in sessions: in each, the anchor is left out of the likelihood (it agrees on every pair) and EM
 * learns the other comparisons' m; each comparison's m is the average, weighted by expected matches, of the
 * sessions it was not the anchor of, or of EM over the candidate pairs when no session could teach it (lists
 * of names alone).
 * A session whose key is its anchor level also counts the matches of the lists: those it finds are a share
 * m(anchor levels) of the matches in which both records have the field.
 */
export function trainEmInSessions(
  start: Model,
  candidates: GammaPatterns,
  sessions: readonly TrainingSession[],
  options: SessionOptions,
): SessionsResult {
  const everything = trainEm(start, candidates, options);
  const sums = start.comparisons.map((comparison) => new Float64Array(comparison.levels.length));
  const weights = new Float64Array(start.comparisons.length);
  const found: { session: TrainingSession; expectedMatches: number }[] = [];
  for (const session of sessions) {
    const count = session.patterns.counts.reduce((a, b) => a + b, 0);
    if (count < options.minPairs) continue;
    const k = session.anchor;
    const trained = trainEm({ ...start, prior: 0.5 }, session.patterns, {
      ...options,
      excluded: new Set([k]),
    }).model;
    const expectedMatches = trained.prior * count;
    found.push({ session, expectedMatches });
    trained.comparisons.forEach((comparison, j) => {
      if (j === k) return;
      weights[j] += expectedMatches;
      comparison.levels.forEach((level, g) => {
        sums[j][g] += expectedMatches * level.m;
      });
    });
  }
  const combined: Model = {
    ...everything.model,
    comparisons: everything.model.comparisons.map((comparison, j) =>
      weights[j] === 0
        ? comparison
        : {
            ...comparison,
            levels: comparison.levels.map((level, g) =>
              level.isNull ? level : { ...level, m: sums[j][g] / weights[j] },
            ),
          },
    ),
  };
  let estimate = 0;
  let weight = 0;
  for (const { session, expectedMatches } of found) {
    if (!session.keyIsLevel || session.withValueShare <= 0) continue;
    let anchorShare = 0;
    for (const g of session.anchorLevels) anchorShare += combined.comparisons[session.anchor].levels[g].m;
    if (anchorShare <= 0) continue;
    const matches = (expectedMatches * session.scale) / (anchorShare * session.withValueShare);
    estimate += expectedMatches * matches;
    weight += expectedMatches;
  }
  const matches = weight > 0 ? estimate / weight : null;
  const total = candidates.counts.reduce((a, b) => a + b, 0);
  const model =
    matches === null
      ? fitPrior(combined, candidates, options)
      : { ...combined, prior: Math.min(0.999, Math.max(1e-9, matches / total)) };
  return { model, history: [...everything.history, model], matches };
}
