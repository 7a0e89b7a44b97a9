import { readReach } from '../../domain/access/policy.js';
import { planWaitingFor } from '../../domain/exchange/plan-readiness.js';
import type { PartyScope, Store } from '../../store/index.js';
import type { PlanPage } from './events.schemas.js';

/** The last count of persons to verify, per store: its key holds the persons' counter it was counted at. */
const counted = new WeakMap<Store, { key: string; count: number }>();

/**
 * How many located persons the latest run lets the reader verify at once. Counted in SQL (the domain's
 * isVerifiableMatch as a predicate), and counted again only once the persons or what they are matched by changed
 * (the store's persons counter moved): reading the plan again costs one row.
 */
async function verifiableCount(store: Store, scope: PartyScope, runId: string): Promise<number> {
  const { exchangeMatches } = store.repos;
  if (readReach(scope, 'review_pair') !== 'everything') return 0;
  // Read before counting: a write in between moves the counter again, so a count is never kept past a change.
  const key = `${await exchangeMatches.personsVersion()}\u0000${runId}`;
  const kept = counted.get(store);
  if (kept?.key === key) return kept.count;
  const count = await exchangeMatches.verifiableMatchCount(scope, runId);
  counted.set(store, { key, count });
  return count;
}

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
  const verifiable = done ? await verifiableCount(store, scope, done.id) : 0;
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
