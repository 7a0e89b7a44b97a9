import { z } from 'zod';
import { CARGO_CATEGORIES, MOVEMENT_KINDS, MOVEMENT_STATUSES } from '../../domain/corridor/types.js';

export const BulletinQuery = z.object({
  date: z.iso.date().describe('The day of the bulletin, YYYY-MM-DD (UTC)'),
});
export const BulletinPdfQuery = BulletinQuery.extend({
  lang: z
    .enum(['en', 'ru', 'hy', 'az'])
    .optional()
    .describe('The language of the PDF; the reader’s when left out'),
});

const Returned = z.object({ individuals: z.number().int(), households: z.number().int().nullable() });

/** The daily bulletin of the corridor: the figures of one day, as the reader may see them. */
export const DailyBulletinDto = z
  .object({
    date: z.string(),
    posts: z.object({
      total: z.number().int(),
      establishedThatDay: z.array(z.number().int()),
      checkpoints: z.number().int(),
    }),
    movements: z.object({
      escorted: z.array(
        z.object({
          reference: z.string(),
          kind: z.enum(MOVEMENT_KINDS),
          status: z.enum(MOVEMENT_STATUSES),
          fromPlaceId: z.string(),
          toPlaceId: z.string(),
          vehicles: z.number().int(),
          people: z.number().int(),
          escort: z.string(),
        }),
      ),
      vehicles: z.number().int(),
      people: z.number().int(),
    }),
    cargo: z.object({
      consignments: z.array(z.string()),
      tonnes: z.record(z.enum(CARGO_CATEGORIES), z.number()),
      tonnesThatDay: z.number(),
      tonnesInTotal: z.number(),
    }),
    returns: z.object({ thatDay: Returned, inTotal: Returned }),
    incidents: z
      .array(z.object({ kind: z.string(), occurredAt: z.string(), placeId: z.string().nullable() }))
      .nullable()
      .describe('Incidents published for the day (null where the deployment keeps no incidents)'),
  })
  .meta({ id: 'CorridorDailyBulletin' });

export type DailyBulletinDto = z.infer<typeof DailyBulletinDto>;
