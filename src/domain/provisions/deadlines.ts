import type { ProvisionDeadline } from './types.js';

export type DeadlineState = 'met' | 'met_late' | 'open' | 'overdue';

/** Where a deadline stands on `today` (ISO dates compare as strings). */
export function deadlineState(
  deadline: Pick<ProvisionDeadline, 'dueOn' | 'metOn'>,
  today: string,
): DeadlineState {
  if (deadline.metOn !== null && deadline.metOn <= today)
    return deadline.metOn <= deadline.dueOn ? 'met' : 'met_late';
  return today > deadline.dueOn ? 'overdue' : 'open';
}

/** Whole days a deadline is overdue on `today`, 0 when it is not. */
export function daysOverdue(deadline: Pick<ProvisionDeadline, 'dueOn' | 'metOn'>, today: string): number {
  if (deadlineState(deadline, today) !== 'overdue') return 0;
  return Math.round(
    (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${deadline.dueOn}T00:00:00Z`)) / 86_400_000,
  );
}

/** The deadlines overdue on `today`, longest overdue first. */
export function overdueDeadlines<D extends Pick<ProvisionDeadline, 'dueOn' | 'metOn'>>(
  deadlines: readonly D[],
  today: string,
): D[] {
  return deadlines
    .filter((deadline) => deadlineState(deadline, today) === 'overdue')
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}
