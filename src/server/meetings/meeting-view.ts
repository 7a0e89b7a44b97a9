import { ACTION_ITEM_ACTS, mayWrite } from '../../domain/access/policy.js';
import { actionItemState } from '../../domain/meetings/action-items.js';
import type { ActionItem, ActionItemChange, ActionItemStatus, Meeting } from '../../domain/meetings/types.js';
import { ACTION_ITEM_STATUSES } from '../../domain/meetings/types.js';
import type { PartyScope, Repositories } from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import type { ActionItemView, MeetingView } from './meetings.schemas.js';

/**
 * Whether `scope` may move `item` to `status`: when it may write the item at all (the policy's `action_item` write
 * reach: a liaison its own party's items, never an item no party owns) and its role may take the item out of its
 * status and into that one (ACTION_ITEM_ACTS).
 */
export function maySetStatus(
  scope: PartyScope,
  item: Pick<ActionItem, 'ownerPartyId' | 'status'>,
  status: ActionItemStatus,
): boolean {
  const into: readonly string[] = ACTION_ITEM_ACTS.to[status];
  const outOf: readonly string[] = ACTION_ITEM_ACTS.from[item.status];
  return (
    mayWrite(scope, 'action_item', item.ownerPartyId ?? '') &&
    into.includes(scope.role) &&
    outOf.includes(scope.role)
  );
}

/** The statuses `scope` may move `item` to now. */
export function availableStatuses(
  scope: PartyScope,
  item: Pick<ActionItem, 'ownerPartyId' | 'status'>,
): ActionItemStatus[] {
  return ACTION_ITEM_STATUSES.filter((status) => status !== item.status && maySetStatus(scope, item, status));
}

export function actionItemView(
  item: ActionItem,
  history: ActionItemChange[],
  scope: PartyScope,
  today: string,
): ActionItemView {
  return {
    ...item,
    state: actionItemState(item, today),
    history: history.map(({ actionItemId: _, ...change }) => change),
    availableStatuses: availableStatuses(scope, item),
  };
}

/** Meetings with their action items, each item's state as of `today` (domain actionItemState) and its history. */
export async function meetingViews(
  repos: Repositories,
  scope: PartyScope,
  meetings: Meeting[],
  today: string,
): Promise<MeetingView[]> {
  const items = await repos.meetings.actionItems(meetings.map((m) => m.id));
  const history = await repos.meetings.actionItemHistory(items.map((i) => i.id));
  return meetings.map((meeting) => ({
    ...meeting,
    actionItems: items
      .filter((i) => i.meetingId === meeting.id)
      .map((i) => actionItemView(i, history.get(i.id) ?? [], scope, today)),
  }));
}

export async function meetingView(
  repos: Repositories,
  scope: PartyScope,
  id: string,
  today: string,
): Promise<MeetingView> {
  const meeting = await repos.meetings.findById(id);
  if (!meeting)
    throw new HttpProblem(404, 'Meeting not found', {
      errors: [{ in: 'params', path: 'id', message: 'no such meeting' }],
    });
  const [view] = await meetingViews(repos, scope, [meeting], today);
  return view;
}
