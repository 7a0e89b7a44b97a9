import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableEvents, isFinalStatus, nextStatus } from './person-status.js';
import { PERSON_STATUSES, STATUS_EVENTS } from './types.js';

describe('person status', () => {
  it('follows the main line from listed to returned', () => {
    let status = 'listed' as (typeof PERSON_STATUSES)[number];
    for (const event of ['locate', 'verify', 'include', 'hand_over', 'return'] as const) {
      const change = nextStatus(status, event);
      expect(change.ok).toBe(true);
      if (change.ok) status = change.to;
    }
    expect(status).toBe('returned');
    expect(isFinalStatus('returned')).toBe(true);
  });

  it('refuses to hand over someone who was never verified, saying from where it would be allowed', () => {
    expect(nextStatus('located', 'hand_over')).toEqual({
      ok: false,
      from: 'located',
      reason: 'not_allowed',
      allowedFrom: ['included'],
    });
  });

  it('hands over remains only after a death is recorded', () => {
    expect(nextStatus('verified', 'hand_over_remains').ok).toBe(false);
    const died = nextStatus('verified', 'declare_deceased');
    expect(died).toMatchObject({ ok: true, to: 'deceased' });
    expect(nextStatus('deceased', 'hand_over_remains')).toMatchObject({
      ok: true,
      to: 'remains_handed_over',
    });
  });

  it('offers exactly the events that nextStatus accepts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERSON_STATUSES), fc.constantFrom(...STATUS_EVENTS), (status, event) => {
        expect(nextStatus(status, event).ok).toBe(availableEvents(status).includes(event));
      }),
    );
  });
});
