import { z } from 'zod';
import {
  EVENT_STATUSES,
  EVENT_STEPS,
  NOT_HANDED_OVER_REASONS,
  PERSON_OUTCOMES,
} from '../../domain/exchange/exchange-event.js';
import { PLAN_WAIT_KEYS } from '../../domain/exchange/plan-readiness.js';
import { CONFIRMATION_KINDS, PLACE_KINDS } from '../../domain/exchange/types.js';
import { AllForAllPlanDto, ExchangePersonDto } from './persons.schemas.js';

export const PlaceKind = z.enum(PLACE_KINDS);
export const EventStatus = z.enum(EVENT_STATUSES);
export const EventStep = z.enum(EVENT_STEPS);
export const PersonOutcomeKind = z.enum(PERSON_OUTCOMES);
export const NotHandedOverReason = z.enum(NOT_HANDED_OVER_REASONS);

const PersonIds = z.array(z.string().min(1).max(100)).min(1).max(100_000);

export const NewEventBody = z.object({
  date: z.iso.date(),
  place: z.string().trim().min(1).max(300),
  placeKind: PlaceKind,
  personIds: PersonIds,
});

/** An edit of a planned or confirmed exchange: any of its date, place, kind of place and persons. */
export const EventChangesBody = z
  .object({
    date: z.iso.date().optional(),
    place: z.string().trim().min(1).max(300).optional(),
    placeKind: PlaceKind.optional(),
    personIds: PersonIds.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'change at least one field' });

export const CancelEventBody = z.object({ reason: z.string().trim().min(1, 'say why').max(2000) });

/** What happened to each person of the exchange on the day. */
export const OutcomeBody = z.object({
  outcomes: z
    .array(
      z.object({
        personId: z.string().min(1).max(100),
        outcome: PersonOutcomeKind,
        reason: NotHandedOverReason.nullable().optional(),
        note: z.string().trim().max(2000).nullable().optional(),
      }),
    )
    .min(1)
    .max(100_000),
});

const ConfirmationDto = z.object({
  kind: z.enum(CONFIRMATION_KINDS),
  partyId: z.string().nullable(),
  by: z.string(),
  at: z.string(),
});

export const ExchangeEventDto = z
  .object({
    id: z.string(),
    date: z.string(),
    place: z.string(),
    placeKind: PlaceKind,
    status: EventStatus,
    partyIds: z.array(z.string()),
    persons: z.array(
      ExchangePersonDto.extend({
        fromPartyId: z.string(),
        toPartyId: z.string(),
        outcome: z
          .object({
            outcome: PersonOutcomeKind,
            reason: NotHandedOverReason.nullable(),
            note: z.string().nullable(),
          })
          .nullable(),
      }),
    ),
    /** Confirmations of the plan. */
    confirmations: z.array(ConfirmationDto),
    carriedOut: z.object({ at: z.string(), by: z.string() }).nullable(),
    outcomeConfirmations: z.array(ConfirmationDto),
    cancelled: z.object({ at: z.string(), by: z.string(), reason: z.string() }).nullable(),
    complete: z.boolean(),
    completedAt: z.string().nullable(),
    /** The steps the reader may take now. */
    steps: z.array(EventStep),
  })
  .meta({ id: 'ExchangeEvent' });

export const ExchangeEventsDto = z.object({ items: z.array(ExchangeEventDto) });

export const LangQuery = z.object({ lang: z.string().max(10).optional() });

/** The plan page: the all-for-all plan, what it still waits for, and the finished run to verify matches from. */
export const PlanPageDto = AllForAllPlanDto.extend({
  waitingFor: z.array(z.object({ key: z.enum(PLAN_WAIT_KEYS), count: z.number().int() })),
  runId: z.string().nullable(),
}).meta({ id: 'PlanPage' });

export const VerifyMatchesBody = z.object({ reason: z.string().trim().min(1, 'say why').max(2000) });

export const VerifiedMatchesDto = z.object({
  runId: z.string(),
  verified: z.number().int(),
  personIds: z.array(z.string()),
});

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type PlaceKind = z.infer<typeof PlaceKind>;
export type EventStatus = z.infer<typeof EventStatus>;
export type EventStep = z.infer<typeof EventStep>;
export type PersonOutcomeKind = z.infer<typeof PersonOutcomeKind>;
export type NotHandedOverReason = z.infer<typeof NotHandedOverReason>;
export type NewEventBody = z.infer<typeof NewEventBody>;
export type EventChangesBody = z.infer<typeof EventChangesBody>;
export type CancelEventBody = z.infer<typeof CancelEventBody>;
export type OutcomeBody = z.infer<typeof OutcomeBody>;
export type ExchangeEvent = z.infer<typeof ExchangeEventDto>;
export type ExchangeEvents = z.infer<typeof ExchangeEventsDto>;
export type Confirmation = ExchangeEvent['confirmations'][number];
export type EventPersonDto = ExchangeEvent['persons'][number];
export type PlanPage = z.infer<typeof PlanPageDto>;
export type PlanWait = PlanPage['waitingFor'][number];
export type VerifyMatchesBody = z.infer<typeof VerifyMatchesBody>;
export type VerifiedMatches = z.infer<typeof VerifiedMatchesDto>;
