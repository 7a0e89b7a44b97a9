import { z } from 'zod';
import {
  CASUALTY_CATEGORIES,
  DIRECTIONS,
  EXPLOSION_TYPES,
  INCIDENT_EVENTS,
  INCIDENT_KINDS,
  INCIDENT_STATUSES,
  OBSERVATION_MODES,
  PLACE_PRECISIONS,
  SHOT_TYPES,
  TIME_PRECISIONS,
} from '../../domain/incidents/types.js';

export const IncidentKind = z.enum(INCIDENT_KINDS);
export const IncidentStatus = z.enum(INCIDENT_STATUSES);
export const IncidentEvent = z.enum(INCIDENT_EVENTS);

const Casualties = z.object(
  Object.fromEntries(CASUALTY_CATEGORIES.map((c) => [c, z.number().optional()])) as Record<
    (typeof CASUALTY_CATEGORIES)[number],
    z.ZodOptional<z.ZodNumber>
  >,
);

/**
 * One account of an incident as the API takes it. Times, coordinates, counts and distances are numbers and text of
 * any value here: the domain (observationProblems) judges them and names the field at fault.
 */
export const AccountBody = z.object({
  kind: IncidentKind,
  occurredAt: z.string().max(40),
  timePrecision: z.enum(TIME_PRECISIONS),
  place: z.object({
    placeId: z.string().min(1).max(100).nullable().default(null),
    latitude: z.number().nullable().default(null),
    longitude: z.number().nullable().default(null),
    precision: z.enum(PLACE_PRECISIONS),
  }),
  explosionType: z.enum(EXPLOSION_TYPES).optional(),
  shotType: z.enum(SHOT_TYPES).optional(),
  count: z.number().optional(),
  observedBy: z.enum(OBSERVATION_MODES).optional(),
  direction: z.enum(DIRECTIONS).optional(),
  distanceKm: z.number().optional(),
  weapon: z.string().trim().min(1).max(200).optional(),
  calibreMm: z.number().optional(),
  casualties: Casualties.default({}),
  description: z.string().trim().min(1).max(4000),
  actorPartyIds: z.array(z.string().min(1).max(100)).max(10).default([]),
  sources: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
});

export const StatusBody = z.object({ event: IncidentEvent, note: z.string().max(2000).default('') });
export const IncidentListQuery = z.object({ status: IncidentStatus.optional() });

export const AccountDto = z
  .object({
    id: z.string(),
    incidentId: z.string(),
    source: z.enum(['party', 'monitor']),
    partyId: z.string().nullable(),
    kind: IncidentKind,
    occurredAt: z.string(),
    timePrecision: z.enum(TIME_PRECISIONS),
    place: z.object({
      placeId: z.string().nullable(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
      precision: z.enum(PLACE_PRECISIONS),
    }),
    explosionType: z.enum(EXPLOSION_TYPES).optional(),
    shotType: z.enum(SHOT_TYPES).optional(),
    count: z.number().optional(),
    observedBy: z.enum(OBSERVATION_MODES).optional(),
    direction: z.enum(DIRECTIONS).optional(),
    distanceKm: z.number().optional(),
    weapon: z.string().optional(),
    calibreMm: z.number().optional(),
    casualties: Casualties,
    description: z.string(),
    actorPartyIds: z.array(z.string()),
    sources: z.array(z.string()),
    author: z.string(),
    recordedAt: z.string(),
  })
  .meta({ id: 'IncidentAccount' });

export const IncidentDto = z
  .object({
    id: z.string(),
    status: IncidentStatus,
    kind: IncidentKind,
    occurredAt: z.string(),
    placeId: z.string().nullable(),
    reportingPartyId: z.string().nullable(),
    reportedBy: z.string(),
    reportedAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
    partyIds: z.array(z.string()),
  })
  .meta({ id: 'Incident' });

export const IncidentListDto = z.object({ items: z.array(IncidentDto) });

export const IncidentDetailDto = z
  .object({
    incident: IncidentDto,
    /** The accounts this reader may see: the monitor's finding and the parties' claims, side by side. */
    accounts: z.array(AccountDto),
    history: z.array(
      z.object({
        event: IncidentEvent.nullable(),
        toStatus: IncidentStatus,
        note: z.string(),
        by: z.string(),
        at: z.string(),
      }),
    ),
    /** The review events the reader may apply now (the coordinator's; empty for everyone else). */
    availableEvents: z.array(IncidentEvent),
  })
  .meta({ id: 'IncidentDetail' });

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type AccountBody = z.infer<typeof AccountBody>;
export type StatusBody = z.infer<typeof StatusBody>;
export type IncidentAccount = z.infer<typeof AccountDto>;
export type Incident = z.infer<typeof IncidentDto>;
export type IncidentList = z.infer<typeof IncidentListDto>;
export type IncidentDetail = z.infer<typeof IncidentDetailDto>;
