import { placeById } from '../../domain/gazetteer/gazetteer.js';
import { actionItemProblems, meetingProblems } from '../../domain/meetings/meeting-rules.js';
import {
  type PartyScope,
  type Repositories,
  type Store,
  SYSTEM_SCOPE,
  type WriteContext,
} from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import { maySetStatus, meetingView } from './meeting-view.js';
import type {
  ActionItemPatchBody,
  MeetingView,
  NewActionItemBody,
  NewMeetingBody,
} from './meetings.schemas.js';

const invalid = (what: string, problems: { field: string; reason: string }[]) =>
  new HttpProblem(400, `Invalid ${what}: ${problems.map((p) => p.field).join(', ')}`, {
    type: 'urn:parley:problem:validation',
    errors: problems.map((p) => ({ in: 'body', path: p.field, message: p.reason })),
  });

async function known(repos: Repositories, provisionIds: string[]) {
  const provisions = await repos.meetings.existingProvisions(provisionIds);
  const parties = new Set((await repos.parties.list(SYSTEM_SCOPE)).map((p) => p.id));
  return {
    provision: (id: string) => provisions.has(id),
    party: (id: string) => parties.has(id),
    place: (id: string) => placeById(id) !== undefined,
  };
}

/** The coordinator records a meeting (domain meetingProblems names each wrong field; nothing stored then). */
export async function recordMeeting(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  body: NewMeetingBody,
  today: string,
): Promise<MeetingView> {
  return store.transaction(async (repos) => {
    const problems = meetingProblems(body, await known(repos, body.topicProvisionIds));
    if (problems.length > 0) throw invalid('meeting', problems);
    const placeName = body.placeName.trim() || placeById(body.placeId ?? '')?.names.en[0] || '';
    const id = await repos.meetings.create(ctx, {
      ...body,
      startsAt: new Date(body.startsAt).toISOString(),
      endsAt: body.endsAt === null ? null : new Date(body.endsAt).toISOString(),
      placeName,
      outcome: body.outcome.trim(),
    });
    return meetingView(repos, scope, id, today);
  });
}

/** The coordinator adds what a meeting agreed to do, with owner, deadline and the provisions it serves. */
export async function addActionItem(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  meetingId: string,
  body: NewActionItemBody,
  today: string,
): Promise<MeetingView> {
  return store.transaction(async (repos) => {
    await meetingView(repos, scope, meetingId, today);
    const problems = actionItemProblems(
      { ...body, status: 'open', doneOn: null },
      await known(repos, body.provisionIds),
      today,
    );
    if (problems.length > 0) throw invalid('action item', problems);
    await repos.meetings.addActionItem(ctx, { ...body, meetingId, status: 'open', doneOn: null });
    return meetingView(repos, scope, meetingId, today);
  });
}

/**
 * An action item marked done (on a day), dropped or open again, with a note kept in its history. The liaisons of the
 * party that owns an item mark it done (or not done after all); the coordinator any item, and only it drops one
 * (policy `action_item`, ACTION_ITEM_ACTS). Done items are evidence for their provisions.
 */
export async function setActionItemStatus(
  store: Store,
  ctx: WriteContext,
  scope: PartyScope,
  itemId: string,
  body: ActionItemPatchBody,
  today: string,
): Promise<MeetingView> {
  return store.transaction(async (repos) => {
    const item = await repos.meetings.actionItemById(itemId);
    if (!item)
      throw new HttpProblem(404, 'Action item not found', {
        errors: [{ in: 'params', path: 'id', message: 'no such action item' }],
      });
    if (!maySetStatus(scope, item, body.status))
      throw new HttpProblem(
        403,
        scope.role === 'liaison' && item.ownerPartyId !== scope.partyId
          ? "This action item is not your party's to mark"
          : item.status === 'dropped'
            ? 'Only the coordinator takes a dropped action item up again'
            : `Only the coordinator sets an action item ${body.status}`,
        { errors: [{ in: 'body', path: 'status', message: 'not_allowed' }] },
      );
    const problems = actionItemProblems({ ...item, ...body }, await known(repos, item.provisionIds), today);
    if (problems.length > 0) throw invalid('action item', problems);
    await repos.meetings.setActionItemStatus(ctx, itemId, {
      status: body.status,
      doneOn: body.doneOn,
      note: body.note,
      byPartyId: scope.role === 'liaison' ? scope.partyId : null,
    });
    return meetingView(repos, scope, item.meetingId, today);
  });
}
