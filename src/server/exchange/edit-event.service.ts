import { eventEdit } from '../../domain/exchange/exchange-event.js';
import { statusReason } from '../../domain/exchange/status-reasons.js';
import type { ExchangeEventView, PartyScope, PlaceKind, Store, WriteContext } from '../../store/index.js';
import { notFound } from '../problem.js';
import { eventForStep } from './event-step.js';
import { checkedCandidates, directionOf } from './plan-event.service.js';

export interface EventChanges {
  date?: string;
  place?: string;
  placeKind?: PlaceKind;
  personIds?: string[];
}

/**
 * The coordinator edits a planned or confirmed exchange (domain eventEdit): its date, place or persons. In one
 * transaction the persons added are checked and included, those taken out go back to verified, and the plan's
 * confirmations are withdrawn (it is planned again). An edit that changes nothing changes nothing.
 */
export async function editEvent(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  eventId: string,
  changes: EventChanges,
): Promise<ExchangeEventView> {
  return store.transaction(async (repos) => {
    const event = await eventForStep(repos, scope, eventId, 'edit');
    const next = {
      date: changes.date ?? event.date,
      place: changes.place?.trim() ?? event.place,
      placeKind: changes.placeKind ?? event.placeKind,
      personIds: changes.personIds ? [...new Set(changes.personIds)] : event.personIds,
    };
    const edit = eventEdit(event, next);
    if (edit.changed) {
      const added = await checkedCandidates(repos, edit.added, event.partyIds, eventId);
      await repos.exchangeEvents.edit(ctx, scope, eventId, {
        date: next.date,
        place: next.place,
        placeKind: next.placeKind,
        added: added.map(directionOf),
        removed: edit.removed,
      });
      const included = statusReason('includedInExchange', { date: next.date });
      for (const person of added.filter((p) => p.status === 'verified')) {
        await repos.exchangePersons.move(ctx, person.id, 'include', included, eventId);
      }
      const removed = await repos.exchangeEvents.candidates(edit.removed);
      const reason = statusReason('removedFromExchange', { date: event.date });
      for (const { person } of removed.values()) {
        if (person.status === 'included') {
          await repos.exchangePersons.move(ctx, person.id, 'exclude', reason, eventId);
        }
      }
    }
    const view = await repos.exchangeEvents.findById(scope, eventId);
    if (!view) throw notFound('Exchange');
    return view;
  });
}
