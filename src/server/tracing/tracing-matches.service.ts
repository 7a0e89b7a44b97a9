import { nextCaseState } from '../../domain/tracing/case-status.js';
import type { CaseEvent, TracingCase } from '../../domain/tracing/types.js';
import type { PartyScope, Repositories, Store, TracingMatch, WriteContext } from '../../store/index.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { HttpProblem } from '../problem.js';
import { TRACING_MATCH_JOB, type TracingMatchPayload } from './match-case-job.js';
import type { MatchQueueItem } from './tracing.schemas.js';
import { caseSummary } from './tracing-cases.service.js';

/** Queues the engine's search for a case (after the write that opened or changed it has committed). */
export async function queueCaseMatching(store: Store, jobs: JobQueue, ctx: WriteContext, caseId: string) {
  await store.repos.tracingCases.setMatchProgress(caseId, {
    state: 'queued',
    done: 0,
    total: 0,
    error: null,
  });
  await jobs.enqueue<TracingMatchPayload>(TRACING_MATCH_JOB, { caseId, actor: ctx.actor });
}

export async function matchQueue(
  repos: Repositories,
  scope: PartyScope,
  limit: number,
  offset: number,
): Promise<{ items: MatchQueueItem[] }> {
  const matches = await repos.tracingMatches.queue(scope, limit, offset);
  const items: MatchQueueItem[] = [];
  for (const match of matches) {
    const view = await repos.tracingCases.find(scope, match.caseId);
    if (view) items.push({ ...matchDto(match), case: caseSummary(view) });
  }
  return { items };
}

function matchDto(match: TracingMatch) {
  const { explanation, ...rest } = match;
  return { ...rest, explanation: explanation as MatchQueueItem['explanation'] };
}

const notFound = () =>
  new HttpProblem(404, 'Candidate not found', {
    type: 'urn:parley:problem:not-found',
    errors: [{ in: 'params', path: 'id', message: 'no such candidate' }],
  });

/** What confirming a candidate of each kind says about the case: found alive, found dead, or a duplicate. */
function confirmedEvent(match: TracingMatch): CaseEvent | 'merge' {
  if (match.targetKind === 'remains') return 'locate_dead';
  if (match.targetKind === 'case') return 'merge';
  return 'locate_alive';
}

async function step(
  repos: Repositories,
  ctx: WriteContext,
  current: TracingCase,
  event: CaseEvent,
  reason: string,
  note: string,
  matchId: string | null,
  extra: { closeReason?: 'merged_into_other_case'; mergedIntoCaseId?: string } = {},
): Promise<TracingCase> {
  const change = nextCaseState(current, event);
  if (!change.ok)
    throw new HttpProblem(409, `The case is ${current.status}: ${event} does not apply`, {
      type: 'urn:parley:problem:conflict',
      errors: [{ in: 'body', path: 'decision', message: `the case is ${current.status}` }],
    });
  return repos.tracingCases.changeStatus(ctx, {
    caseId: current.id,
    from: current.status,
    to: change.to.status,
    aliveState: change.to.aliveState,
    event,
    reason,
    note,
    matchId,
    ...extra,
  });
}

/**
 * The coordinator decides a candidate, in one transaction. Confirmed: a held-list entry or an exchange person
 * locates the person alive (and exchanged, if the exchange already handed them over); remains locate them dead
 * (an identification presumed from the documents found with them); another case is a duplicate, merged into the
 * older one, both histories kept. Rejected: a case left without candidates is open again.
 */
export async function decideMatch(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  id: string,
  body: { decision: 'confirmed' | 'rejected'; note: string },
  today: string,
): Promise<{ match: MatchQueueItem }> {
  await store.transaction(async (repos) => {
    const match = await repos.tracingMatches.find(scope, id);
    if (!match) throw notFound();
    if (match.decision !== 'pending')
      throw new HttpProblem(409, 'The candidate is decided already', {
        type: 'urn:parley:problem:conflict',
        errors: [{ in: 'params', path: 'id', message: match.decision }],
      });
    const tracingCase = await repos.tracingCases.get(match.caseId);
    if (!tracingCase) throw notFound();
    await repos.tracingMatches.decide(ctx, id, body.decision, body.note);
    if (body.decision === 'rejected') {
      if (
        tracingCase.status === 'possible_match' &&
        (await repos.tracingMatches.pendingCount(tracingCase.id)) === 0
      )
        await step(repos, ctx, tracingCase, 'rule_out', 'candidateRuledOut', match.targetLabel, id);
      return;
    }
    const event = confirmedEvent(match);
    if (event === 'merge') {
      const other = await repos.tracingCases.get(match.targetId);
      if (!other) throw notFound();
      // The newer case joins the older one; the older keeps its status and shows both histories.
      const [kept, merged] =
        other.createdAt <= tracingCase.createdAt ? [other, tracingCase] : [tracingCase, other];
      await step(repos, ctx, merged, 'close', 'mergedInto', kept.reference, id, {
        closeReason: 'merged_into_other_case',
        mergedIntoCaseId: kept.id,
      });
      return;
    }
    const located = await step(repos, ctx, tracingCase, event, 'matchConfirmed', match.targetLabel, id);
    if (event === 'locate_dead') {
      await repos.tracingRemains.identify(ctx, {
        remainsId: match.targetId,
        status: 'presumptive',
        method: 'documents',
        caseId: tracingCase.id,
        on: today,
        note: body.note,
      });
      return;
    }
    if (
      match.targetKind === 'exchange_person' &&
      (await repos.tracingMatches.exchangePersonStatus(match.targetId)) === 'handed_over'
    )
      await step(repos, ctx, located, 'mark_exchanged', 'exchangedOn', match.targetLabel, id);
  });
  const decided = await store.repos.tracingMatches.decidedById(id);
  const view = decided ? await store.repos.tracingCases.find(scope, decided.caseId) : null;
  if (!decided || !view) throw notFound();
  return { match: { ...matchDto(decided), case: caseSummary(view) } };
}
