import {
  carryOutProblem,
  type OutcomeProblemKind,
  outcomeProblems,
  type PersonOutcome,
} from '../../domain/exchange/exchange-event.js';
import type { ExchangeEventView, PartyScope, Store, WriteContext } from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import { eventForStep, stepConflict } from './event-step.js';

const PROBLEM_WORDS: Record<OutcomeProblemKind, string> = {
  not_in_event: 'is not a person of this exchange',
  twice: 'is named twice',
  reason_missing: 'needs a reason: not handed over',
  reason_not_expected: 'takes no reason: handed over',
  missing: 'has no outcome',
};

/**
 * The coordinator records what happened on the day (from the exchange's date on, anywhere on Earth): each person
 * handed over, or not with a reason (domain outcomeProblems). The exchange is carried out; the persons' statuses
 * change only when both sides confirm the outcome (confirmEvent, stage `outcome`). Recorded again before that, the
 * outcome replaces the one before and its confirmations start over.
 */
export async function carryOutEvent(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  eventId: string,
  outcomes: PersonOutcome[],
  now: string,
): Promise<ExchangeEventView> {
  return store.transaction(async (repos) => {
    const event = await eventForStep(repos, scope, eventId, 'record_outcome');
    if (carryOutProblem(event.date, now)) {
      throw stepConflict(
        `The exchange is planned for ${event.date}: record its outcome on the day`,
        'before_the_day',
        'date',
      );
    }
    const problems = outcomeProblems(event.personIds, outcomes);
    if (problems.length > 0) {
      throw new HttpProblem(400, 'The outcome does not account for each person of the exchange once', {
        type: 'urn:parley:problem:invalid',
        errors: problems.map((p) => ({
          in: 'body' as const,
          path:
            p.index === null
              ? 'outcomes'
              : `outcomes.${p.index}${p.problem.startsWith('reason') ? '.reason' : '.personId'}`,
          message: `${p.personId} ${PROBLEM_WORDS[p.problem]}`,
        })),
      });
    }
    return repos.exchangeEvents.recordOutcome(ctx, scope, eventId, outcomes);
  });
}
