import type { Casualties, IncidentKind, MonitorFinding, PlacePrecision, TimePrecision } from './types.js';

/** The columns of an ACLED-style event table, in ACLED's order and with its names. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];
export type AcledRow = Record<AcledColumn, string | number>;

const EVENT_TYPES: Record<IncidentKind, { event: string; sub: string; disorder: string }> = {
  explosion: {
    event: 'Explosions/Remote violence',
    sub: 'Shelling/artillery/missile attack',
    disorder: 'Political violence',
  },
  shots: { event: 'Battles', sub: 'Armed clash', disorder: 'Political violence' },
  illumination_flare: { event: 'Strategic developments', sub: 'Other', disorder: 'Strategic developments' },
  drone: { event: 'Explosions/Remote violence', sub: 'Air/drone strike', disorder: 'Political violence' },
  movement_restriction: { event: 'Strategic developments', sub: 'Other', disorder: 'Strategic developments' },
  casualties: { event: 'Violence against civilians', sub: 'Attack', disorder: 'Political violence' },
  damage: {
    event: 'Strategic developments',
    sub: 'Looting/property destruction',
    disorder: 'Strategic developments',
  },
  other: { event: 'Strategic developments', sub: 'Other', disorder: 'Strategic developments' },
};

/** ACLED codes time to the day as 1, to the week as 2, to the month as 3. */
const TIME_PRECISION: Record<TimePrecision, number> = { minute: 1, hour: 1, day: 1, week: 2, month: 3 };
/** ACLED codes a known town as 1, a place near it as 2, a larger region as 3. */
const GEO_PRECISION: Record<PlacePrecision, number> = { exact: 1, near: 2, district: 3 };

export function fatalities(casualties: Casualties): number {
  return (casualties.military_killed ?? 0) + (casualties.civilian_killed ?? 0);
}

export interface AcledContext {
  eventId: string;
  actorNames: string[];
  admin1: string;
  location: string;
  latitude: number | null;
  longitude: number | null;
}

/** One published finding as a row of an ACLED-style table; sub-types follow ACLED's codebook. */
export function acledRow(finding: MonitorFinding, context: AcledContext): AcledRow {
  const type = EVENT_TYPES[finding.kind];
  const sub =
    finding.kind === 'explosion' && finding.explosionType === 'mine_or_ied'
      ? 'Remote explosive/landmine/IED'
      : finding.kind === 'explosion' && finding.explosionType === 'grenade'
        ? 'Grenade'
        : finding.kind === 'explosion' && finding.explosionType === 'air_strike'
          ? 'Air/drone strike'
          : type.sub;
  return {
    event_id_cnty: context.eventId,
    event_date: finding.occurredAt.slice(0, 10),
    year: Number(finding.occurredAt.slice(0, 4)),
    time_precision: TIME_PRECISION[finding.timePrecision],
    disorder_type: type.disorder,
    event_type: type.event,
    sub_event_type: sub,
    actor1: context.actorNames[0] ?? '',
    actor2: context.actorNames[1] ?? '',
    admin1: context.admin1,
    location: context.location,
    latitude: context.latitude ?? '',
    longitude: context.longitude ?? '',
    geo_precision: GEO_PRECISION[finding.place.precision],
    source: finding.sources.join('; '),
    notes: finding.description,
    fatalities: fatalities(finding.casualties),
  };
}
