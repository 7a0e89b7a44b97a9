import { z } from 'zod';
import { STATUS_REASON_KEYS } from '../../domain/exchange/status-reasons.js';
import { PERSON_STATUSES, STATUS_EVENTS } from '../../domain/exchange/types.js';
import { AfterQuery, NextCursor } from '../routes/common.schemas.js';

export const PersonStatus = z.enum(PERSON_STATUSES);
export const StatusEvent = z.enum(STATUS_EVENTS);

/** Why a status changed: a label key the web translates (`exchange.reason.<key>`) and its parameters. */
export const StatusReasonDto = z
  .object({ key: z.enum(STATUS_REASON_KEYS), params: z.record(z.string(), z.string()) })
  .meta({ id: 'StatusReason' });

/**
 * The name in each reader's script (engine transliterateName): the web shows the one of its language beside the
 * name as written. The server computes them because the web may not import the engine (test/architecture.test.ts);
 * the exports use the same function.
 */
export const NameInScriptsDto = z
  .object({ latin: z.string(), cyrillic: z.string(), armenian: z.string() })
  .meta({ id: 'NameInScripts' });

/** What tells namesakes apart on a list of persons: names in each script, birth date as read, list identifiers. */
export const PersonIdentityShape = {
  names: NameInScriptsDto.optional(),
  birthDate: z
    .string()
    .nullable()
    .optional()
    .meta({ description: '`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the list gives only part of it' }),
  listIds: z.array(z.string()).optional().meta({ description: "The parties' list identifiers (source_id)" }),
};

export const ExchangePersonDto = z
  .object({
    id: z.string(),
    displayName: z.string(),
    ownPartyId: z.string(),
    holdingPartyId: z.string().nullable(),
    status: PersonStatus,
    ...PersonIdentityShape,
  })
  .meta({ id: 'ExchangePerson' });

export const ExchangePersonsDto = z.object({ items: z.array(ExchangePersonDto), next: NextCursor });

export const PersonDetailDto = ExchangePersonDto.extend({
  history: z.array(
    z.object({
      from: PersonStatus.nullable(),
      to: PersonStatus,
      event: StatusEvent.nullable(),
      reason: StatusReasonDto,
      by: z.string(),
      at: z.string(),
      exchangeEventId: z.string().nullable(),
      run: z
        .object({ id: z.string(), startedAt: z.string() })
        .optional()
        .meta({ description: 'The reconciliation the reason cites, by when it started' }),
    }),
  ),
  availableEvents: z.array(StatusEvent),
}).meta({ id: 'PersonDetail' });

export const PersonsQuery = z.object({
  status: PersonStatus.optional(),
  partyId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  after: AfterQuery,
});

export const StatusBody = z.object({
  event: StatusEvent,
  reason: z.string().trim().min(1, 'say why').max(2000),
});

const TransferDirectionDto = z.object({
  fromPartyId: z.string(),
  toPartyId: z.string(),
  persons: z.array(ExchangePersonDto),
  count: z.number().int(),
});

export const AllForAllPlanDto = z
  .object({
    directions: z.array(TransferDirectionDto),
    unresolved: z
      .array(ExchangePersonDto)
      .meta({ description: 'The first 200 unresolved persons by name (the persons route lists them all)' }),
    unresolvedCount: z.number().int(),
  })
  .meta({ id: 'AllForAllPlan' });

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type PersonStatus = z.infer<typeof PersonStatus>;
export type StatusEvent = z.infer<typeof StatusEvent>;
export type StatusReason = z.infer<typeof StatusReasonDto>;
export type ExchangePerson = z.infer<typeof ExchangePersonDto>;
export type NameInScripts = z.infer<typeof NameInScriptsDto>;
export type ExchangePersons = z.infer<typeof ExchangePersonsDto>;
export type PersonDetail = z.infer<typeof PersonDetailDto>;
export type StatusChange = PersonDetail['history'][number];
export type StatusBody = z.infer<typeof StatusBody>;
export type TransferDirection = z.infer<typeof TransferDirectionDto>;
export type AllForAllPlan = z.infer<typeof AllForAllPlanDto>;
