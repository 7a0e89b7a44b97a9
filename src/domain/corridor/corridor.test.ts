import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deliveredTonnageByWeek, isoWeek, lossReport, receiptProblems } from './cargo.js';
import { movementDetailsProblems } from './movement-details.js';
import { acknowledgementState, availableMovementEvents, nextMovementStatus } from './movement-status.js';
import { type PassageEntry, passageProblems, passageWrite, type StoredPassage } from './passage.js';
import { type CargoLine, MOVEMENT_EVENTS, MOVEMENT_STATUSES } from './types.js';

describe('a movement', () => {
  it('is notified, acknowledged, under way, then completed', () => {
    expect(nextMovementStatus('planned', 'notify')).toMatchObject({ ok: true, to: 'notified' });
    expect(nextMovementStatus('notified', 'all_acknowledged')).toMatchObject({
      ok: true,
      to: 'acknowledged',
    });
    expect(nextMovementStatus('acknowledged', 'start')).toMatchObject({ ok: true, to: 'under_way' });
    expect(nextMovementStatus('under_way', 'complete')).toMatchObject({ ok: true, to: 'completed' });
  });

  it('may set off before every party has answered: a notification is not a request for permission', () => {
    expect(nextMovementStatus('notified', 'start')).toMatchObject({ ok: true, to: 'under_way' });
  });

  it('goes back to be notified again when edited after notification, and cannot be edited once under way', () => {
    expect(nextMovementStatus('acknowledged', 'edit')).toEqual({
      ok: true,
      from: 'acknowledged',
      to: 'notified',
      renotify: true,
    });
    expect(nextMovementStatus('planned', 'edit')).toEqual({
      ok: true,
      from: 'planned',
      to: 'planned',
      renotify: false,
    });
    expect(nextMovementStatus('under_way', 'edit').ok).toBe(false);
    expect(availableMovementEvents('completed')).toEqual([]);
    expect(availableMovementEvents('cancelled')).toEqual([]);
  });

  it('offers exactly the events the status machine accepts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MOVEMENT_STATUSES),
        fc.constantFrom(...MOVEMENT_EVENTS),
        (status, event) => {
          expect(nextMovementStatus(status, event).ok).toBe(availableMovementEvents(status).includes(event));
        },
      ),
    );
  });

  it('counts each party by its latest answer, ignores parties not notified, and shows who is pending', () => {
    const answers = [
      { partyId: 'AZ', answer: 'objected' as const, reason: 'route not agreed', at: '2020-12-01T08:00:00Z' },
      { partyId: 'AZ', answer: 'acknowledged' as const, reason: null, at: '2020-12-01T10:00:00Z' },
      { partyId: 'XX', answer: 'acknowledged' as const, reason: null, at: '2020-12-01T09:00:00Z' },
    ];
    expect(acknowledgementState(['AM', 'AZ'], answers)).toEqual({
      pending: ['AM'],
      objections: [],
      complete: false,
    });
    const both = [
      ...answers,
      { partyId: 'AM', answer: 'acknowledged' as const, reason: null, at: '2020-12-01T11:00:00Z' },
    ];
    expect(acknowledgementState(['AM', 'AZ'], both).complete).toBe(true);
    const objected = [
      ...both,
      { partyId: 'AM', answer: 'objected' as const, reason: 'window too short', at: '2020-12-01T12:00:00Z' },
    ];
    expect(acknowledgementState(['AM', 'AZ'], objected)).toMatchObject({
      complete: false,
      objections: [{ partyId: 'AM' }],
    });
  });
});

const flour: CargoLine = {
  category: 'food',
  description: 'Wheat flour, 50 kg sacks',
  quantity: 400,
  unit: 'sack',
  weightKg: 20_000,
  received: { good: 390, damaged: 6, lost: 4 },
};

describe('cargo', () => {
  it('refuses a receipt whose counts do not account for every unit dispatched', () => {
    expect(receiptProblems([flour])).toEqual([]);
    expect(receiptProblems([flour, { ...flour, received: { good: 390, damaged: 6, lost: 0 } }])).toEqual([
      { line: 2, reason: 'counts_do_not_add_up' },
    ]);
    expect(receiptProblems([{ ...flour, received: { good: 410, damaged: -10, lost: 0 } }])).toEqual([
      { line: 1, reason: 'negative' },
    ]);
  });

  it('reports damage and loss with the weight not delivered good', () => {
    expect(lossReport([flour])).toEqual([
      {
        line: 1,
        category: 'food',
        description: flour.description,
        damaged: 6,
        lost: 4,
        weightKgNotDelivered: 500,
      },
    ]);
  });

  it('sums delivered tonnes by ISO week and category', () => {
    const weeks = deliveredTonnageByWeek([
      { receivedOn: '2020-11-25', lines: [flour] },
      {
        receivedOn: '2020-11-29',
        lines: [{ ...flour, category: 'medical', received: { good: 400, damaged: 0, lost: 0 } }],
      },
      { receivedOn: null, lines: [flour] },
    ]);
    expect(weeks).toHaveLength(1);
    expect(weeks[0]?.week).toBe('2020-W48');
    expect(weeks[0]?.tonnes.food).toBeCloseTo(19.5);
    expect(weeks[0]?.tonnes.medical).toBeCloseTo(20);
  });

  it('numbers ISO weeks across a year end as ISO 8601 does', () => {
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2021-01-04')).toBe('2021-W01');
    expect(isoWeek('2020-01-01')).toBe('2020-W01');
    expect(isoWeek('2019-12-30')).toBe('2020-W01');
  });
});

describe("a movement's details", () => {
  const known = new Set(['goris', 'stepanakert']);
  const ok = {
    fromPlaceId: 'goris',
    toPlaceId: 'stepanakert',
    windowStart: '2020-11-25T06:00:00Z',
    windowEnd: '2020-11-25T18:00:00Z',
    vehicles: 12,
    people: 30,
  };
  it('names each field at fault: unknown place, same place, a window ending before it starts, a negative count', () => {
    expect(movementDetailsProblems(ok, known)).toEqual([]);
    expect(movementDetailsProblems({ ...ok, fromPlaceId: 'atlantis' }, known)).toEqual([
      { field: 'fromPlaceId', reason: 'unknown_place' },
    ]);
    expect(movementDetailsProblems({ ...ok, toPlaceId: 'goris' }, known)).toEqual([
      { field: 'toPlaceId', reason: 'same_place' },
    ]);
    expect(movementDetailsProblems({ ...ok, windowEnd: ok.windowStart }, known)).toEqual([
      { field: 'windowEnd', reason: 'window_ends_before_it_starts' },
    ]);
    expect(movementDetailsProblems({ ...ok, vehicles: -1 }, known)).toEqual([
      { field: 'vehicles', reason: 'not_a_count' },
    ]);
  });
});

describe('a passage sent with an idempotency key', () => {
  const entry: PassageEntry = {
    checkpointId: 'cp1',
    movementId: null,
    direction: 'inbound',
    timeIn: '2021-01-20T08:00:00Z',
    timeOut: '2021-01-20T08:20:00Z',
    vehicles: 4,
    inspection: 'passed',
    remarks: '',
  };
  const stored: StoredPassage = {
    ...entry,
    id: 'p1',
    idempotencyKey: 'k1',
    version: 2,
    recordedBy: 'fo',
    recordedAt: '2021-01-20T08:21:00Z',
    updatedAt: '2021-01-20T08:30:00Z',
  };
  it('is created once, a retry is the same entry, an edit on the current version updates, an older one conflicts', () => {
    expect(passageWrite(null, entry, null)).toEqual({ kind: 'create' });
    expect(passageWrite(stored, { ...entry, timeIn: '2021-01-20T08:00:00.000Z' }, null)).toEqual({
      kind: 'same',
    });
    expect(passageWrite(stored, { ...entry, vehicles: 5 }, 2)).toEqual({ kind: 'update' });
    expect(passageWrite(stored, { ...entry, vehicles: 5 }, 1)).toEqual({ kind: 'conflict', current: stored });
    expect(passageWrite(stored, { ...entry, remarks: 'other' }, null)).toEqual({
      kind: 'conflict',
      current: stored,
    });
  });
  it('refuses a time out before the time in, and a count that is not one', () => {
    expect(passageProblems(entry)).toEqual([]);
    expect(passageProblems({ ...entry, timeOut: '2021-01-20T07:00:00Z', vehicles: -1 })).toEqual([
      { field: 'timeOut', reason: 'out_before_in' },
      { field: 'vehicles', reason: 'not_a_count' },
    ]);
  });
});
