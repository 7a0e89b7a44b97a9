/** What a movement's details must hold before the coordinator may plan or edit it. */
export interface MovementDetailsInput {
  fromPlaceId: string;
  toPlaceId: string;
  windowStart: string;
  windowEnd: string;
  vehicles: number;
  people: number;
}

export interface DetailProblem {
  field: keyof MovementDetailsInput;
  reason: 'unknown_place' | 'same_place' | 'window_ends_before_it_starts' | 'not_a_count';
}

/** Places known to the gazetteer, a route between two different places, a window that ends after it starts. */
export function movementDetailsProblems(
  details: MovementDetailsInput,
  knownPlaceIds: ReadonlySet<string>,
): DetailProblem[] {
  const problems: DetailProblem[] = [];
  if (!knownPlaceIds.has(details.fromPlaceId))
    problems.push({ field: 'fromPlaceId', reason: 'unknown_place' });
  if (!knownPlaceIds.has(details.toPlaceId)) problems.push({ field: 'toPlaceId', reason: 'unknown_place' });
  else if (details.toPlaceId === details.fromPlaceId)
    problems.push({ field: 'toPlaceId', reason: 'same_place' });
  if (Date.parse(details.windowEnd) <= Date.parse(details.windowStart))
    problems.push({ field: 'windowEnd', reason: 'window_ends_before_it_starts' });
  for (const field of ['vehicles', 'people'] as const) {
    if (!Number.isInteger(details[field]) || details[field] < 0)
      problems.push({ field, reason: 'not_a_count' });
  }
  return problems;
}
