import { z } from 'zod';
import { PLACE_KINDS } from '../../store/index.js';
import { ExchangePersonDto } from './persons.schemas.js';

export const NewEventBody = z.object({
  date: z.iso.date(),
  place: z.string().trim().min(1).max(300),
  placeKind: z.enum(PLACE_KINDS),
  personIds: z.array(z.string().min(1).max(100)).min(1).max(100_000),
});

export const ExchangeEventDto = z
  .object({
    id: z.string(),
    date: z.string(),
    place: z.string(),
    placeKind: z.enum(PLACE_KINDS),
    partyIds: z.array(z.string()),
    persons: z.array(ExchangePersonDto.extend({ fromPartyId: z.string(), toPartyId: z.string() })),
    confirmations: z.array(
      z.object({
        kind: z.enum(['party', 'coordinator']),
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
