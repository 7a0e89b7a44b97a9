import { mayWrite } from '../../domain/access/policy.js';
import { caseDisplayName, caseInputProblems } from '../../domain/tracing/case-input.js';
import { availableCaseEvents, nextCaseState } from '../../domain/tracing/case-status.js';
import type { CaseEvent, CaseInput, CaseView, CloseReason } from '../../domain/tracing/types.js';
import type { CaseFilter, PartyScope, Repositories, Store, WriteContext } from '../../store/index.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { HttpProblem } from '../problem.js';
import type { CaseBody, CaseDetail, CaseSummary } from './tracing.schemas.js';
import { queueCaseMatching } from './tracing-matches.service.js';
import { caseNotFound, inputProblem } from './tracing-problems.js';

export function caseSummary(view: CaseView): CaseSummary {
  const { openedBy: _openedBy, pfifRecordId: _pfif, ...rest } = view;
  return { ...rest, displayName: caseDisplayName(view.person) };
}

/** Checks a case as entered (domain caseInputProblems); a 400 naming each field at fault, nothing stored. */
export function checkedCaseInput(body: CaseBody, today: string): CaseInput {
  const problems = caseInputProblems(body, today);
  if (problems.length > 0) throw inputProblem(problems, 'case');
  return body;
}

/** A liaison opens a case for a family of its party; the engine then searches for the person (queued). */
export async function openCase(
  store: Store,
  jobs: JobQueue,
  ctx: WriteContext,
  scope: PartyScope,
  body: CaseBody,
  today: string,
): Promise<CaseDetail> {
  const input = checkedCaseInput(body, today);
  if (!scope.partyId || !mayWrite(scope, 'tracing_case', scope.partyId))
    throw new HttpProblem(403, "Only a party's liaison opens a case for its families");
  const opened = await store.transaction((repos) =>
    repos.tracingCases.open(ctx, scope, scope.partyId!, input),
  );
  await queueCaseMatching(store, jobs, ctx, opened.id);
  return caseDetail(store.repos, scope, opened.id);
}

export async function editCase(
  store: Store,
  jobs: JobQueue,
  ctx: WriteContext,
  scope: PartyScope,
  id: string,
  body: CaseBody,
  today: string,
): Promise<CaseDetail> {
  const input = checkedCaseInput(body, today);
  await store.transaction(async (repos) => {
    const current = await repos.tracingCases.find(scope, id);
    if (current?.visibility !== 'full' || !mayWrite(scope, 'tracing_case', current.openedByPartyId))
      throw caseNotFound();
    await repos.tracingCases.edit(ctx, scope, id, input);
  });
  // What the family told changed: the engine searches again.
  await queueCaseMatching(store, jobs, ctx, id);
  return caseDetail(store.repos, scope, id);
}

/** A case with what this reader may see of it: the timeline, identified remains and confirmed matches when full. */
export async function caseDetail(repos: Repositories, scope: PartyScope, id: string): Promise<CaseDetail> {
  const view = await repos.tracingCases.find(scope, id);
  if (!view) throw caseNotFound();
  const full = view.visibility === 'full';
  const [history, remains, progress, confirmed] = await Promise.all([
    full ? repos.tracingCases.history(scope, id) : Promise.resolve([]),
    full ? repos.tracingRemains.forCases([id]) : Promise.resolve([]),
    repos.tracingCases.matchProgress(id),
    full ? repos.tracingMatches.confirmedFor(id) : Promise.resolve([]),
  ]);
  const maySteer =
    scope.role === 'coordinator' || (full && mayWrite(scope, 'tracing_case', view.openedByPartyId));
  return {
    ...caseSummary(view),
    history,
    remains: remains.map((r) => ({
      id: r.id,
      reference: r.reference,
      identification: r.identification,
      method: r.method,
    })),
    // What the coordinator confirmed the person was found as: its kind and label, never the explanation.
    foundAs: confirmed.map((m) => ({
      id: m.id,
      targetKind: m.targetKind,
      targetLabel: m.targetLabel,
      decidedAt: m.decidedAt,
    })),
    matching: {
      state: progress?.state ?? 'idle',
      done: progress?.done ?? 0,
      total: progress?.total ?? 0,
    },
    events: maySteer ? eventsFor(scope, view) : [],
  };
}

export async function listCases(
  repos: Repositories,
  scope: PartyScope,
  filter: CaseFilter,
): Promise<{ items: CaseSummary[]; total: number }> {
  const { items, total } = await repos.tracingCases.list(scope, filter);
  return { items: items.map(caseSummary), total };
}

/** A liaison closes or reopens its own party's cases; the coordinator moves a case by any event the domain allows. */
const LIAISON_EVENTS: readonly CaseEvent[] = ['close', 'reopen'];

function eventsFor(scope: PartyScope, view: CaseView): CaseEvent[] {
  const events = availableCaseEvents(view);
  return scope.role === 'coordinator' ? events : events.filter((e) => LIAISON_EVENTS.includes(e));
}

const REASON_OF: Record<string, string> = { coordinator: 'coordinatorDecision', liaison: 'liaisonDecision' };

export async function changeCaseStatus(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  id: string,
  body: { event: CaseEvent; closeReason?: CloseReason; note: string },
): Promise<CaseDetail> {
  await store.transaction(async (repos) => {
    const view = await repos.tracingCases.find(scope, id);
    const mayAct =
      view !== null &&
      (scope.role === 'coordinator' ||
        (view.visibility === 'full' && mayWrite(scope, 'tracing_case', view.openedByPartyId)));
    if (!view || !mayAct) throw caseNotFound();
    if (scope.role !== 'coordinator' && !LIAISON_EVENTS.includes(body.event))
      throw new HttpProblem(403, 'A liaison closes or reopens its cases; the coordinator decides the rest', {
        errors: [{ in: 'body', path: 'event', message: 'not yours to decide' }],
      });
    if (body.event === 'close' && !body.closeReason)
      throw new HttpProblem(400, 'A case is closed with a reason', {
        type: 'urn:parley:problem:validation',
        errors: [{ in: 'body', path: 'closeReason', message: 'required' }],
      });
    const change = nextCaseState(view, body.event);
    if (!change.ok)
      throw new HttpProblem(409, `The case is ${view.status}: ${body.event} does not apply`, {
        type: 'urn:parley:problem:conflict',
        errors: [{ in: 'body', path: 'event', message: `allowed from ${change.allowedFrom.join(', ')}` }],
        extensions: { current: view.status },
      });
    await repos.tracingCases.changeStatus(ctx, {
      caseId: id,
      from: view.status,
      to: change.to.status,
      aliveState: change.to.aliveState,
      event: body.event,
      reason: REASON_OF[scope.role] ?? 'coordinatorDecision',
      note: body.note,
      matchId: null,
      closeReason: body.closeReason ?? null,
    });
  });
  return caseDetail(store.repos, scope, id);
}
