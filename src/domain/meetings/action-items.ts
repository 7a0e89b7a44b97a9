import type { ActionItem } from './types.js';

export type ActionItemState = 'done' | 'dropped' | 'open' | 'overdue';

/** Where an action item stands on `today`: done, dropped, still open, or open past its due day. */
export function actionItemState(item: Pick<ActionItem, 'status' | 'dueOn'>, today: string): ActionItemState {
  if (item.status !== 'open') return item.status;
  return item.dueOn !== null && today > item.dueOn ? 'overdue' : 'open';
}

export interface ActionItemTally {
  done: number;
  open: number;
  overdue: number;
  dropped: number;
}

/** Action items linked to each provision, counted by state: done ones are evidence of implementation. */
export function actionItemsByProvision(
  items: readonly ActionItem[],
  today: string,
): Map<string, ActionItemTally> {
  const tallies = new Map<string, ActionItemTally>();
  for (const item of items) {
    const state = actionItemState(item, today);
    for (const provisionId of item.provisionIds) {
      const tally = tallies.get(provisionId) ?? { done: 0, open: 0, overdue: 0, dropped: 0 };
      tally[state] += 1;
      tallies.set(provisionId, tally);
    }
  }
  return tallies;
}

/** Meetings that have not begun by `now`, soonest first: the dashboard's "next meetings". */
export function upcoming<M extends { startsAt: string }>(
  meetings: readonly M[],
  now: string,
  limit: number,
): M[] {
  return meetings
    .filter((meeting) => meeting.startsAt >= now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .slice(0, limit);
}
