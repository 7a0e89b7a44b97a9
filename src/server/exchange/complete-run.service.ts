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
 * already tracked), then pairs, counts and person changes are stored. The store writes them in batches of short
 * transactions (one long one would hold SQLite's only connection for seconds); `markRunning` starts a run cut
 * short over, and the plan is idempotent by record keys.
 */
export async function completeRun(
  store: Store,
  ctx: WriteContext,
  runId: string,
  result: { pairs: NewReconciliationPair[]; counts: ReconciliationCounts; inputs: ReconciliationInputs },
): Promise<void> {
  const planner = new PersonPlanner(await store.repos.exchangePersons.tracked(null), randomUUID, runId);
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
  await store.repos.reconciliations.complete(ctx, runId, {
    pairs: result.pairs,
    counts: result.counts,
    personChanges: planner.changes(),
  });
}
