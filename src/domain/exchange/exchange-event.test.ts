import { describe, expect, it } from 'vitest';
import {
  availableEventSteps,
  carryOutProblem,
  confirmStep,
  type EventState,
  eventEdit,
  holdsItsPersons,
  latestLocalDate,
  NOT_HANDED_OVER_REASONS,
  nextEventStatus,
  outcomeProblems,
  outcomeStatusSteps,
} from './exchange-event.js';
import { nextStatus } from './person-status.js';

const coordinator = { role: 'coordinator' as const, partyId: null };
const am = { role: 'liaison' as const, partyId: 'AM' };
const az = { role: 'liaison' as const, partyId: 'AZ' };
const pk = { role: 'liaison' as const, partyId: 'PK' };
const observer = { role: 'observer' as const, partyId: null };

const planned: EventState = {
  status: 'planned',
  partyIds: ['AM', 'AZ'],
  planConfirmedBy: [],
  outcomeConfirmedBy: [],
};

/** Confirms `step` by each reader in turn, returning the state after each. */
function confirmAll(
  state: EventState,
  step: 'confirm' | 'confirm_outcome',
  readers: (typeof am)[] | object[],
) {
  let current = state;
  const statuses: string[] = [];
  for (const reader of readers) {
    const result = confirmStep(current, step, reader as typeof am);
    if (!result.ok) throw new Error(result.reason);
    current = {
      ...current,
      status: result.status,
      ...(step === 'confirm'
        ? { planConfirmedBy: result.confirmedBy }
        : { outcomeConfirmedBy: result.confirmedBy }),
    };
    statuses.push(result.status);
  }
  return { state: current, statuses };
}

describe('exchange lifecycle', () => {
  it('runs planned → confirmed → carried out → completed, each confirmation round needing both liaisons and the coordinator', () => {
    const plan = confirmAll(planned, 'confirm', [am, az, coordinator]);
    expect(plan.statuses).toEqual(['planned', 'planned', 'confirmed']);
    const carried = nextEventStatus(plan.state.status, 'record_outcome');
    expect(carried).toEqual({ ok: true, from: 'confirmed', to: 'carried_out' });
    const outcome = confirmAll({ ...plan.state, status: 'carried_out' }, 'confirm_outcome', [
      coordinator,
      az,
      am,
    ]);
    expect(outcome.statuses).toEqual(['carried_out', 'carried_out', 'completed']);
  });

  it('does not carry out a plan that is not confirmed by all, nor confirm an outcome not recorded', () => {
    expect(nextEventStatus('planned', 'record_outcome')).toMatchObject({
      ok: false,
      allowedFrom: ['confirmed', 'carried_out'],
    });
    expect(confirmStep(planned, 'confirm_outcome', coordinator)).toEqual({
      ok: false,
      reason: 'not_allowed',
    });
  });

  it('refuses a second confirmation by one side, a party not in the exchange, and a reader who confirms nothing', () => {
    const once = confirmAll(planned, 'confirm', [am]).state;
    expect(confirmStep(once, 'confirm', am)).toEqual({ ok: false, reason: 'already_confirmed' });
    expect(confirmStep(once, 'confirm', pk)).toEqual({ ok: false, reason: 'not_a_party' });
    expect(confirmStep(once, 'confirm', observer)).toEqual({ ok: false, reason: 'not_a_confirmer' });
  });

  it('edits and cancels until carried out, never after', () => {
    for (const status of ['planned', 'confirmed'] as const) {
      expect(nextEventStatus(status, 'edit')).toMatchObject({ ok: true, to: 'planned' });
      expect(nextEventStatus(status, 'cancel')).toMatchObject({ ok: true, to: 'cancelled' });
    }
    for (const status of ['carried_out', 'completed', 'cancelled'] as const) {
      expect(nextEventStatus(status, 'edit').ok).toBe(false);
      expect(nextEventStatus(status, 'cancel').ok).toBe(false);
    }
    expect(
      ['planned', 'confirmed', 'carried_out', 'completed', 'cancelled'].filter((s) =>
        holdsItsPersons(s as never),
      ),
    ).toEqual(['planned', 'confirmed', 'carried_out']);
  });

  it('offers each reader only the steps its role and side may take now', () => {
    expect(availableEventSteps(planned, coordinator)).toEqual(['confirm', 'edit', 'cancel']);
    expect(availableEventSteps(planned, am)).toEqual(['confirm']);
    expect(availableEventSteps(planned, pk)).toEqual([]);
    expect(availableEventSteps(planned, observer)).toEqual([]);
    const byAm = confirmAll(planned, 'confirm', [am]).state;
    expect(availableEventSteps(byAm, am)).toEqual([]);
    const confirmed = confirmAll(planned, 'confirm', [am, az, coordinator]).state;
    expect(availableEventSteps(confirmed, coordinator)).toEqual(['edit', 'cancel', 'record_outcome']);
    expect(availableEventSteps(confirmed, az)).toEqual([]);
    const carried = { ...confirmed, status: 'carried_out' as const };
    expect(availableEventSteps(carried, az)).toEqual(['confirm_outcome']);
    expect(availableEventSteps(carried, coordinator)).toEqual(['record_outcome', 'confirm_outcome']);
    expect(availableEventSteps({ ...carried, status: 'completed' }, coordinator)).toEqual([]);
  });
});

describe('the outcome of the day', () => {
  it('accounts for every person once, with a reason exactly when not handed over', () => {
    expect(
      outcomeProblems(
        ['p1', 'p2', 'p3', 'p4'],
        [
          { personId: 'p1', outcome: 'handed_over', reason: null, note: null },
          { personId: 'p2', outcome: 'not_handed_over', reason: null, note: null },
          { personId: 'p3', outcome: 'handed_over', reason: 'health', note: null },
          { personId: 'p1', outcome: 'handed_over', reason: null, note: null },
          { personId: 'x9', outcome: 'handed_over', reason: null, note: null },
        ],
      ),
    ).toEqual([
      { index: 1, personId: 'p2', problem: 'reason_missing' },
      { index: 2, personId: 'p3', problem: 'reason_not_expected' },
      { index: 3, personId: 'p1', problem: 'twice' },
      { index: 4, personId: 'x9', problem: 'not_in_event' },
      { index: null, personId: 'p4', problem: 'missing' },
    ]);
    expect(
      outcomeProblems(['p1'], [{ personId: 'p1', outcome: 'not_handed_over', reason: 'absent', note: null }]),
    ).toEqual([]);
  });

  it('hands over those handed over; the others go back to verified with the reason and note', () => {
    const steps = outcomeStatusSteps({ date: '2020-12-20', place: 'Goris' }, [
      { personId: 'p1', outcome: 'handed_over', reason: null, note: null },
      {
        personId: 'p2',
        outcome: 'not_handed_over',
        reason: 'refused_repatriation',
        note: ' asked for asylum ',
      },
    ]);
    expect(steps).toEqual([
      {
        personId: 'p1',
        event: 'hand_over',
        reason: { key: 'handedOverAtExchange', params: { date: '2020-12-20', place: 'Goris' } },
      },
      {
        personId: 'p2',
        event: 'exclude',
        reason: {
          key: 'notHandedOver',
          params: { date: '2020-12-20', reason: 'refused_repatriation', note: 'asked for asylum' },
        },
      },
    ]);
    for (const step of steps) expect(nextStatus('included', step.event).ok).toBe(true);
    expect(nextStatus('included', 'exclude')).toMatchObject({ to: 'verified' });
    expect(NOT_HANDED_OVER_REASONS).toEqual([
      'refused_repatriation',
      'health',
      'absent',
      'identity_disputed',
    ]);
  });

  it('is recorded from the day of the exchange, wherever on Earth that day has begun', () => {
    expect(latestLocalDate('2020-12-19T09:59:59.000Z')).toBe('2020-12-19');
    expect(latestLocalDate('2020-12-19T10:00:00.000Z')).toBe('2020-12-20');
    expect(carryOutProblem('2020-12-20', '2020-12-03T10:00:00.000Z')).toBe('before_the_day');
    expect(carryOutProblem('2020-12-20', '2020-12-19T10:00:00.000Z')).toBeNull();
    expect(carryOutProblem('2020-12-20', '2020-12-25T10:00:00.000Z')).toBeNull();
  });
});

describe('editing a plan', () => {
  const current = { date: '2020-12-20', place: 'Goris', placeKind: 'checkpoint', personIds: ['p1', 'p2'] };
  it('says who is added and taken out, and whether anything changed', () => {
    expect(eventEdit(current, { ...current, personIds: ['p2', 'p3'] })).toEqual({
      added: ['p3'],
      removed: ['p1'],
      changed: true,
    });
    expect(eventEdit(current, { ...current, date: '2020-12-21' })).toEqual({
      added: [],
      removed: [],
      changed: true,
    });
    expect(eventEdit(current, { ...current, personIds: ['p2', 'p1'] })).toEqual({
      added: [],
      removed: [],
      changed: false,
    });
  });
});
