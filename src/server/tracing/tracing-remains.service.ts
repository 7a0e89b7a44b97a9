import { mayWrite } from '../../domain/access/policy.js';
import { caseDisplayName, isReadableDay, remainsInputProblems } from '../../domain/tracing/case-input.js';
import { nextCaseState } from '../../domain/tracing/case-status.js';
import { identificationProblems } from '../../domain/tracing/identification.js';
import type { IdentificationMethod, IdentificationStatus } from '../../domain/tracing/types.js';
import type { PartyScope, Repositories, Store, WriteContext } from '../../store/index.js';
import { HttpProblem, type ProblemFieldError } from '../problem.js';
import type { RemainsBody, RemainsDetail } from './tracing.schemas.js';
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
  const [history, resolved] = await Promise.all([
    repos.tracingRemains.history(scope, id),
    remains.caseId ? repos.tracingCases.find(scope, remains.caseId) : Promise.resolve(null),
  ]);
  return {
    ...remains,
    history,
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
