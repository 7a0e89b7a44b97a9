import { confirmStep, outcomeStatusSteps } from '../../domain/exchange/exchange-event.js';
import type { ExchangeEventView, PartyScope, Store, WriteContext } from '../../store/index.js';
import { eventForStep, stepConflict } from './event-step.js';

const REFUSALS = {
  already_confirmed: 'Your side has already confirmed this',
  not_a_party: 'Your party is not in this exchange',
  not_a_confirmer: "Only the parties' liaisons and the coordinator confirm an exchange",
  not_allowed: 'This exchange is not waiting for this confirmation',
} as const;

/**
 * A party's liaison or the coordinator confirms the plan of an exchange (`plan`) or what happened on the day
 * (`outcome`), by one rule for both (domain confirmStep). The last confirmation of the plan makes it confirmed;
 * the last confirmation of the outcome completes it and, in the same transaction, changes the persons' statuses
 * (domain outcomeStatusSteps): handed over, or back to verified with the reason in their history; remains it
 * carried are handed over to the party they went to.
 */
export async function confirmEvent(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  eventId: string,
  stage: 'plan' | 'outcome',
): Promise<ExchangeEventView> {
  const step = stage === 'plan' ? 'confirm' : 'confirm_outcome';
  return store.transaction(async (repos) => {
    const event = await eventForStep(repos, scope, eventId, step);
    const result = confirmStep(event, step, scope);
    if (!result.ok) throw stepConflict(REFUSALS[result.reason], result.reason);
    const confirmer = result.confirmedBy[result.confirmedBy.length - 1];
    if (result.status === 'completed') {
      for (const change of outcomeStatusSteps(event, event.outcomes)) {
        await repos.exchangePersons.move(ctx, change.personId, change.event, change.reason, eventId);
      }
      // Remains the exchange carried change hands with it (tracing: remains in exchange events).
      await repos.tracingRemains.completeTransfers(ctx, eventId, event.date);
    }
    return repos.exchangeEvents.recordConfirmation(ctx, scope, eventId, stage, confirmer, result.status);
  });
}
