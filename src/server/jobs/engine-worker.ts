import { reconcile, type ScoredPair } from '../../domain/exchange/reconciliation.js';
import { placeEquivalences } from '../../domain/gazetteer/gazetteer.js';
import { rankEquivalences } from '../../domain/ranks/rank-lookup.js';
import type { LinkedPair } from '../../engine/index.js';
import { linkInWorkers, type WorkersLinkResult } from '../../platform/parallel-engine/index.js';
import { type RequestContext, serveRequests } from '../../platform/workers/index.js';
import type { EngineProgress, LinkResultMessage, LinkTask } from './engine-task.js';

const PROGRESS_EVERY_MS = 250;

/**
 * Links a missing list against a held list across the engine's worker threads (this thread only coordinates),
 * and sorts the pairs with the domain's `reconcile`.
 */
function linkAndSort(task: LinkTask, context: RequestContext): Promise<LinkResultMessage> {
  let lastPost = 0;
  return linkInWorkers(
    task.left,
    task.right,
    {
      threshold: task.thresholds.lower,
      placeEquivalences: placeEquivalences(),
      rankEquivalences: rankEquivalences(),
      onProgress: (stage, done, total) => {
        const now = Date.now();
        if (now - lastPost < PROGRESS_EVERY_MS && done < total) return;
        lastPost = now;
        context.progress({ stage, done, total } satisfies EngineProgress);
      },
    },
    (result) => sortPairs(task, result, context),
  );
}

/** The linked pairs as the domain's `reconcile` sorts them, earlier decisions applied, as typed columns. */
async function sortPairs(
  task: LinkTask,
  result: WorkersLinkResult,
  context: RequestContext,
): Promise<LinkResultMessage> {
  const firstIndex = (keys: string[]) => {
    const first = new Map<string, number>();
    keys.forEach((key, index) => {
      if (!first.has(key)) first.set(key, index);
    });
    return first;
  };
  const firstLeft = firstIndex(task.leftKeys);
  const firstRight = firstIndex(task.rightKeys);
  const pairKey = (leftKey: string, rightKey: string) => `${leftKey}\u0000${rightKey}`;
  const linkByKeys = new Map<string, LinkedPair>();
  const scored: ScoredPair[] = result.links.map((link) => {
    const leftKey = task.leftKeys[link.leftIndex];
    const rightKey = task.rightKeys[link.rightIndex];
    linkByKeys.set(pairKey(leftKey, rightKey), link);
    return { leftKey, rightKey, probability: link.probability };
  });
  const sorted = reconcile(
    [...firstLeft.keys()],
    [...firstRight.keys()],
    scored,
    task.decisions,
    task.thresholds,
  );

  const pairs = [...sorted.matched, ...sorted.toReview];
  // Every pair the engine scored is explained, matched ones too: the pairs page shows why each one was matched.
  const toExplain = pairs.flatMap((p) => linkByKeys.get(pairKey(p.leftKey, p.rightKey)) ?? []);
  const explained = new Map<LinkedPair, string>();
  (await result.explain(toExplain)).forEach((explanation, i) => {
    explained.set(toExplain[i], JSON.stringify(explanation));
  });
  const message: LinkResultMessage = {
    leftIndexes: Int32Array.from(pairs, (p) => firstLeft.get(p.leftKey) ?? -1),
    rightIndexes: Int32Array.from(pairs, (p) => firstRight.get(p.rightKey) ?? -1),
    probabilities: Float64Array.from(pairs, (p) => p.probability),
    review: Uint8Array.from(pairs, (_p, i) => (i < sorted.matched.length ? 0 : 1)),
    explanations: pairs.map((p) => {
      const link = linkByKeys.get(pairKey(p.leftKey, p.rightKey));
      return (link && explained.get(link)) ?? null;
    }),
    unmatchedLeft: sorted.unmatchedLeft.length,
    unmatchedRight: sorted.unmatchedRight.length,
    candidatePairs: result.candidatePairs,
  };
  context.transfer(
    message.leftIndexes.buffer,
    message.rightIndexes.buffer,
    message.probabilities.buffer,
    message.review.buffer,
  );
  return message;
}

// Runs in a worker thread: the engine's CPU-bound work and the sorting of its pairs, away from the server.
serveRequests((task, context) => linkAndSort(task as LinkTask, context));
