import { actionItemState } from '../../domain/meetings/action-items.js';
import type { ActionItem, Meeting } from '../../domain/meetings/types.js';
import type { Repositories } from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import type { ActionItemView, MeetingView } from './meetings.schemas.js';

export function actionItemView(item: ActionItem, today: string): ActionItemView {
  return { ...item, state: actionItemState(item, today) };
}

/** Meetings with their action items, each item's state as of `today` (domain actionItemState). */
export async function meetingViews(
  repos: Repositories,
  meetings: Meeting[],
  today: string,
): Promise<MeetingView[]> {
  const items = await repos.meetings.actionItems(meetings.map((m) => m.id));
  return meetings.map((meeting) => ({
    ...meeting,
    actionItems: items.filter((i) => i.meetingId === meeting.id).map((i) => actionItemView(i, today)),
  }));
}

export async function meetingView(repos: Repositories, id: string, today: string): Promise<MeetingView> {
  const meeting = await repos.meetings.findById(id);
  if (!meeting)
    throw new HttpProblem(404, 'Meeting not found', {
      errors: [{ in: 'params', path: 'id', message: 'no such meeting' }],
    });
  const [view] = await meetingViews(repos, [meeting], today);
  return view;
}
