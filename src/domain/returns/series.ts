import type { ReturnCount } from './types.js';

export interface ReturnsDay {
  date: string;
  individuals: number;
  households: number;
  cumulativeIndividuals: number;
  cumulativeHouseholds: number;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Daily and cumulative returns from `from` to `to`, one row for every day (days with no count are zero, so a
 * chart's line does not jump over them). Counts before `from` start the cumulative total.
 */
export function dailySeries(counts: readonly ReturnCount[], from: string, to: string): ReturnsDay[] {
  const byDay = new Map<string, { individuals: number; households: number }>();
  let individualsBefore = 0;
  let householdsBefore = 0;
  for (const count of counts) {
    if (count.date < from) {
      individualsBefore += count.individuals;
      householdsBefore += count.households ?? 0;
      continue;
    }
    if (count.date > to) continue;
    const day = byDay.get(count.date) ?? { individuals: 0, households: 0 };
    day.individuals += count.individuals;
    day.households += count.households ?? 0;
    byDay.set(count.date, day);
  }
  const series: ReturnsDay[] = [];
  let cumulativeIndividuals = individualsBefore;
  let cumulativeHouseholds = householdsBefore;
  for (let day = from; day <= to; day = nextDay(day)) {
    const counted = byDay.get(day) ?? { individuals: 0, households: 0 };
    cumulativeIndividuals += counted.individuals;
    cumulativeHouseholds += counted.households;
    series.push({ date: day, ...counted, cumulativeIndividuals, cumulativeHouseholds });
  }
  return series;
}

export type ReturnCountProblem = {
  field: 'individuals' | 'households' | 'date' | 'destinationPlaceId';
  reason: 'not_a_count' | 'more_households_than_people' | 'in_the_future' | 'unknown_place';
};

/** What is wrong with one count: negative or fractional numbers, more households than people, a future day, an unknown place. */
export function returnCountProblems(
  count: Pick<ReturnCount, 'date' | 'individuals' | 'households' | 'destinationPlaceId'>,
  knownPlaceIds: ReadonlySet<string>,
  today: string,
): ReturnCountProblem[] {
  const problems: ReturnCountProblem[] = [];
  const isCount = (n: number) => Number.isInteger(n) && n >= 0;
  if (!isCount(count.individuals)) problems.push({ field: 'individuals', reason: 'not_a_count' });
  if (count.households !== null) {
    if (!isCount(count.households)) problems.push({ field: 'households', reason: 'not_a_count' });
    else if (isCount(count.individuals) && count.households > count.individuals)
      problems.push({ field: 'households', reason: 'more_households_than_people' });
  }
  if (count.date > today) problems.push({ field: 'date', reason: 'in_the_future' });
  if (!knownPlaceIds.has(count.destinationPlaceId))
    problems.push({ field: 'destinationPlaceId', reason: 'unknown_place' });
  return problems;
}
