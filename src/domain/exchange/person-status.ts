import { type StatusTransition, statusMachine } from '../status-machine.js';
import type { PersonStatus, StatusEvent } from './types.js';

const MACHINE = statusMachine<PersonStatus, StatusEvent>({
  locate: { from: ['listed'], to: 'located' },
  unlocate: { from: ['located', 'verified'], to: 'listed' },
  verify: { from: ['located'], to: 'verified' },
  include: { from: ['verified'], to: 'included' },
  exclude: { from: ['included'], to: 'verified' },
  hand_over: { from: ['included'], to: 'handed_over' },
  return: { from: ['handed_over'], to: 'returned' },
  release: { from: ['listed', 'located', 'verified', 'included'], to: 'released' },
  declare_deceased: { from: ['listed', 'located', 'verified', 'included'], to: 'deceased' },
  hand_over_remains: { from: ['deceased'], to: 'remains_handed_over' },
});

export type StatusChange = StatusTransition<PersonStatus>;

/** The status a person moves to on `event`, or why the event does not apply to the current status. */
export function nextStatus(current: PersonStatus, event: StatusEvent): StatusChange {
  return MACHINE.next(current, event);
}

/** The events that apply to a person in `current`, for the page to offer. */
export function availableEvents(current: PersonStatus): StatusEvent[] {
  return MACHINE.available(current);
}

/** Statuses after which nothing more happens in the exchange. */
export function isFinalStatus(status: PersonStatus): boolean {
  return availableEvents(status).length === 0;
}
