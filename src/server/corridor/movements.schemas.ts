import { z } from 'zod';
import {
  ACKNOWLEDGEMENT_ANSWERS,
  MOVEMENT_EVENTS,
  MOVEMENT_KINDS,
  MOVEMENT_STATUSES,
} from '../../domain/corridor/types.js';
import { Problem } from '../problem.schemas.js';

const PlaceId = z.string().trim().min(1).max(100);
const Text = (max: number) => z.string().trim().max(max);

export const MovementDetailsBody = z.object({
  kind: z.enum(MOVEMENT_KINDS),
  reference: z.string().trim().min(1).max(200),
  fromPlaceId: PlaceId,
  toPlaceId: PlaceId,
  windowStart: z.iso.datetime({ offset: true }),
  windowEnd: z.iso.datetime({ offset: true }),
  vehicles: z.number().int().min(0).max(10_000),
  people: z.number().int().min(0).max(100_000),
  cargoSummary: Text(2000),
  escort: Text(500),
});

export const MovementEditBody = MovementDetailsBody.extend({ version: z.number().int().min(1) });

export const MovementAnswerBody = z
  .object({
    answer: z.enum(ACKNOWLEDGEMENT_ANSWERS),
    reason: z.string().trim().max(2000).optional(),
  })
  .refine((body) => body.answer !== 'objected' || (body.reason ?? '').length > 0, {
    path: ['reason'],
    message: 'an objection needs a reason',
  });

/** The steps the coordinator takes by hand; `all_acknowledged` follows the last answer, `edit` is a PATCH. */
export const MOVEMENT_STEPS = ['notify', 'start', 'complete', 'cancel'] as const;
export const MovementStepBody = z.object({
  event: z.enum(MOVEMENT_STEPS),
  reason: z.string().trim().max(2000).optional(),
});

export const MovementDto = MovementDetailsBody.extend({
  id: z.string(),
  status: z.enum(MOVEMENT_STATUSES),
  round: z.number(),
  version: z.number(),
  notifiedPartyIds: z.array(z.string()),
  answers: z.array(
    z.object({
      partyId: z.string(),
      answer: z.enum(ACKNOWLEDGEMENT_ANSWERS),
      reason: z.string().nullable(),
      by: z.string(),
      at: z.string(),
    }),
  ),
  /** Parties notified in this round who have not answered (what the coordinator is waiting for). */
  pendingPartyIds: z.array(z.string()),
  history: z.array(
    z.object({
      from: z.enum(MOVEMENT_STATUSES).nullable(),
      to: z.enum(MOVEMENT_STATUSES),
      event: z.enum([...MOVEMENT_EVENTS, 'plan']),
      reason: z.string().nullable(),
      by: z.string(),
      at: z.string(),
    }),
  ),
  availableEvents: z.array(z.enum(MOVEMENT_EVENTS)),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'CorridorMovement' });

export const MovementsDto = z.object({ items: z.array(MovementDto) });

/** 409: the step does not apply to the movement's status; `current` is the status it is in. */
export const MovementConflictResponse = {
  description: 'The step does not apply now; `current` is the status the movement is in',
  content: {
    'application/problem+json': { schema: Problem.extend({ current: z.enum(MOVEMENT_STATUSES).optional() }) },
  },
};

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type MovementDetailsBody = z.infer<typeof MovementDetailsBody>;
export type MovementEditBody = z.infer<typeof MovementEditBody>;
export type MovementAnswerBody = z.infer<typeof MovementAnswerBody>;
export type MovementStepBody = z.infer<typeof MovementStepBody>;
export type Movement = z.infer<typeof MovementDto>;
export type Movements = z.infer<typeof MovementsDto>;
