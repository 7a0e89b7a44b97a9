import type { IncidentObservation, IncidentStatus } from './types.js';

export type ObservationField =
  | 'occurredAt'
  | 'place'
  | 'place.latitude'
  | 'place.longitude'
  | 'explosionType'
  | 'shotType'
  | 'count'
  | 'distanceKm'
  | 'weapon'
  | 'calibreMm'
  | `casualties.${string}`;

export interface ObservationProblem {
  field: ObservationField;
  reason: 'not_a_time' | 'in_the_future' | 'out_of_range' | 'no_place' | 'not_for_this_kind' | 'not_a_count';
}

/** Beyond this distance a monitor cannot tell where a sound came from; a larger figure is a typing error. */
const MAX_DISTANCE_KM = 100;
/**
 * Calibres run from small arms (4.5 mm) to the heaviest artillery and rocket systems (a few hundred millimetres);
 * 1000 mm leaves room for any of them, and a larger figure is a typing error (12.7 written 127 stays possible).
 */
const CALIBRE_MM = { min: 4, max: 1000 };
/** Kinds whose weapon and calibre can be told: what exploded or was fired. */
const ARMED_KINDS: readonly IncidentObservation['kind'][] = ['explosion', 'shots'];

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/**
 * What is wrong with an observation, field by field (paths as the API names them): a time that is not one or
 * lies ahead of `now`, coordinates off the globe or given by half, no place at all, details that belong to
 * another kind (a weapon or calibre on anything but explosions and shots), a calibre no weapon has, counts that are
 * not whole and non-negative.
 */
export function observationProblems(observation: IncidentObservation, now: Date): ObservationProblem[] {
  const problems: ObservationProblem[] = [];
  const occurred = Date.parse(observation.occurredAt);
  if (Number.isNaN(occurred)) problems.push({ field: 'occurredAt', reason: 'not_a_time' });
  else if (occurred > now.getTime()) problems.push({ field: 'occurredAt', reason: 'in_the_future' });

  const { latitude, longitude, placeId } = observation.place;
  if (latitude !== null && !(latitude >= -90 && latitude <= 90))
    problems.push({ field: 'place.latitude', reason: 'out_of_range' });
  if (longitude !== null && !(longitude >= -180 && longitude <= 180))
    problems.push({ field: 'place.longitude', reason: 'out_of_range' });
  if ((latitude === null) !== (longitude === null))
    problems.push({
      field: latitude === null ? 'place.latitude' : 'place.longitude',
      reason: 'out_of_range',
    });
  if (placeId === null && latitude === null && longitude === null)
    problems.push({ field: 'place', reason: 'no_place' });

  if (observation.explosionType !== undefined && observation.kind !== 'explosion')
    problems.push({ field: 'explosionType', reason: 'not_for_this_kind' });
  if (observation.shotType !== undefined && observation.kind !== 'shots')
    problems.push({ field: 'shotType', reason: 'not_for_this_kind' });
  if (observation.count !== undefined && !isCount(observation.count))
    problems.push({ field: 'count', reason: 'not_a_count' });
  if (
    observation.distanceKm !== undefined &&
    !(observation.distanceKm >= 0 && observation.distanceKm <= MAX_DISTANCE_KM)
  )
    problems.push({ field: 'distanceKm', reason: 'out_of_range' });
  if (observation.weapon !== undefined && !ARMED_KINDS.includes(observation.kind))
    problems.push({ field: 'weapon', reason: 'not_for_this_kind' });
  if (observation.calibreMm !== undefined) {
    if (!ARMED_KINDS.includes(observation.kind))
      problems.push({ field: 'calibreMm', reason: 'not_for_this_kind' });
    else if (!(observation.calibreMm >= CALIBRE_MM.min && observation.calibreMm <= CALIBRE_MM.max))
      problems.push({ field: 'calibreMm', reason: 'out_of_range' });
  }
  for (const [category, value] of Object.entries(observation.casualties))
    if (value !== undefined && !isCount(value))
      problems.push({ field: `casualties.${category}`, reason: 'not_a_count' });
  return problems;
}

const AWAITING_REVIEW: readonly IncidentStatus[] = ['reported', 'under_review'];

/** The monitor's review queue: incidents still awaiting a finding, oldest report first. */
export function reviewQueue<I extends { status: IncidentStatus; reportedAt: string }>(
  incidents: readonly I[],
): I[] {
  return incidents
    .filter((incident) => AWAITING_REVIEW.includes(incident.status))
    .sort((a, b) => a.reportedAt.localeCompare(b.reportedAt));
}
