import { statusReason } from '../../domain/exchange/status-reasons.js';
import type { ExchangeEventView, PartyScope, Store, WriteContext } from '../../store/index.js';
import { eventForStep } from './event-step.js';

/**
 * The coordinator cancels an exchange that is not carried out yet, saying why: in one transaction it is cancelled
 * and each of its persons still included goes back to verified, free for another exchange.
 */
export async function cancelEvent(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  eventId: string,
  reason: string,
): Promise<ExchangeEventView> {
  return store.transaction(async (repos) => {
    const event = await eventForStep(repos, scope, eventId, 'cancel');
    const cancelled = await repos.exchangeEvents.cancel(ctx, scope, eventId, reason);
    const why = statusReason('exchangeCancelled', { date: event.date, note: reason.trim() });
    for (const person of cancelled.persons) {
      if (person.status === 'included') {
        await repos.exchangePersons.move(ctx, person.id, 'exclude', why, eventId);
      }
    }
    return (await repos.exchangeEvents.findById(scope, eventId)) ?? cancelled;
  });
}
