import { z } from 'zod';
import { MOVEMENT_STATUSES } from '../../domain/corridor/types.js';
import { IncidentStatus } from '../incidents/incidents.schemas.js';
import { MeetingDto } from '../meetings/meetings.schemas.js';
import { ImplementationDto } from '../provisions/provisions.schemas.js';

const MovementWeek = z.object({
  week: z.string(),
  movements: z.number().int(),
  people: z.number().int(),
  vehicles: z.number().int(),
});

export const DashboardDto = z
  .object({
    asOf: z.string(),
    /** The first agreement's implementation (status, roll-up, overdue deadlines); null when there is none. */
    implementation: ImplementationDto.nullable(),
    /** Persons handed over to each party in the completed exchanges this reader may see. */
    exchanged: z.object({
      events: z.number().int(),
      toParty: z.array(z.object({ partyId: z.string(), count: z.number().int() })),
    }),
    /** Incidents this reader may see, by week of occurrence (Monday) and status. */
    incidentsByWeek: z.array(z.object({ week: z.string(), status: IncidentStatus, count: z.number().int() })),
    /** Returns counted by day and summed up to each day. */
    returns: z.array(
      z.object({ date: z.string(), individuals: z.number().int(), cumulative: z.number().int() }),
    ),
    /** Movements through the corridor this reader may see, by status. */
    movements: z.array(z.object({ status: z.enum(MOVEMENT_STATUSES), count: z.number().int() })),
    /** The same movements by the week their window opens (cancelled left out), and this week's figures. */
    movementWeeks: z.object({ thisWeek: MovementWeek, byWeek: z.array(MovementWeek) }),
    /**
     * Tracing as counts that name no one (cases by where they stand, remains repatriated and identified), as of
     * today; null for a role that does not read tracing counts (field officers).
     */
    tracing: z
      .object({
        openCases: z.number().int(),
        found: z.number().int(),
        locatedAlive: z.number().int(),
        locatedDead: z.number().int(),
        closed: z.number().int(),
        remainsRepatriated: z.number().int(),
        remainsAwaitingIdentification: z.number().int(),
        remainsIdentified: z.number().int(),
      })
      .nullable(),
    nextMeetings: z.array(MeetingDto),
    latestMeetings: z.array(MeetingDto),
  })
  .meta({ id: 'Dashboard' });

// The shape as a type, for the web (which imports it with `import type`).
export type Dashboard = z.infer<typeof DashboardDto>;
