import { planWaitingFor } from '../../domain/exchange/plan-readiness.js';
import type { PartyScope, Store } from '../../store/index.js';
import type { PlanPage } from './events.schemas.js';

/**
 * The plan page: the all-for-all plan and what it still waits for (domain planWaitingFor), from the latest run,
 * its pairs still to decide, the located persons (those verifiable at once among them) and the exchanges still
 * waiting for confirmations.
 */
export async function readPlan(store: Store, scope: PartyScope): Promise<PlanPage> {
  const { reconciliations, exchangePersons, exchangeMatches, exchangeEvents } = store.repos;
  const plan = await exchangePersons.plan(scope, await reconciliations.partyIds());
  const runs = await reconciliations.list(scope);
  const latestRun = runs.reduce<(typeof runs)[number] | null>(
    (latest, run) => (latest === null || run.startedAt > latest.startedAt ? run : latest),
    null,
  );
  const done = await reconciliations.latestDone();
  // Counted in SQL (the domain's isVerifiableMatch as a predicate): the plan never reads every match.
  const verifiable = done ? await exchangeMatches.verifiableMatchCount(scope, done.id) : 0;
  const events = await exchangeEvents.countByStatus(scope);
  const waitingFor = planWaitingFor({
    latestRun,
    latestDone: done
      ? {
          shared: done.sharedAt !== null,
          pairsToReview: await exchangeMatches.undecidedReviewPairs(scope, done.id),
        }
      : null,
    matchesToVerify: verifiable,
    located: await exchangeMatches.locatedCount(scope),
    plansToConfirm: events.planned ?? 0,
    outcomesToConfirm: events.carried_out ?? 0,
  });
  return { ...plan, waitingFor, runId: done?.id ?? null };
}
