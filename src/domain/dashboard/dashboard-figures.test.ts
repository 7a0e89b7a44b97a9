import { describe, expect, it } from 'vitest';
import { remainsCountsAsOf } from '../tracing/remains-counts.js';
import { movementFigures, tracingFigures } from './dashboard-figures.js';

describe('movement figures', () => {
  const convoy = (windowStart: string, people: number, status = 'completed' as const) => ({
    windowStart,
    status,
    people,
    vehicles: 2,
  });

  it('counts movements by the week their window opens, this week apart, cancelled ones left out', () => {
    const figures = movementFigures(
      [
        convoy('2021-01-18T06:00:00Z', 100),
        convoy('2021-01-24T23:00:00Z', 50),
        convoy('2021-01-25T06:00:00Z', 30),
        { ...convoy('2021-01-26T06:00:00Z', 999), status: 'cancelled' },
        convoy('2021-01-04T06:00:00Z', 10),
      ],
      '2021-01-27',
    );
    expect(figures.byWeek).toEqual([
      { week: '2021-01-04', movements: 1, people: 10, vehicles: 2 },
      { week: '2021-01-18', movements: 2, people: 150, vehicles: 4 },
      { week: '2021-01-25', movements: 1, people: 30, vehicles: 2 },
    ]);
    expect(figures.thisWeek).toEqual({ week: '2021-01-25', movements: 1, people: 30, vehicles: 2 });
  });

  it('shows this week as nothing moved when no movement opens in it', () => {
    expect(movementFigures([convoy('2021-01-04T06:00:00Z', 10)], '2021-02-03').thisWeek).toEqual({
      week: '2021-02-01',
      movements: 0,
      people: 0,
      vehicles: 0,
    });
  });
});

describe('tracing figures', () => {
  it('folds open and possible-match cases into open, located alive and dead into found', () => {
    const remains = remainsCountsAsOf(
      [
        {
          repatriatedOn: '2020-12-01',
          identification: [{ status: 'confirmed', method: 'dna', on: '2020-12-20' }],
        },
        { repatriatedOn: '2020-12-01', identification: [] },
        { repatriatedOn: '2021-02-01', identification: [] },
      ],
      '2021-01-10',
    );
    expect(
      tracingFigures({ open: 4, possible_match: 2, located_alive: 3, located_dead: 1, closed: 5 }, remains),
    ).toEqual({
      openCases: 6,
      found: 4,
      locatedAlive: 3,
      locatedDead: 1,
      closed: 5,
      remainsRepatriated: 2,
      remainsAwaitingIdentification: 1,
      remainsIdentified: 1,
    });
  });
});
