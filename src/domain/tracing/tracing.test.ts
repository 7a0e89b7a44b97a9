import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PartyScope } from '../access/types.js';
import { availableCaseEvents, type CaseState, nextCaseState } from './case-status.js';
import { canConfirm, identificationProblems } from './identification.js';
import { remainsCountsAsOf } from './remains-counts.js';
import { caseVisibility, isExpired, OBSERVER_COUNTED_LEVELS } from './sharing.js';
import { ALIVE_STATES, CASE_EVENTS, CASE_STATUSES } from './types.js';

const open: CaseState = { status: 'open', aliveState: null };

function run(state: CaseState, events: (typeof CASE_EVENTS)[number][]): CaseState {
  let current = state;
  for (const event of events) {
    const change = nextCaseState(current, event);
    if (!change.ok) throw new Error(`${event} refused from ${current.status}`);
    current = change.to;
  }
  return current;
}

describe('a tracing case', () => {
  it('is located alive as held, then exchanged, then returned', () => {
    expect(run(open, ['find_candidate', 'locate_alive'])).toEqual({
      status: 'located_alive',
      aliveState: 'held',
    });
    expect(run(open, ['locate_alive', 'mark_exchanged', 'mark_returned'])).toEqual({
      status: 'located_alive',
      aliveState: 'returned',
    });
  });

  it('goes back to open when the only candidate is ruled out', () => {
    expect(run(open, ['find_candidate', 'rule_out'])).toEqual(open);
  });

  it('can learn that a person found alive has died, but not the reverse', () => {
    expect(run(open, ['locate_alive', 'locate_dead'])).toEqual({ status: 'located_dead', aliveState: null });
    const dead = run(open, ['locate_dead']);
    expect(nextCaseState(dead, 'locate_alive').ok).toBe(false);
  });

  it('does not mark as exchanged someone already returned', () => {
    const returned = run(open, ['locate_alive', 'mark_returned']);
    expect(nextCaseState(returned, 'mark_exchanged').ok).toBe(false);
  });

  it('keeps an alive state only while located alive, whatever the events', () => {
    const arbitraryState = fc.oneof(
      fc.record({
        status: fc.constantFrom(...CASE_STATUSES.filter((s) => s !== 'located_alive')),
        aliveState: fc.constant(null),
      }),
      fc.record({
        status: fc.constant('located_alive' as const),
        aliveState: fc.constantFrom(...ALIVE_STATES),
      }),
    );
    fc.assert(
      fc.property(arbitraryState, fc.array(fc.constantFrom(...CASE_EVENTS)), (start, events) => {
        let state: CaseState = start;
        for (const event of events) {
          const change = nextCaseState(state, event);
          expect(change.ok).toBe(availableCaseEvents(state).includes(event));
          if (change.ok) state = change.to;
          expect(state.aliveState !== null).toBe(state.status === 'located_alive');
        }
      }),
    );
  });
});

describe('identification of remains', () => {
  it('confirms only by a scientific method; documents or recognition make it presumptive', () => {
    expect(canConfirm('dna')).toBe(true);
    expect(canConfirm('documents')).toBe(false);
    expect(identificationProblems({ status: 'confirmed', method: 'visual', caseId: 'c1' })).toEqual([
      { field: 'method', reason: 'cannot_confirm' },
    ]);
    expect(identificationProblems({ status: 'presumptive', method: 'documents', caseId: 'c1' })).toEqual([]);
  });

  it('needs the case it resolves and its method, and clears the case when it is withdrawn', () => {
    expect(identificationProblems({ status: 'confirmed', method: null, caseId: null })).toEqual([
      { field: 'method', reason: 'required' },
      { field: 'caseId', reason: 'required' },
    ]);
    expect(identificationProblems({ status: 'unidentified', method: null, caseId: 'c1' })).toEqual([
      { field: 'caseId', reason: 'must_be_empty' },
    ]);
  });

  it('counts as of a day what was repatriated, what awaits identification and what DNA identified', () => {
    const remains = [
      {
        repatriatedOn: '2020-11-15',
        identification: [{ status: 'confirmed' as const, method: 'dna' as const, on: '2020-12-01' }],
      },
      {
        repatriatedOn: '2020-11-15',
        identification: [{ status: 'presumptive' as const, method: 'documents' as const, on: '2020-11-20' }],
      },
      { repatriatedOn: '2020-12-03', identification: [] },
      { repatriatedOn: null, identification: [] },
    ];
    expect(remainsCountsAsOf(remains, '2020-11-30')).toMatchObject({
      repatriated: 2,
      awaitingIdentification: 2,
      presumptive: 1,
      identified: 0,
    });
    const fifth = remainsCountsAsOf(remains, '2020-12-05');
    expect(fifth).toMatchObject({ repatriated: 3, awaitingIdentification: 2, identified: 1 });
    expect(fifth.identifiedBy.dna).toBe(1);
  });
});

describe('sharing a case', () => {
  const reader = (role: PartyScope['role'], partyId: string | null): PartyScope => ({
    userId: 'u',
    role,
    partyId,
  });
  const shared = { openedByPartyId: 'AM', sharingLevel: 'other_party' as const };
  const kept = { openedByPartyId: 'AM', sharingLevel: 'intermediary_only' as const };

  it('shows the other party only the fields to search with, and only when the family agreed', () => {
    expect(caseVisibility(reader('liaison', 'AZ'), shared)).toBe('search_fields');
    expect(caseVisibility(reader('liaison', 'AZ'), kept)).toBe('none');
    expect(caseVisibility(reader('liaison', 'AM'), kept)).toBe('full');
    expect(caseVisibility(reader('coordinator', null), kept)).toBe('full');
  });

  it('shows observers counts only, of the cases the family agreed to count, and field officers nothing', () => {
    const counted = { openedByPartyId: 'AM', sharingLevel: 'observers_counts' as const };
    expect(caseVisibility(reader('observer', 'OSCE'), shared)).toBe('counts_only');
    expect(caseVisibility(reader('observer', 'OSCE'), counted)).toBe('counts_only');
    expect(caseVisibility(reader('observer', 'OSCE'), kept)).toBe('none');
    expect(caseVisibility(reader('field_officer', 'RPC'), shared)).toBe('none');
  });

  it('keeps a case counted for observers from the other party, and lists the levels observers count', () => {
    const counted = { openedByPartyId: 'AM', sharingLevel: 'observers_counts' as const };
    expect(caseVisibility(reader('liaison', 'AZ'), counted)).toBe('none');
    expect(caseVisibility(reader('liaison', 'AM'), counted)).toBe('full');
    expect(OBSERVER_COUNTED_LEVELS).toEqual(['observers_counts', 'other_party']);
  });

  it('expires a record the day after its expiry date', () => {
    expect(isExpired('2021-01-31', '2021-01-31')).toBe(false);
    expect(isExpired('2021-01-31', '2021-02-01')).toBe(true);
    expect(isExpired(null, '2099-01-01')).toBe(false);
  });
});
