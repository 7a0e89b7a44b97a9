/**
 * Kinds of incident, after the OSCE Special Monitoring Mission's daily reports: ceasefire violations by what
 * was heard or seen (explosions by type, shots and bursts, flares, drones), plus the other things a monitor on
 * the line records.
 */
export const INCIDENT_KINDS = [
  'explosion',
  'shots',
  'illumination_flare',
  'drone',
  'movement_restriction',
  'casualties',
  'damage',
  'other',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const EXPLOSION_TYPES = [
  'undetermined',
  'artillery',
  'mortar',
  'tank',
  'rocket_artillery',
  'anti_tank_missile',
  'grenade',
  'mine_or_ied',
  'air_strike',
] as const;
export type ExplosionType = (typeof EXPLOSION_TYPES)[number];

export const SHOT_TYPES = ['undetermined', 'small_arms', 'heavy_machine_gun', 'sniper'] as const;
export type ShotType = (typeof SHOT_TYPES)[number];

export const OBSERVATION_MODES = [
  'heard',
  'seen',
  'heard_and_seen',
  'camera',
  'drone',
  'reported_by_others',
] as const;
export type ObservationMode = (typeof OBSERVATION_MODES)[number];

export const DIRECTIONS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW', 'undetermined'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** How well the time is known: to the minute, the hour, the day, the week or the month (ACLED's 1–3 beyond a day). */
export const TIME_PRECISIONS = ['minute', 'hour', 'day', 'week', 'month'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

/** How well the place is known: the point itself, near a named place, or only the district. */
export const PLACE_PRECISIONS = ['exact', 'near', 'district'] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

export const CASUALTY_CATEGORIES = [
  'military_killed',
  'military_wounded',
  'civilian_killed',
  'civilian_wounded',
] as const;
export type CasualtyCategory = (typeof CASUALTY_CATEGORIES)[number];
export type Casualties = Partial<Record<CasualtyCategory, number>>;

/** Where an incident happened: a gazetteer place, coordinates, or both, with how well it is known. */
export interface IncidentPlace {
  placeId: string | null;
  latitude: number | null;
  longitude: number | null;
  precision: PlacePrecision;
}

/** What one observation says happened. Explosion and shot details apply only to those kinds. */
export interface IncidentObservation {
  kind: IncidentKind;
  occurredAt: string;
  timePrecision: TimePrecision;
  place: IncidentPlace;
  explosionType?: ExplosionType;
  shotType?: ShotType;
  count?: number;
  observedBy?: ObservationMode;
  direction?: Direction;
  distanceKm?: number;
  /** The weapon system as observed or claimed (e.g. "D-30 howitzer"), for explosions and shots only. */
  weapon?: string;
  /** Its calibre in millimetres (7.62, 82, 122), for explosions and shots only. */
  calibreMm?: number;
  casualties: Casualties;
  description: string;
}

/**
 * The three accounts kept side by side: each party's claim and the monitor's finding. None overwrites
 * another; the finding is what is published.
 */
export interface PartyClaim extends IncidentObservation {
  partyId: string;
  actorPartyIds: string[];
  source: string;
}

export interface MonitorFinding extends IncidentObservation {
  actorPartyIds: string[];
  sources: string[];
}

/** Review of an incident: reported → under review → verified / not verified / disputed → published. */
export const INCIDENT_STATUSES = [
  'reported',
  'under_review',
  'verified',
  'not_verified',
  'disputed',
  'published',
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const INCIDENT_EVENTS = [
  'start_review',
  'verify',
  'find_unverified',
  'find_disputed',
  'reopen',
  'publish',
] as const;
export type IncidentEvent = (typeof INCIDENT_EVENTS)[number];

/** Who gave an account: a party (its claim) or the monitor (its finding). */
export const ACCOUNT_SOURCES = ['party', 'monitor'] as const;
export type AccountSource = (typeof ACCOUNT_SOURCES)[number];

/** One account of an incident as stored: a party's claim or the monitor's finding, one per source. */
export interface IncidentAccount extends IncidentObservation {
  id: string;
  incidentId: string;
  source: AccountSource;
  partyId: string | null;
  actorPartyIds: string[];
  sources: string[];
  author: string;
  recordedAt: string;
}

/** An incident: its review status and the summary of its first report (kind, when, where, by whom). */
export interface Incident {
  id: string;
  status: IncidentStatus;
  kind: IncidentKind;
  occurredAt: string;
  placeId: string | null;
  reportingPartyId: string | null;
  reportedBy: string;
  reportedAt: string;
  updatedAt: string;
  publishedAt: string | null;
  /** The parties it concerns: who reported it and who any account names as an actor. */
  partyIds: string[];
}

export interface IncidentStatusStep {
  event: IncidentEvent | null;
  toStatus: IncidentStatus;
  note: string;
  by: string;
  at: string;
}
