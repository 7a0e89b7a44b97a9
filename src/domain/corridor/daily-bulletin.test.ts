import { describe, expect, it } from 'vitest';
import { type BulletinFacts, dailyBulletin } from './daily-bulletin.js';

const movement = (reference: string, history: { event: string; at: string }[]) => ({
  reference,
  kind: 'convoy' as const,
  status: 'completed' as const,
  fromPlaceId: 'goris',
  toPlaceId: 'stepanakert',
  windowStart: history[0]?.at ?? '2021-01-08T06:00:00Z',
  vehicles: 10,
  people: 100,
  escort: 'Contingent',
  history,
});

const facts = (date: string): BulletinFacts => ({
  date,
  observationPosts: [
    { number: 1, establishedOn: '2020-11-10' },
    { number: 2, establishedOn: '2021-01-08' },
    { number: 3, establishedOn: '2021-01-12' },
  ],
  checkpoints: 2,
  movements: [
    movement('Convoy 6', [
      { event: 'start', at: '2021-01-08T06:10:00Z' },
      { event: 'complete', at: '2021-01-09T15:00:00Z' },
    ]),
    movement('Convoy 7', [{ event: 'notify', at: '2021-01-07T18:00:00Z' }]),
    movement('Convoy 5', [
      { event: 'start', at: '2021-01-05T06:00:00Z' },
      { event: 'complete', at: '2021-01-05T16:00:00Z' },
    ]),
  ],
  consignments: [
    {
      reference: 'HUM-2',
      receivedOn: '2021-01-08',
      lines: [
        {
          category: 'food',
          description: 'Flour',
          quantity: 400,
          unit: 'sack',
          weightKg: 20_000,
          received: { good: 390, damaged: 6, lost: 4 },
        },
      ],
    },
    {
      reference: 'HUM-1',
      receivedOn: '2021-01-05',
      lines: [
        {
          category: 'fuel',
          description: 'Diesel',
          quantity: 10,
          unit: 't',
          weightKg: 10_000,
          received: { good: 10, damaged: 0, lost: 0 },
        },
      ],
    },
  ],
  returns: [
    { date: '2021-01-05', individuals: 1000, households: 300 },
    { date: '2021-01-08', individuals: 634, households: null },
  ],
  incidents: [
    { kind: 'shots', occurredAt: '2021-01-08T22:00:00Z', placeId: 'shusha' },
    { kind: 'drone', occurredAt: '2021-01-09T01:00:00Z', placeId: null },
  ],
});

describe('the daily bulletin', () => {
  it('counts the posts in place, those set up that day, and the movements on the road that day', () => {
    const bulletin = dailyBulletin(facts('2021-01-08'));
    expect(bulletin.posts).toEqual({ total: 2, establishedThatDay: [2], checkpoints: 2 });
    // Convoy 7 was notified, never set off; convoy 5 was done three days before.
    expect(bulletin.movements.escorted.map((m) => m.reference)).toEqual(['Convoy 6']);
    expect(bulletin.movements).toMatchObject({ vehicles: 10, people: 100 });
    // On the road overnight: escorted the next day too.
    expect(dailyBulletin(facts('2021-01-09')).movements.escorted.map((m) => m.reference)).toEqual([
      'Convoy 6',
    ]);
    expect(dailyBulletin(facts('2021-01-10')).movements.escorted).toEqual([]);
  });

  it('counts the cargo delivered good that day and in total, not what was damaged or lost', () => {
    const { cargo } = dailyBulletin(facts('2021-01-08'));
    expect(cargo.consignments).toEqual(['HUM-2']);
    expect(cargo.tonnes.food).toBeCloseTo(19.5);
    expect(cargo.tonnesThatDay).toBeCloseTo(19.5);
    expect(cargo.tonnesInTotal).toBeCloseTo(29.5);
    expect(dailyBulletin(facts('2021-01-04')).cargo).toMatchObject({ consignments: [], tonnesInTotal: 0 });
  });

  it('gives the returns of the day and in total up to it; households only where every count has them', () => {
    const { returns } = dailyBulletin(facts('2021-01-08'));
    expect(returns.thatDay).toEqual({ individuals: 634, households: null });
    expect(returns.inTotal).toEqual({ individuals: 1634, households: null });
    expect(dailyBulletin(facts('2021-01-06')).returns).toEqual({
      thatDay: { individuals: 0, households: null },
      inTotal: { individuals: 1000, households: 300 },
    });
  });

  it('lists the incidents published for that day only, and none where the deployment keeps no incidents', () => {
    expect(dailyBulletin(facts('2021-01-08')).incidents).toEqual([
      { kind: 'shots', occurredAt: '2021-01-08T22:00:00Z', placeId: 'shusha' },
    ]);
    expect(dailyBulletin({ ...facts('2021-01-08'), incidents: null }).incidents).toBeNull();
  });
});
