import { randomUUID } from 'node:crypto';
import { PersonPlanner, runPersonFacts } from '../../domain/exchange/person-changes.js';
import type {
  NewReconciliationPair,
  ReconciliationCounts,
  ReconciliationInputs,
  Store,
  WriteContext,
} from '../../store/index.js';

// Facts planned between two turns of the event loop (a run brings hundreds of thousands).
const FACTS_PER_TURN = 2_000;
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Completes a run: the persons are planned from what the run found (domain runPersonFacts over the persons
 * already tracked); the pairs are saved and the person changes staged under the run, in batches of short
 * transactions (one long one would hold SQLite's only connection for seconds), each progress step on the run's
 * row; then one transaction marks the run done with its counts and switches the staged persons on. Nothing of
 * the run is served before that: a run cut short leaves nothing visible, and whoever takes it up again (or fails
 * it) drops what it wrote. Every write is refused once the worker no longer holds the run (`claim.token`).
 */
export async function completeRun(
  store: Store,
  ctx: WriteContext,
  claim: { runId: string; token: string },
  result: { pairs: NewReconciliationPair[]; counts: ReconciliationCounts; inputs: ReconciliationInputs },
  opts: { batchRows?: number } = {},
): Promise<void> {
  const { reconciliations, exchangePersons } = store.repos;
  const { runId, token } = claim;
  const progress = (phase: string) => (done: number, total: number) =>
    reconciliations.setProgress(runId, token, { done, total, phase });

  await progress('planning persons')(0, 1);
  const plannedAt = new Date().toISOString();
  const planner = new PersonPlanner(await exchangePersons.tracked(null), randomUUID, runId);
  const facts = runPersonFacts({
    runId,
    partyIds: result.inputs.partyIds,
    lists: result.inputs.lists,
    matched: result.pairs.filter((p) => p.class === 'matched'),
  });
  let planned = 0;
  for (const fact of facts) {
    planner.apply(fact);
    if (++planned % FACTS_PER_TURN === 0) await nextTurn();
  }

  await progress('saving pairs')(0, 1);
  await reconciliations.savePairs(ctx, runId, token, result.pairs, {
    batchRows: opts.batchRows,
    afterBatch: progress('saving pairs'),
  });
  await progress('saving persons')(0, 1);
  await reconciliations.stagePersons(ctx, runId, token, planner.changes(), {
    batchRows: opts.batchRows,
    afterBatch: progress('saving persons'),
  });
  await progress('counts')(0, 1);
  await reconciliations.switchOn(ctx, runId, token, result.counts, { plannedAt });
}
