import type { MovementStatus } from '../corridor/types.js';
import { weekOf } from '../incidents/incident-parties.js';
import type { RemainsCounts } from '../tracing/remains-counts.js';
import type { CaseStatus } from '../tracing/types.js';

/** A movement as the dashboard counts it: when its window opens, its status, what it carries. */
export interface MovementForCount {
  windowStart: string;
  status: MovementStatus;
  vehicles: number;
  people: number;
}

export interface MovementWeek {
  /** Monday of the week (UTC). */
  week: string;
  movements: number;
  people: number;
  vehicles: number;
}

export interface MovementFigures {
  /** The week `today` falls in, counted even when nothing moved. */
  thisWeek: MovementWeek;
  /** Every week with a movement, oldest first. */
  byWeek: MovementWeek[];
}

/**
 * Movements through the corridor by the week their window opens (cancelled ones moved nothing and do not count),
 * and the figures of the week `today` falls in.
 */
export function movementFigures(movements: readonly MovementForCount[], today: string): MovementFigures {
  const weeks = new Map<string, MovementWeek>();
  const empty = (week: string): MovementWeek => ({ week, movements: 0, people: 0, vehicles: 0 });
  for (const movement of movements) {
    if (movement.status === 'cancelled') continue;
    const week = weekOf(movement.windowStart);
    const figures = weeks.get(week) ?? empty(week);
    figures.movements += 1;
    figures.people += movement.people;
    figures.vehicles += movement.vehicles;
    weeks.set(week, figures);
  }
  const current = weekOf(today);
  return {
    thisWeek: weeks.get(current) ?? empty(current),
    byWeek: [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week)),
  };
}

export interface TracingFigures {
  /** Cases still searched for: open, or with a possible match under review. */
  openCases: number;
  /** Cases whose person was found: located alive or dead. */
  found: number;
  locatedAlive: number;
  locatedDead: number;
  closed: number;
  remainsRepatriated: number;
  remainsAwaitingIdentification: number;
  remainsIdentified: number;
}

/** The tracing figures the dashboard shows, from the cases by status and the remains counts of one day. */
export function tracingFigures(cases: Record<CaseStatus, number>, remains: RemainsCounts): TracingFigures {
  return {
    openCases: cases.open + cases.possible_match,
    found: cases.located_alive + cases.located_dead,
    locatedAlive: cases.located_alive,
    locatedDead: cases.located_dead,
    closed: cases.closed,
    remainsRepatriated: remains.repatriated,
    remainsAwaitingIdentification: remains.awaitingIdentification,
    remainsIdentified: remains.identified,
  };
}
