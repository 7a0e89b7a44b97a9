import { type EventStep, nextEventStatus } from '../../domain/exchange/exchange-event.js';
import type { EventForStep, PartyScope, Repositories } from '../../store/index.js';
import { HttpProblem, notFound } from '../problem.js';

const STEP_WORDS: Record<EventStep, string> = {
  confirm: 'confirm the plan of',
  edit: 'edit',
  cancel: 'cancel',
  record_outcome: 'record the outcome of',
  confirm_outcome: 'confirm the outcome of',
};

/** A 409 problem naming why a step is refused (`path` the field at fault, `message` the reason code). */
export const stepConflict = (detail: string, message: string, path = '') =>
  new HttpProblem(409, detail, {
    type: 'urn:parley:problem:conflict',
    errors: [{ in: 'body', path, message }],
  });

/**
 * The exchange as `step` needs it, read (and locked on PostgreSQL) in the caller's transaction: 404 when this
 * reader may not see it, 409 naming its status when the step does not apply there (domain nextEventStatus).
 */
export async function eventForStep(
  repos: Repositories,
  scope: PartyScope,
  eventId: string,
  step: EventStep,
): Promise<EventForStep> {
  const event = await repos.exchangeEvents.forStep(scope, eventId);
  if (!event) throw notFound('Exchange');
  const move = nextEventStatus(event.status, step);
  if (!move.ok) {
    throw stepConflict(
      `Cannot ${STEP_WORDS[step]} an exchange that is ${event.status.replace('_', ' ')}; only when ${move.allowedFrom.join(' or ').replace('_', ' ')}`,
      event.status,
      'status',
    );
  }
  return event;
}
