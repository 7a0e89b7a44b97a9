import { movementDetailsProblems } from '../../domain/corridor/movement-details.js';
import {
  acknowledgementState,
  availableMovementEvents,
  nextMovementStatus,
} from '../../domain/corridor/movement-status.js';
import type { MovementEvent } from '../../domain/corridor/types.js';
import { gazetteerPlaces } from '../../domain/gazetteer/gazetteer.js';
import {
  type MovementDetails,
  type MovementToChange,
  type MovementView,
  type PartyScope,
  type Repositories,
  type Store,
  SYSTEM_SCOPE,
  type WriteContext,
} from '../../store/index.js';
import { HttpProblem, notFound } from '../problem.js';
import type {
  Movement,
  MovementAnswerBody,
  MovementEditBody,
  MovementStepBody,
} from './movements.schemas.js';

const KNOWN_PLACES = new Set(gazetteerPlaces().map((place) => place.id));

function checkDetails(details: MovementDetails): void {
  const problems = movementDetailsProblems(details, KNOWN_PLACES);
  if (problems.length === 0) return;
  throw new HttpProblem(
    400,
    `The movement is not valid: ${problems.map((p) => `${p.field} ${p.reason}`).join(', ')}`,
    {
      type: 'urn:parley:problem:validation',
      errors: problems.map((p) => ({ in: 'body' as const, path: p.field, message: p.reason })),
    },
  );
}

const notAllowed = (event: string, status: string) =>
  new HttpProblem(409, `A movement ${status.replace('_', ' ')} cannot take "${event}"`, {
    type: 'urn:parley:problem:conflict',
    errors: [{ in: 'body', path: 'event', message: `not allowed from ${status}` }],
    extensions: { current: status },
  });

/** A movement as the reader sees it, with what is still awaited and what may happen next. */
export function movementDto(view: MovementView, scope: PartyScope): Movement {
  const notified =
    scope.role === 'liaison'
      ? view.notifiedPartyIds.filter((id) => id === scope.partyId)
      : view.notifiedPartyIds;
  const state = acknowledgementState(notified, view.answers);
  return {
    ...view,
    pendingPartyIds: view.status === 'notified' || view.status === 'acknowledged' ? state.pending : [],
    availableEvents: scope.role === 'coordinator' ? availableMovementEvents(view.status) : [],
  };
}

async function forChange(repos: Repositories, scope: PartyScope, id: string): Promise<MovementToChange> {
  const movement = await repos.corridorMovements.forChange(scope, id);
  if (!movement) throw notFound('Movement');
  return movement;
}

/** The parties to notify: every active party to the agreement. */
async function partiesToNotify(repos: Repositories): Promise<string[]> {
  const parties = await repos.parties.list(SYSTEM_SCOPE);
  return parties.filter((p) => p.kind === 'party' && p.active).map((p) => p.id);
}

/** The coordinator plans a movement (details checked by the domain). */
export async function planMovement(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  details: MovementDetails,
): Promise<Movement> {
  checkDetails(details);
  return store.transaction(async (repos) => {
    const id = await repos.corridorMovements.create(ctx, details);
    const view = await repos.corridorMovements.findById(scope, id);
    if (!view) throw notFound('Movement');
    return movementDto(view, scope);
  });
}

/**
 * The coordinator edits a movement read at `version`: before notification it stays planned; after, the parties are
 * notified again (a new round: the old answers no longer hold).
 */
export async function editMovement(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  id: string,
  body: MovementEditBody,
): Promise<Movement> {
  const { version, ...details } = body;
  checkDetails(details);
  return store.transaction(async (repos) => {
    const movement = await forChange(repos, scope, id);
    const change = nextMovementStatus(movement.status, 'edit');
    if (!change.ok) throw notAllowed('edit', movement.status);
    const view = await repos.corridorMovements.step(
      ctx,
      scope,
      id,
      { from: change.from, to: change.to, event: 'edit', reason: null },
      {
        expectedVersion: version,
        details,
        ...(change.renotify ? { notify: movement.notifiedPartyIds } : {}),
      },
    );
    return movementDto(view, scope);
  });
}

/** The coordinator notifies the parties, sets the movement off, completes or cancels it. */
export async function stepMovement(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  id: string,
  body: MovementStepBody,
): Promise<Movement> {
  return store.transaction(async (repos) => {
    const movement = await forChange(repos, scope, id);
    const event: MovementEvent = body.event;
    const change = nextMovementStatus(movement.status, event);
    if (!change.ok) throw notAllowed(event, movement.status);
    const notify = event === 'notify' ? await partiesToNotify(repos) : undefined;
    const view = await repos.corridorMovements.step(
      ctx,
      scope,
      id,
      { from: change.from, to: change.to, event, reason: body.reason || null },
      notify ? { notify } : {},
    );
    return movementDto(view, scope);
  });
}

/**
 * A party's liaison acknowledges the notification or objects with a reason, for its own party only; the answer
 * that completes the set (every party acknowledged) makes the movement acknowledged.
 */
export async function answerMovement(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  id: string,
  body: MovementAnswerBody,
): Promise<Movement> {
  const partyId = scope.role === 'liaison' ? scope.partyId : null;
  if (!partyId) throw new HttpProblem(403, "Only a party's liaison answers a notification");
  return store.transaction(async (repos) => {
    const movement = await forChange(repos, scope, id);
    if (!movement.notifiedPartyIds.includes(partyId)) throw notFound('Movement');
    if (movement.status !== 'notified')
      throw new HttpProblem(409, `The movement is ${movement.status.replace('_', ' ')}: answers are closed`, {
        type: 'urn:parley:problem:conflict',
        errors: [{ in: 'body', path: 'answer', message: `closed when ${movement.status}` }],
        extensions: { current: movement.status },
      });
    const answer = await repos.corridorMovements.recordAnswer(ctx, id, movement.round, {
      partyId,
      answer: body.answer,
      reason: body.reason || null,
    });
    const state = acknowledgementState(movement.notifiedPartyIds, [...movement.answers, answer]);
    if (state.complete) {
      const change = nextMovementStatus(movement.status, 'all_acknowledged');
      if (change.ok) {
        await repos.corridorMovements.step(ctx, scope, id, {
          from: change.from,
          to: change.to,
          event: 'all_acknowledged',
          reason: null,
        });
      }
    }
    const view = await repos.corridorMovements.findById(scope, id);
    if (!view) throw notFound('Movement');
    return movementDto(view, scope);
  });
}
