import { describe, expect, it } from 'vitest';
import { confirmExchange, confirmerFor } from './exchange-confirmation.js';
import { type ExchangePerson, exchangeCandidateProblem, planAllForAll } from './exchange-plan.js';

const person = (id: string, own: string, holder: string | null, status: ExchangePerson['status']) => ({
  id,
  displayName: id,
  ownPartyId: own,
  holdingPartyId: holder,
  status,
});

describe('all-for-all plan', () => {
  it('sends everyone verified back to their side and lists the unresolved', () => {
    const plan = planAllForAll(
      [
        person('a1', 'AM', 'AZ', 'verified'),
        person('a2', 'AM', 'AZ', 'included'),
        person('a3', 'AM', 'AZ', 'located'),
        person('z1', 'AZ', 'AM', 'verified'),
        person('z2', 'AZ', null, 'listed'),
        person('a4', 'AM', 'AZ', 'handed_over'),
      ],
      ['AM', 'AZ'],
    );
    expect(plan.directions.map((d) => [d.fromPartyId, d.toPartyId, d.count])).toEqual([
      ['AM', 'AZ', 1],
      ['AZ', 'AM', 2],
    ]);
    expect(plan.unresolved.map((p) => p.id)).toEqual(['a3', 'z2']);
  });
});

describe('exchange confirmation', () => {
  it('completes only when both parties and the coordinator have confirmed, once each', () => {
    let confirmedBy = confirmExchange(
      { partyIds: ['AM', 'AZ'], confirmedBy: [] },
      { kind: 'party', partyId: 'AM' },
    );
    expect(confirmedBy).toMatchObject({ ok: true, complete: false });
    if (!confirmedBy.ok) throw new Error('expected ok');
    const twice = confirmExchange(
      { partyIds: ['AM', 'AZ'], confirmedBy: confirmedBy.confirmedBy },
      {
        kind: 'party',
        partyId: 'AM',
      },
    );
    expect(twice).toEqual({ ok: false, reason: 'already_confirmed' });
    confirmedBy = confirmExchange(
      { partyIds: ['AM', 'AZ'], confirmedBy: confirmedBy.confirmedBy },
      { kind: 'coordinator' },
    );
    if (!confirmedBy.ok) throw new Error('expected ok');
    const last = confirmExchange(
      { partyIds: ['AM', 'AZ'], confirmedBy: confirmedBy.confirmedBy },
      {
        kind: 'party',
        partyId: 'AZ',
      },
    );
    expect(last).toMatchObject({ ok: true, complete: true });
    if (!last.ok) throw new Error('expected ok');
    expect(
      confirmExchange({ partyIds: ['AM', 'AZ'], confirmedBy: last.confirmedBy }, { kind: 'coordinator' }),
    ).toEqual({
      ok: false,
      reason: 'already_complete',
    });
  });

  it('refuses a party that is not part of the exchange', () => {
    expect(
      confirmExchange({ partyIds: ['AM', 'AZ'], confirmedBy: [] }, { kind: 'party', partyId: 'RU' }),
    ).toEqual({
      ok: false,
      reason: 'not_a_party',
    });
  });
});

describe('who can go in a planned exchange', () => {
  it('takes verified or included persons held by a party of the exchange and in no other planned one', () => {
    const parties = ['AM', 'AZ'];
    expect(exchangeCandidateProblem(person('a', 'AM', 'AZ', 'verified'), parties, false)).toBeNull();
    expect(exchangeCandidateProblem(person('a', 'AM', 'AZ', 'included'), parties, false)).toBeNull();
    expect(exchangeCandidateProblem(person('a', 'AM', 'AZ', 'located'), parties, false)).toBe('not_verified');
    expect(exchangeCandidateProblem(person('a', 'AM', 'RU', 'verified'), parties, false)).toBe('not_located');
    expect(exchangeCandidateProblem(person('a', 'AM', null, 'verified'), parties, false)).toBe('not_located');
    expect(exchangeCandidateProblem(person('a', 'AM', 'AZ', 'verified'), parties, true)).toBe(
      'in_planned_exchange',
    );
  });
});

describe('who confirms an exchange', () => {
  it('is the coordinator, or a liaison for its party; no one else', () => {
    expect(confirmerFor({ role: 'coordinator', partyId: 'RPC' })).toEqual({ kind: 'coordinator' });
    expect(confirmerFor({ role: 'liaison', partyId: 'AM' })).toEqual({ kind: 'party', partyId: 'AM' });
    expect(confirmerFor({ role: 'liaison', partyId: null })).toBeNull();
    expect(confirmerFor({ role: 'observer', partyId: null })).toBeNull();
  });
});
