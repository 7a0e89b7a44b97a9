import type { Acknowledgement, MovementEvent, MovementStatus } from './types.js';

const TRANSITIONS: Record<MovementEvent, { from: readonly MovementStatus[]; to: MovementStatus | 'same' }> = {
  notify: { from: ['planned'], to: 'notified' },
  all_acknowledged: { from: ['notified'], to: 'acknowledged' },
  // Notification is not a request for permission: the intermediary may set off before every answer is in.
  start: { from: ['notified', 'acknowledged'], to: 'under_way' },
  complete: { from: ['under_way'], to: 'completed' },
  cancel: { from: ['planned', 'notified', 'acknowledged', 'under_way'], to: 'cancelled' },
  // An edit after notification sends the movement back to be notified again: the old answers no longer hold.
  edit: { from: ['planned', 'notified', 'acknowledged'], to: 'same' },
};

export type MovementChange =
  | { ok: true; from: MovementStatus; to: MovementStatus; renotify: boolean }
  | { ok: false; from: MovementStatus; reason: 'not_allowed'; allowedFrom: readonly MovementStatus[] };

export function nextMovementStatus(current: MovementStatus, event: MovementEvent): MovementChange {
  const edge = TRANSITIONS[event];
  if (!edge.from.includes(current))
    return { ok: false, from: current, reason: 'not_allowed', allowedFrom: edge.from };
  if (edge.to === 'same') {
    const renotify = current !== 'planned';
    return { ok: true, from: current, to: renotify ? 'notified' : 'planned', renotify };
  }
  return { ok: true, from: current, to: edge.to, renotify: false };
}

export function availableMovementEvents(current: MovementStatus): MovementEvent[] {
  return (Object.keys(TRANSITIONS) as MovementEvent[]).filter((event) =>
    TRANSITIONS[event].from.includes(current),
  );
}

export interface AcknowledgementState {
  pending: string[];
  objections: Acknowledgement[];
  complete: boolean;
}

/**
 * Who has answered a notification: each notified party's latest answer counts. The movement is
 * acknowledged when every notified party's latest answer is an acknowledgement.
 */
export function acknowledgementState(
  notifiedPartyIds: readonly string[],
  answers: readonly Acknowledgement[],
): AcknowledgementState {
  const latest = new Map<string, Acknowledgement>();
  for (const answer of answers) {
    if (!notifiedPartyIds.includes(answer.partyId)) continue;
    const previous = latest.get(answer.partyId);
    if (previous === undefined || answer.at >= previous.at) latest.set(answer.partyId, answer);
  }
  const pending = notifiedPartyIds.filter((id) => !latest.has(id));
  const objections = [...latest.values()].filter((answer) => answer.answer === 'objected');
  return { pending, objections, complete: pending.length === 0 && objections.length === 0 };
}
