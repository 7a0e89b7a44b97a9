import { readReach } from '../../domain/access/policy.js';
import { planWaitingFor } from '../../domain/exchange/plan-readiness.js';
import type { PartyScope, Store } from '../../store/index.js';
import type { PlanPage } from './events.schemas.js';

/** What the plan reads of the persons, and of the latest run's pairs and decisions. */
interface PersonsPart {
  plan: Omit<PlanPage, 'waitingFor' | 'runId'>;
  verifiable: number;
  pairsToReview: number;
  located: number;
}

/** The persons part last read, per store: its key holds the persons' counter it was read at. */
const kept = new WeakMap<Store, { key: string; part: PersonsPart }>();

/**
 * The all-for-all plan, how many located persons the latest run lets the reader verify at once (the domain's
 * isVerifiableMatch as an SQL predicate), its pairs still to decide and the located persons: read again only once the
 * persons or what they are matched by changed (the store's persons counter, kept by triggers, moved), so reading the
 * plan again costs one row rather than counting a hundred thousand persons.
 */
async function personsPart(store: Store, scope: PartyScope, runId: string | null): Promise<PersonsPart> {
  const { reconciliations, exchangePersons, exchangeMatches } = store.repos;
  // Read before the rest: a write in between moves the counter again, so nothing is kept past a change.
  const version = await exchangeMatches.personsVersion();
  const partyIds = await reconciliations.partyIds();
  const key = JSON.stringify([version, scope.role, scope.partyId, partyIds, runId]);
  // Only a reader who sees every person is kept: another's persons also hang on the exchanges it takes part in.
  const keeps = readReach(scope, 'exchange_person') === 'everything';
  const hit = kept.get(store);
  if (keeps && hit?.key === key) return hit.part;
  const reviews = readReach(scope, 'review_pair') === 'everything';
  const part: PersonsPart = {
    plan: await exchangePersons.plan(scope, partyIds),
    verifiable: runId && reviews ? await exchangeMatches.verifiableMatchCount(scope, runId) : 0,
    pairsToReview: runId ? await exchangeMatches.undecidedReviewPairs(scope, runId) : 0,
    located: await exchangeMatches.locatedCount(scope),
  };
  if (keeps) kept.set(store, { key, part });
  return part;
}

/**
 * The plan page: the all-for-all plan and what it still waits for (domain planWaitingFor), from the latest run,
 * its pairs still to decide, the located persons (those verifiable at once among them) and the exchanges still
 * waiting for confirmations.
 */
export async function readPlan(store: Store, scope: PartyScope): Promise<PlanPage> {
  const { reconciliations, exchangeEvents } = store.repos;
  const runs = await reconciliations.list(scope);
  const latestRun = runs.reduce<(typeof runs)[number] | null>(
    (latest, run) => (latest === null || run.startedAt > latest.startedAt ? run : latest),
    null,
  );
  const done = await reconciliations.latestDone();
  const { plan, verifiable, pairsToReview, located } = await personsPart(store, scope, done?.id ?? null);
  const events = await exchangeEvents.countByStatus(scope);
  const waitingFor = planWaitingFor({
    latestRun,
    latestDone: done ? { shared: done.sharedAt !== null, pairsToReview } : null,
    matchesToVerify: verifiable,
    located,
    plansToConfirm: events.planned ?? 0,
    outcomesToConfirm: events.carried_out ?? 0,
  });
  return { ...plan, waitingFor, runId: done?.id ?? null };
}
