import { z } from 'zod';
import { CONFIRMATION_KINDS, PLACE_KINDS } from '../../domain/exchange/types.js';
import { ExchangePersonDto } from './persons.schemas.js';

export const PlaceKind = z.enum(PLACE_KINDS);

export const NewEventBody = z.object({
  date: z.iso.date(),
  place: z.string().trim().min(1).max(300),
  placeKind: PlaceKind,
  personIds: z.array(z.string().min(1).max(100)).min(1).max(100_000),
});

export const ExchangeEventDto = z
  .object({
    id: z.string(),
    date: z.string(),
    place: z.string(),
    placeKind: PlaceKind,
    partyIds: z.array(z.string()),
    persons: z.array(ExchangePersonDto.extend({ fromPartyId: z.string(), toPartyId: z.string() })),
    confirmations: z.array(
      z.object({
        kind: z.enum(CONFIRMATION_KINDS),
        partyId: z.string().nullable(),
        by: z.string(),
        at: z.string(),
      }),
    ),
    complete: z.boolean(),
    completedAt: z.string().nullable(),
  })
  .meta({ id: 'ExchangeEvent' });

export const ExchangeEventsDto = z.object({ items: z.array(ExchangeEventDto) });

export const LangQuery = z.object({ lang: z.string().max(10).optional() });

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type PlaceKind = z.infer<typeof PlaceKind>;
export type NewEventBody = z.infer<typeof NewEventBody>;
export type ExchangeEvent = z.infer<typeof ExchangeEventDto>;
export type ExchangeEvents = z.infer<typeof ExchangeEventsDto>;
export type Confirmation = ExchangeEvent['confirmations'][number];
