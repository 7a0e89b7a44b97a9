import { describe, expect, it } from 'vitest';
import { partiesConcerned, weekOf } from './incident-parties.js';

describe('the parties an incident concerns', () => {
  it('are the reporter, every party with an account and every actor named, once each', () => {
    expect(
      partiesConcerned('az', [
        { partyId: 'az', actorPartyIds: ['am'] },
        { partyId: null, actorPartyIds: ['am', 'az'] },
      ]),
    ).toEqual(['am', 'az']);
    expect(partiesConcerned(null, [{ partyId: null, actorPartyIds: [] }])).toEqual([]);
  });
});

describe('the week of an incident', () => {
  it('is the Monday of its ISO week, in UTC', () => {
    expect(weekOf('2020-12-11T14:30:00Z')).toBe('2020-12-07');
    expect(weekOf('2020-12-07')).toBe('2020-12-07');
    expect(weekOf('2020-12-13T23:59:00Z')).toBe('2020-12-07');
    expect(weekOf('2021-01-03T10:00:00Z')).toBe('2020-12-28');
  });
});
