import { describe, expect, it } from 'vitest';
import { actionItemProblems, meetingProblems } from './meeting-rules.js';

const known = {
  provision: (id: string) => id === 'p9',
  party: (id: string) => id === 'am' || id === 'az',
  place: (id: string) => id === 'baku',
};

describe('a meeting', () => {
  it('is accepted with real times, a known place, parties and provisions', () => {
    expect(
      meetingProblems(
        {
          startsAt: '2021-01-11T12:00:00Z',
          endsAt: '2021-01-11T16:00:00Z',
          placeId: null,
          placeName: 'Moscow',
          delegations: [{ partyId: 'am' }, { partyId: null }],
          topicProvisionIds: ['p9'],
        },
        known,
      ),
    ).toEqual([]);
  });

  it('names an end before the start, an unknown place, party and provision', () => {
    expect(
      meetingProblems(
        {
          startsAt: '2021-01-11T12:00:00Z',
          endsAt: '2021-01-10T16:00:00Z',
          placeId: 'atlantis',
          placeName: '',
          delegations: [{ partyId: 'xx' }],
          topicProvisionIds: ['p9', 'p10'],
        },
        known,
      ).map((p) => p.field),
    ).toEqual(['endsAt', 'placeId', 'delegations.0.partyId', 'topicProvisionIds.1']);
  });
});

describe('an action item', () => {
  it('needs the day it was done when done, and not otherwise, and never a day ahead', () => {
    const base = { ownerPartyId: 'am', provisionIds: ['p9'] };
    expect(
      actionItemProblems({ ...base, status: 'done', doneOn: '2021-01-30' }, known, '2021-02-01'),
    ).toEqual([]);
    expect(actionItemProblems({ ...base, status: 'done', doneOn: null }, known, '2021-02-01')).toEqual([
      { field: 'doneOn', reason: 'required' },
    ]);
    expect(
      actionItemProblems({ ...base, status: 'open', doneOn: '2021-03-01' }, known, '2021-02-01').map(
        (p) => p.reason,
      ),
    ).toEqual(['not_for_this_status', 'in_the_future']);
    expect(
      actionItemProblems(
        { ownerPartyId: 'ru', provisionIds: ['p1'], status: 'open', doneOn: null },
        known,
        '2021-02-01',
      ),
    ).toEqual([
      { field: 'ownerPartyId', reason: 'unknown_party' },
      { field: 'provisionIds.0', reason: 'unknown_provision' },
    ]);
  });
});
