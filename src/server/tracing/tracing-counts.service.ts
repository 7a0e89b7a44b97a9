import { isReadableDay } from '../../domain/tracing/case-input.js';
import { remainsCountsAsOf } from '../../domain/tracing/remains-counts.js';
import { countedLevelsFor } from '../../domain/tracing/sharing.js';
import type { PartyScope, Repositories } from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import type { TracingCounts } from './tracing.schemas.js';

/** The day the ceasefire took effect: counts over time start here unless asked otherwise. */
export const COUNTS_FROM = '2020-11-10';
const DAY_MS = 86_400_000;
const MAX_POINTS = 120;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The days of a series from `from` to `asOf`: weekly (or wider, to stay within MAX_POINTS), and `asOf` itself. */
export function seriesDays(from: string, asOf: string): string[] {
  const span = Math.max(0, Math.round((Date.parse(asOf) - Date.parse(from)) / DAY_MS));
  const step = Math.max(7, Math.ceil(span / MAX_POINTS));
  const days: string[] = [];
  for (let day = from; day < asOf; day = addDays(day, step)) days.push(day);
  days.push(asOf);
  return days;
}

/**
 * Cases by status and remains by identification status and method, as of a day and over time (domain
 * remainsCountsAsOf). Counts name no one; observers count only the cases whose families agreed to it (domain
 * countedLevelsFor), the coordinator and liaisons every case.
 */
export async function tracingCounts(
  repos: Repositories,
  scope: PartyScope,
  query: { asOf?: string; from?: string },
  today: string,
): Promise<TracingCounts> {
  const asOf = query.asOf ?? today;
  const from = query.from ?? COUNTS_FROM;
  for (const [path, day] of [
    ['asOf', asOf],
    ['from', from],
  ] as const)
    if (!isReadableDay(day))
      throw new HttpProblem(400, `The day ${path} cannot be read`, {
        type: 'urn:parley:problem:validation',
        errors: [{ in: 'querystring', path, message: 'not a date that can be read (YYYY-MM-DD)' }],
      });
  const levels = countedLevelsFor(scope);
  const remains = await repos.tracingRemains.forCounts();
  const days = from <= asOf ? seriesDays(from, asOf) : [asOf];
  const series = [];
  for (const date of days)
    series.push({
      date,
      cases: await repos.tracingCases.countsByStatus(date, undefined, levels),
      remains: remainsCountsAsOf(remains, date),
    });
  const last = series[series.length - 1];
  return { asOf, cases: last.cases, remains: last.remains, series };
}
