import { confirmExchange, confirmerFor } from '../../domain/exchange/exchange-confirmation.js';
import { statusReason } from '../../domain/exchange/status-reasons.js';
import type { ExchangeEventView, PartyScope, Store, WriteContext } from '../../store/index.js';
import { HttpProblem, notFound } from '../problem.js';

const REFUSALS = {
  already_confirmed: 'You have already confirmed this exchange',
  already_complete: 'This exchange is already complete',
  not_a_party: 'Your party is not in this exchange',
} as const;

const conflict = (detail: string, reason: string) =>
  new HttpProblem(409, detail, {
    type: 'urn:parley:problem:conflict',
    errors: [{ in: 'body', path: '', message: reason }],
  });

/**
 * A party's liaison or the coordinator confirms an exchange (domain confirmExchange); in the same transaction, the
 * confirmation that completes the set hands every person of the exchange over.
 */
export async function confirmEvent(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  eventId: string,
): Promise<ExchangeEventView> {
  return store.transaction(async (repos) => {
    const event = await repos.exchangeEvents.forConfirmation(scope, eventId);
    if (!event) throw notFound('Exchange');
    const confirmer = confirmerFor(scope);
    if (!confirmer)
      throw conflict("Only the parties' liaisons and the coordinator confirm an exchange", 'role');
    const result = confirmExchange(event, confirmer);
    if (!result.ok) throw conflict(REFUSALS[result.reason], result.reason);
    if (result.complete) {
      const reason = statusReason('exchangeConfirmed', { date: event.date, place: event.place });
      for (const personId of event.personIds) {
        await repos.exchangePersons.move(ctx, personId, 'hand_over', reason, eventId);
      }
    }
    return repos.exchangeEvents.recordConfirmation(ctx, eventId, confirmer, result.complete);
  });
}
