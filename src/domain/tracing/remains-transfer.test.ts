import { describe, expect, it } from 'vitest';
import { remainsTransferProblem, remainsTransferState } from './remains-transfer.js';

const planned = { status: 'planned', partyIds: ['AM', 'AZ'], planConfirmations: 0 };

describe('remains in an exchange', () => {
  it('go from the party holding them to the other party of an exchange still only planned', () => {
    expect(remainsTransferProblem('AZ', 'AM', planned, false)).toBeNull();
    expect(remainsTransferProblem('AZ', 'AM', { ...planned, status: 'confirmed' }, false)).toBe(
      'exchange_not_planned',
    );
    expect(remainsTransferProblem('AZ', 'AM', { ...planned, status: 'cancelled' }, false)).toBe(
      'exchange_not_planned',
    );
    // One side confirmed the plan without them: it would have to confirm again.
    expect(remainsTransferProblem('AZ', 'AM', { ...planned, planConfirmations: 1 }, false)).toBe(
      'plan_confirmed_in_part',
    );
  });

  it('are refused an exchange their holder or receiver takes no part in, to the same party, or twice', () => {
    expect(remainsTransferProblem('GE', 'AM', planned, false)).toBe('holder_not_in_exchange');
    expect(remainsTransferProblem('AZ', 'GE', planned, false)).toBe('receiver_not_in_exchange');
    expect(remainsTransferProblem('AZ', 'AZ', planned, false)).toBe('same_party');
    expect(remainsTransferProblem('AZ', 'AM', planned, true)).toBe('already_in_an_exchange');
  });

  it('change hands only when the exchange completed, and not if it was cancelled', () => {
    expect(remainsTransferState(null, 'planned')).toBe('planned');
    expect(remainsTransferState(null, 'carried_out')).toBe('planned');
    expect(remainsTransferState(null, 'cancelled')).toBe('cancelled');
    expect(remainsTransferState('2020-12-14T12:00:00Z', 'completed')).toBe('handed_over');
  });
});
