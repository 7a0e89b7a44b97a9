import { type EmOptions, patternMatchProbabilities, trainEm } from './em.js';
import type { GammaPatterns } from './gammas.js';
import type { Model } from './types.js';

/**
 * Comparisons strong enough to anchor a training session, with the levels that select its pairs. In the
 * session anchored on a comparison, that comparison agrees on every pair, so EM learns the others' m from
 * pairs chosen without them (Splink's training by blocking rule). Without this, pairs that agree on a
 * shared placeholder date but not on names can pass for matches, and teach that different names are normal.
 */
const ANCHORS: readonly { comparison: string; levels: readonly string[] }[] = [
  { comparison: 'full_name', levels: ['exact', 'transliteration'] },
  { comparison: 'birth_date', levels: ['exact'] },
  { comparison: 'document_number', levels: ['exact'] },
];

export interface SessionOptions extends EmOptions {
  /** A session with fewer pairs than this is skipped. */
  minPairs: number;
}

function subset(patterns: GammaPatterns, keep: (gamma: Uint8Array) => boolean): GammaPatterns {
  const chosen: GammaPatterns = { width: patterns.width, patterns: [], counts: [] };
  patterns.patterns.forEach((gamma, p) => {
    if (!keep(gamma)) return;
    chosen.patterns.push(gamma);
    chosen.counts.push(patterns.counts[p]);
  });
  return chosen;
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
 * m by EM in sessions, one per anchor comparison present: each comparison's m is the average, weighted by
 * expected matches, of the sessions it was not the anchor of (or of EM over every pair when no session
 * could teach it). Then the prior over every pair, m and u held.
 */
export function trainEmInSessions(
  start: Model,
  patterns: GammaPatterns,
  options: SessionOptions,
): { model: Model; history: Model[] } {
  const everything = trainEm(start, patterns, options);
  const sums = start.comparisons.map((comparison) => new Float64Array(comparison.levels.length));
  const weights = new Float64Array(start.comparisons.length);
  for (const anchor of ANCHORS) {
    const k = start.comparisons.findIndex((comparison) => comparison.id === anchor.comparison);
    if (k < 0) continue;
    const levels = new Set(
      start.comparisons[k].levels.flatMap((level, g) => (anchor.levels.includes(level.id) ? [g] : [])),
    );
    const chosen = subset(patterns, (gamma) => levels.has(gamma[k]));
    const count = chosen.counts.reduce((a, b) => a + b, 0);
    if (count < options.minPairs) continue;
    const session = trainEm({ ...start, prior: 0.5 }, chosen, options).model;
    const expectedMatches = session.prior * count;
    session.comparisons.forEach((comparison, j) => {
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
  const model = fitPrior(combined, patterns, options);
  return { model, history: [...everything.history, model] };
}
