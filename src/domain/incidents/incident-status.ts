import { type StatusTransition, statusMachine } from '../status-machine.js';
import type { IncidentEvent, IncidentStatus } from './types.js';

const MACHINE = statusMachine<IncidentStatus, IncidentEvent>({
  start_review: { from: ['reported'], to: 'under_review' },
  verify: { from: ['under_review'], to: 'verified' },
  find_unverified: { from: ['under_review'], to: 'not_verified' },
  find_disputed: { from: ['under_review'], to: 'disputed' },
  reopen: { from: ['verified', 'not_verified', 'disputed'], to: 'under_review' },
  publish: { from: ['verified', 'not_verified', 'disputed'], to: 'published' },
});

export type IncidentStatusChange = StatusTransition<IncidentStatus>;

/** The status an incident moves to on `event`, or why the event does not apply to the current status. */
export function nextIncidentStatus(current: IncidentStatus, event: IncidentEvent): IncidentStatusChange {
  return MACHINE.next(current, event);
}

export function availableIncidentEvents(current: IncidentStatus): IncidentEvent[] {
  return MACHINE.available(current);
}

/** A finding must exist before the monitor can close the review: these events record one. */
export function eventNeedsFinding(event: IncidentEvent): boolean {
  return event === 'verify' || event === 'find_unverified' || event === 'find_disputed';
}

/** Observers see an incident only once it is published. */
export function isPublished(status: IncidentStatus): boolean {
  return status === 'published';
}
