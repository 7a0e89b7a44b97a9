import type { PersonStatus, StatusEvent } from './types.js';

const TRANSITIONS: Record<StatusEvent, { from: readonly PersonStatus[]; to: PersonStatus }> = {
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
};

export type StatusChange =
  | { ok: true; from: PersonStatus; to: PersonStatus }
  | { ok: false; from: PersonStatus; reason: 'not_allowed'; allowedFrom: readonly PersonStatus[] };

/** The status a person moves to on `event`, or why the event does not apply to the current status. */
export function nextStatus(current: PersonStatus, event: StatusEvent): StatusChange {
  const edge = TRANSITIONS[event];
  if (!edge.from.includes(current))
    return { ok: false, from: current, reason: 'not_allowed', allowedFrom: edge.from };
  return { ok: true, from: current, to: edge.to };
}

/** The events that apply to a person in `current`, for the page to offer. */
export function availableEvents(current: PersonStatus): StatusEvent[] {
  return (Object.keys(TRANSITIONS) as StatusEvent[]).filter((event) =>
    TRANSITIONS[event].from.includes(current),
  );
}

/** Statuses after which nothing more happens in the exchange. */
export function isFinalStatus(status: PersonStatus): boolean {
  return availableEvents(status).length === 0;
}
