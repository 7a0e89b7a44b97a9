import { describe, expect, it } from 'vitest';
import { actionItemState, actionItemsByProvision, upcoming } from './action-items.js';
import type { ActionItem } from './types.js';

const item = (
  id: string,
  status: ActionItem['status'],
  dueOn: string | null,
  provisionIds: string[],
): ActionItem => ({
  id,
  meetingId: 'wg-2021-01-30',
  description: id,
  ownerPartyId: null,
  dueOn,
  provisionIds,
  status,
  doneOn: status === 'done' ? '2021-02-20' : null,
});

describe('action items', () => {
  it('is overdue only when open after its due day', () => {
    expect(actionItemState({ status: 'open', dueOn: '2021-03-01' }, '2021-03-01')).toBe('open');
    expect(actionItemState({ status: 'open', dueOn: '2021-03-01' }, '2021-03-02')).toBe('overdue');
    expect(actionItemState({ status: 'done', dueOn: '2021-03-01' }, '2021-04-01')).toBe('done');
    expect(actionItemState({ status: 'open', dueOn: null }, '2031-01-01')).toBe('open');
  });

  it('counts items per provision they serve, one item towards each of its provisions', () => {
    const tallies = actionItemsByProvision(
      [
        item('list of measures', 'done', '2021-03-01', ['p9']),
        item('rail link survey', 'open', '2021-02-01', ['p9', 'p6']),
        item('road survey', 'dropped', null, ['p6']),
      ],
      '2021-02-15',
    );
    expect(tallies.get('p9')).toEqual({ done: 1, open: 0, overdue: 1, dropped: 0 });
    expect(tallies.get('p6')).toEqual({ done: 0, open: 0, overdue: 1, dropped: 1 });
  });

  it('lists the next meetings soonest first', () => {
    const meetings = [
      { id: 'wg', startsAt: '2021-01-30T09:00:00Z' },
      { id: 'moscow', startsAt: '2021-01-11T12:00:00Z' },
      { id: 'baku', startsAt: '2020-12-12T10:00:00Z' },
    ];
    expect(upcoming(meetings, '2021-01-01T00:00:00Z', 5).map((m) => m.id)).toEqual(['moscow', 'wg']);
  });
});
