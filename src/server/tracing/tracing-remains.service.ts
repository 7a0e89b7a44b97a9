import { mayWrite } from '../../domain/access/policy.js';
import { caseDisplayName, isReadableDay, remainsInputProblems } from '../../domain/tracing/case-input.js';
import { nextCaseState } from '../../domain/tracing/case-status.js';
import { identificationProblems } from '../../domain/tracing/identification.js';
import {
  type RemainsTransferProblem,
  remainsTransferProblem,
  remainsTransferState,
} from '../../domain/tracing/remains-transfer.js';
import type { IdentificationMethod, IdentificationStatus } from '../../domain/tracing/types.js';
import type { PartyScope, Repositories, Store, WriteContext } from '../../store/index.js';
import { HttpProblem, type ProblemFieldError } from '../problem.js';
import type { RemainsBody, RemainsDetail, RemainsExchangeBody } from './tracing.schemas.js';
import { inputProblem, remainsNotFound } from './tracing-problems.js';

/** A liaison registers remains its party recovered; the coordinator registers them for a party it names. */
export async function registerRemains(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  body: RemainsBody,
  today: string,
): Promise<RemainsDetail> {
  const { partyId: named, heldByPartyId, ...input } = body;
  const problems = remainsInputProblems(input, today);
  if (problems.length > 0) throw inputProblem(problems, 'remains record');
  const partyId = scope.role === 'coordinator' ? named : scope.partyId;
  if (!partyId)
    throw new HttpProblem(400, 'Name the party that recovered the remains', {
      type: 'urn:parley:problem:validation',
      errors: [{ in: 'body', path: 'partyId', message: 'required' }],
    });
  if (!mayWrite(scope, 'tracing_remains', partyId))
    throw new HttpProblem(403, "A liaison registers its own party's remains", {
      errors: [{ in: 'body', path: 'partyId', message: 'not your party' }],
    });
  const held = heldByPartyId ?? partyId;
  const remains = await store.transaction(async (repos) => {
    for (const [path, id] of [
      ['partyId', partyId],
      ['heldByPartyId', held],
    ] as const)
      if (!(await repos.parties.findById(scope, id)))
        throw new HttpProblem(400, 'No such party', {
          type: 'urn:parley:problem:validation',
          errors: [{ in: 'body', path, message: 'no such party' }],
        });
    return repos.tracingRemains.register(ctx, scope, partyId, held, input);
  });
  return remainsDetail(store.repos, scope, remains.id);
}

export async function remainsDetail(
  repos: Repositories,
  scope: PartyScope,
  id: string,
): Promise<RemainsDetail> {
  const remains = await repos.tracingRemains.find(scope, id);
  if (!remains) throw remainsNotFound();
  const [history, resolved, transfers] = await Promise.all([
    repos.tracingRemains.history(scope, id),
    remains.caseId ? repos.tracingCases.find(scope, remains.caseId) : Promise.resolve(null),
    repos.tracingRemains.transfers({ remainsId: id }),
  ]);
  return {
    ...remains,
    history,
    transfers: transfers.map((t) => ({
      id: t.id,
      eventId: t.eventId,
      eventDate: t.eventDate,
      eventPlace: t.eventPlace,
      fromPartyId: t.fromPartyId,
      toPartyId: t.toPartyId,
      state: remainsTransferState(t.handedOverAt, t.eventStatus),
      plannedBy: t.plannedBy,
      plannedAt: t.plannedAt,
      handedOverAt: t.handedOverAt,
    })),
    case: resolved
      ? { id: resolved.id, reference: resolved.reference, displayName: caseDisplayName(resolved.person) }
      : null,
  };
}

export interface IdentificationInput {
  status: IdentificationStatus;
  method: IdentificationMethod | null;
  caseId: string | null;
  on: string;
  note: string;
}

/**
 * Records an identification step (domain identificationProblems) by the coordinator or the liaison of the party
 * holding the remains, and moves the case it resolves: a presumption makes an open case a possible match; a
 * confirmation locates the person dead. One transaction.
 */
export async function identifyRemains(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  id: string,
  body: IdentificationInput,
  today: string,
): Promise<RemainsDetail> {
  const problems: ProblemFieldError[] = identificationProblems(body).map((p) => ({
    in: 'body',
    path: p.field,
    message: p.reason,
  }));
  if (!isReadableDay(body.on))
    problems.push({ in: 'body', path: 'on', message: 'not a date that can be read' });
  else if (body.on > today) problems.push({ in: 'body', path: 'on', message: 'lies after today' });
  if (problems.length > 0)
    throw new HttpProblem(
      400,
      `The identification cannot be recorded: ${problems.map((p) => p.path).join(', ')}`,
      {
        type: 'urn:parley:problem:validation',
        errors: problems,
      },
    );
  await store.transaction(async (repos) => {
    const remains = await repos.tracingRemains.find(scope, id);
    if (!remains) throw remainsNotFound();
    if (!mayWrite(scope, 'tracing_remains', remains.heldByPartyId))
      throw new HttpProblem(403, 'The party holding the remains, or the coordinator, identifies them');
    const resolved = body.caseId ? await repos.tracingCases.find(scope, body.caseId) : null;
    if (body.caseId && !resolved)
      throw new HttpProblem(400, 'No such case', {
        type: 'urn:parley:problem:validation',
        errors: [{ in: 'body', path: 'caseId', message: 'no such case' }],
      });
    await repos.tracingRemains.identify(ctx, { remainsId: id, ...body });
    if (!resolved) return;
    const event = body.status === 'confirmed' ? 'locate_dead' : 'find_candidate';
    const change = nextCaseState(resolved, event);
    if (!change.ok) return;
    await repos.tracingCases.changeStatus(ctx, {
      caseId: resolved.id,
      from: resolved.status,
      to: change.to.status,
      aliveState: change.to.aliveState,
      event,
      reason: body.status === 'confirmed' ? 'remainsIdentified' : 'remainsPresumed',
      note: remains.reference,
      matchId: null,
    });
  });
  return remainsDetail(store.repos, scope, id);
}

export async function handOverRemains(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  id: string,
  body: { toPartyId: string; on: string; exchangeEventId: string | null },
): Promise<RemainsDetail> {
  if (!isReadableDay(body.on))
    throw new HttpProblem(400, 'The handover day cannot be read', {
      type: 'urn:parley:problem:validation',
      errors: [{ in: 'body', path: 'on', message: 'not a date that can be read' }],
    });
  await store.transaction(async (repos) => {
    const remains = await repos.tracingRemains.find(scope, id);
    if (!remains) throw remainsNotFound();
    if (!(await repos.parties.findById(scope, body.toPartyId)))
      throw new HttpProblem(400, 'No such party', {
        type: 'urn:parley:problem:validation',
        errors: [{ in: 'body', path: 'toPartyId', message: 'no such party' }],
      });
    if (body.exchangeEventId && !(await repos.exchangeEvents.findById(scope, body.exchangeEventId)))
      throw new HttpProblem(400, 'No such exchange', {
        type: 'urn:parley:problem:validation',
        errors: [{ in: 'body', path: 'exchangeEventId', message: 'no such exchange event' }],
      });
    await repos.tracingRemains.handOver(ctx, id, body.toPartyId, body.on, body.exchangeEventId);
  });
  return remainsDetail(store.repos, scope, id);
}

const TRANSFER_REFUSALS: Record<RemainsTransferProblem, { path: string; detail: string }> = {
  exchange_not_planned: {
    path: 'exchangeEventId',
    detail: 'Remains join an exchange only while it is planned',
  },
  plan_confirmed_in_part: {
    path: 'exchangeEventId',
    detail: 'A side has confirmed the plan of this exchange already: plan the remains in another',
  },
  holder_not_in_exchange: {
    path: 'exchangeEventId',
    detail: 'The party holding the remains takes no part in this exchange',
  },
  receiver_not_in_exchange: { path: 'toPartyId', detail: 'That party takes no part in this exchange' },
  same_party: { path: 'toPartyId', detail: 'The remains are held by that party already' },
  already_in_an_exchange: {
    path: 'exchangeEventId',
    detail: 'The remains are in another exchange under way',
  },
};

/**
 * The coordinator puts remains in an exchange still only planned (domain remainsTransferProblem): they go from the
 * party holding them to the exchange's other party (or the one named), and change hands when the exchange's outcome
 * is confirmed by all (confirmEvent). One transaction.
 */
export async function putRemainsInExchange(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  id: string,
  body: RemainsExchangeBody,
): Promise<RemainsDetail> {
  await store.transaction(async (repos) => {
    const remains = await repos.tracingRemains.find(scope, id);
    if (!remains) throw remainsNotFound();
    const event = await repos.exchangeEvents.findById(scope, body.exchangeEventId);
    if (!event)
      throw new HttpProblem(400, 'No such exchange', {
        type: 'urn:parley:problem:validation',
        errors: [{ in: 'body', path: 'exchangeEventId', message: 'no such exchange event' }],
      });
    const toPartyId =
      body.toPartyId ?? event.partyIds.find((p) => p !== remains.heldByPartyId) ?? remains.heldByPartyId;
    const problem = remainsTransferProblem(
      remains.heldByPartyId,
      toPartyId,
      { status: event.status, partyIds: event.partyIds, planConfirmations: event.confirmations.length },
      await repos.tracingRemains.inExchangeUnderWay(id),
    );
    if (problem) {
      const refusal = TRANSFER_REFUSALS[problem];
      throw new HttpProblem(409, refusal.detail, {
        type: 'urn:parley:problem:conflict',
        errors: [{ in: 'body', path: refusal.path, message: problem }],
      });
    }
    await repos.tracingRemains.planTransfer(ctx, {
      remainsId: id,
      eventId: event.id,
      fromPartyId: remains.heldByPartyId,
      toPartyId,
    });
  });
  return remainsDetail(store.repos, scope, id);
}
