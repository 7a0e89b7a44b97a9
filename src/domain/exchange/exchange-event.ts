import { EXCHANGE_EVENT_ACTS } from '../access/policy.js';
import type { PartyScope } from '../access/types.js';
import { type StatusTransition, statusMachine } from '../status-machine.js';
import { type Confirmer, confirmExchange, confirmerFor } from './exchange-confirmation.js';
import { type StatusReason, statusReason } from './status-reasons.js';
import type { StatusEvent } from './types.js';

/**
 * Where an exchange stands. Planned, then confirmed by both liaisons and the coordinator, then carried out on the
 * day (each person recorded as handed over or not), then completed once both sides confirm that outcome; it can be
 * cancelled, or edited back to planned, until it is carried out.
 */
export const EVENT_STATUSES = ['planned', 'confirmed', 'carried_out', 'completed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * The steps of an exchange. `confirm` and `confirm_outcome` lead on only with the confirmation that completes the
 * set (domain confirmExchange); the ones before it are recorded and leave the status as it is.
 */
export const EVENT_STEPS = ['confirm', 'edit', 'cancel', 'record_outcome', 'confirm_outcome'] as const;
export type EventStep = (typeof EVENT_STEPS)[number];

const MACHINE = statusMachine<EventStatus, EventStep>({
  confirm: { from: ['planned'], to: 'confirmed' },
  edit: { from: ['planned', 'confirmed'], to: 'planned' },
  cancel: { from: ['planned', 'confirmed'], to: 'cancelled' },
  // Recorded again before it is confirmed, the outcome replaces the one recorded and its confirmations start over.
  record_outcome: { from: ['confirmed', 'carried_out'], to: 'carried_out' },
  confirm_outcome: { from: ['carried_out'], to: 'completed' },
});

/** The status `step` leads to from `current`, or why it does not apply there. */
export function nextEventStatus(current: EventStatus, step: EventStep): StatusTransition<EventStatus> {
  return MACHINE.next(current, step);
}

/** Whether persons of this exchange are still bound to it (in no other planned exchange meanwhile). */
export function holdsItsPersons(status: EventStatus): boolean {
  return status === 'planned' || status === 'confirmed' || status === 'carried_out';
}

/** What happened to one person on the day. */
export const PERSON_OUTCOMES = ['handed_over', 'not_handed_over'] as const;
export type PersonOutcomeKind = (typeof PERSON_OUTCOMES)[number];

/** Why a person of the exchange was not handed over on the day. */
export const NOT_HANDED_OVER_REASONS = [
  'refused_repatriation',
  'health',
  'absent',
  'identity_disputed',
] as const;
export type NotHandedOverReason = (typeof NOT_HANDED_OVER_REASONS)[number];

export interface PersonOutcome {
  personId: string;
  outcome: PersonOutcomeKind;
  /** Required when not handed over; none when handed over. */
  reason: NotHandedOverReason | null;
  /** Words of the person recording it (optional). */
  note: string | null;
}

export type OutcomeProblemKind =
  | 'not_in_event'
  | 'twice'
  | 'reason_missing'
  | 'reason_not_expected'
  | 'missing';

/** A problem with one row of a recorded outcome (`index` in the outcomes sent; null for a person left out). */
export interface OutcomeProblem {
  index: number | null;
  personId: string;
  problem: OutcomeProblemKind;
}

/** The problems of an outcome for the persons of an exchange: every person once, a reason when not handed over. */
export function outcomeProblems(
  personIds: readonly string[],
  outcomes: readonly PersonOutcome[],
): OutcomeProblem[] {
  const inEvent = new Set(personIds);
  const seen = new Set<string>();
  const problems: OutcomeProblem[] = [];
  outcomes.forEach((o, index) => {
    const at = { index, personId: o.personId };
    if (!inEvent.has(o.personId)) problems.push({ ...at, problem: 'not_in_event' });
    else if (seen.has(o.personId)) problems.push({ ...at, problem: 'twice' });
    else if (o.outcome === 'not_handed_over' && !o.reason)
      problems.push({ ...at, problem: 'reason_missing' });
    else if (o.outcome === 'handed_over' && o.reason)
      problems.push({ ...at, problem: 'reason_not_expected' });
    seen.add(o.personId);
  });
  for (const personId of personIds) {
    if (!seen.has(personId)) problems.push({ index: null, personId, problem: 'missing' });
  }
  return problems;
}

/** One person's status step once the outcome is confirmed by all. */
export interface OutcomeStatusStep {
  personId: string;
  event: StatusEvent;
  reason: StatusReason;
}

/**
 * What a confirmed outcome means for persons: those handed over are handed over; the others leave the exchange
 * and go back to verified (the status they had before it), the reason and any note in their history.
 */
export function outcomeStatusSteps(
  event: { date: string; place: string },
  outcomes: readonly PersonOutcome[],
): OutcomeStatusStep[] {
  return outcomes.map((o) => {
    if (o.outcome === 'handed_over') {
      return {
        personId: o.personId,
        event: 'hand_over',
        reason: statusReason('handedOverAtExchange', { date: event.date, place: event.place }),
      };
    }
    const note = o.note?.trim();
    return {
      personId: o.personId,
      event: 'exclude',
      reason: statusReason('notHandedOver', {
        date: event.date,
        reason: o.reason ?? '',
        ...(note ? { note } : {}),
      }),
    };
  });
}

/** The latest calendar date anywhere on Earth (UTC+14) at `now`: an exchange's day has begun somewhere by then. */
export function latestLocalDate(now: string): string {
  return new Date(Date.parse(now) + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** Whether the outcome of an exchange dated `date` may be recorded at `now`: not before its day. */
export function carryOutProblem(date: string, now: string): 'before_the_day' | null {
  return date > latestLocalDate(now) ? 'before_the_day' : null;
}

/** An exchange as its steps need it: its status, its parties and who confirmed the plan and the outcome. */
export interface EventState {
  status: EventStatus;
  partyIds: readonly string[];
  planConfirmedBy: readonly Confirmer[];
  outcomeConfirmedBy: readonly Confirmer[];
}

export type ConfirmStepResult =
  | { ok: true; confirmedBy: Confirmer[]; status: EventStatus; complete: boolean }
  | { ok: false; reason: 'not_allowed' | 'already_confirmed' | 'not_a_party' | 'not_a_confirmer' };

/**
 * One confirmation of the plan (`confirm`) or of the outcome (`confirm_outcome`), by the same rule for both
 * (domain confirmExchange): the one that completes the set moves the exchange on.
 */
export function confirmStep(
  state: EventState,
  step: 'confirm' | 'confirm_outcome',
  scope: Pick<PartyScope, 'role' | 'partyId'>,
): ConfirmStepResult {
  const move = nextEventStatus(state.status, step);
  if (!move.ok) return { ok: false, reason: 'not_allowed' };
  const confirmer = confirmerFor(scope);
  if (!confirmer) return { ok: false, reason: 'not_a_confirmer' };
  const confirmedBy = step === 'confirm' ? state.planConfirmedBy : state.outcomeConfirmedBy;
  const result = confirmExchange({ partyIds: state.partyIds, confirmedBy }, confirmer);
  if (!result.ok)
    return { ok: false, reason: result.reason === 'not_a_party' ? 'not_a_party' : 'already_confirmed' };
  return {
    ok: true,
    confirmedBy: result.confirmedBy,
    status: result.complete ? move.to : state.status,
    complete: result.complete,
  };
}

/**
 * The steps this reader may take now (for the page to offer): the status allows the step, the reader's role may
 * take it (domain/access/policy.ts `EXCHANGE_EVENT_ACTS`), and a confirmation is the reader's side's to give.
 */
export function availableEventSteps(
  state: EventState,
  scope: Pick<PartyScope, 'role' | 'partyId'>,
): EventStep[] {
  return MACHINE.available(state.status).filter((step) => {
    if (!(EXCHANGE_EVENT_ACTS[step] as readonly string[]).includes(scope.role)) return false;
    return step === 'confirm' || step === 'confirm_outcome' ? confirmStep(state, step, scope).ok : true;
  });
}

/** What an edit changes in the persons of an exchange. */
export interface EventEdit {
  added: string[];
  removed: string[];
  /** Anything changed (date, place, kind of place or persons): the plan's confirmations start over. */
  changed: boolean;
}

export interface EventPlanFields {
  date: string;
  place: string;
  placeKind: string;
  personIds: readonly string[];
}

export function eventEdit(current: EventPlanFields, next: EventPlanFields): EventEdit {
  const before = new Set(current.personIds);
  const after = new Set(next.personIds);
  const added = [...after].filter((id) => !before.has(id));
  const removed = [...before].filter((id) => !after.has(id));
  const changed =
    added.length > 0 ||
    removed.length > 0 ||
    current.date !== next.date ||
    current.place !== next.place ||
    current.placeKind !== next.placeKind;
  return { added, removed, changed };
}
