import { z } from 'zod';
import { REMAINS_TRANSFER_STATES } from '../../domain/tracing/remains-transfer.js';
import {
  ALIVE_STATES,
  CASE_CATEGORIES,
  CASE_EVENTS,
  CASE_STATUSES,
  CLOSE_REASONS,
  DATE_PRECISIONS,
  FAMILY_LANGUAGES,
  IDENTIFICATION_METHODS,
  IDENTIFICATION_STATUSES,
  MATCH_DECISIONS,
  MATCH_TARGETS,
  PLACE_PRECISIONS,
  SHARING_LEVELS,
} from '../../domain/tracing/types.js';
import { PairExplanationDto } from '../exchange/reconciliation.schemas.js';

// Dates come in as text and are read by the domain (caseInputProblems), which names the field it cannot read.
const DateText = z.string().max(20);
const Text = (max: number) => z.string().max(max);
const OptionalText = (max: number) => z.string().max(max).nullable().default(null);

export const CaseStatus = z.enum(CASE_STATUSES);
export const SharingLevel = z.enum(SHARING_LEVELS);
export const IdentificationStatus = z.enum(IDENTIFICATION_STATUSES);
export const IdentificationMethod = z.enum(IDENTIFICATION_METHODS);

export const CasePersonBody = z.object({
  givenName: OptionalText(200),
  familyName: OptionalText(200),
  patronymic: OptionalText(200),
  fullName: OptionalText(400),
  sex: z.enum(['m', 'f']).nullable().default(null),
  birthDate: DateText.nullable().default(null),
  birthPlace: OptionalText(200),
  category: z.enum(CASE_CATEGORIES).default('unknown'),
  unit: OptionalText(200),
  rank: OptionalText(100),
});

export const CaseCircumstancesBody = z.object({
  lastSeenOn: DateText.nullable().default(null),
  lastSeenPrecision: z.enum(DATE_PRECISIONS).nullable().default(null),
  lastSeenPlace: OptionalText(400),
  lastSeenPlacePrecision: z.enum(PLACE_PRECISIONS).nullable().default(null),
  note: OptionalText(4000),
});

export const EnquirerBody = z.object({
  name: Text(200),
  relation: Text(100),
  contact: OptionalText(400),
  language: z.enum(FAMILY_LANGUAGES),
});

export const CaseBody = z.object({
  person: CasePersonBody,
  circumstances: CaseCircumstancesBody.default({
    lastSeenOn: null,
    lastSeenPrecision: null,
    lastSeenPlace: null,
    lastSeenPlacePrecision: null,
    note: null,
  }),
  enquirer: EnquirerBody,
  sharingLevel: SharingLevel,
  expiresOn: DateText.nullable().default(null),
});
export type CaseBody = z.infer<typeof CaseBody>;

export const CaseListQuery = z.object({
  status: CaseStatus.optional(),
  name: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const CaseStatusBody = z.object({
  event: z.enum(CASE_EVENTS),
  closeReason: z.enum(CLOSE_REASONS).optional(),
  note: z.string().max(2000).default(''),
});
export type CaseStatusBody = z.infer<typeof CaseStatusBody>;

export const StatusChangeDto = z
  .object({
    id: z.string(),
    /** The case of the step: this one, or a duplicate merged into it. */
    caseId: z.string(),
    fromStatus: CaseStatus.nullable(),
    toStatus: CaseStatus,
    aliveState: z.enum(ALIVE_STATES).nullable(),
    event: z.string(),
    reason: z.string(),
    note: z.string(),
    matchId: z.string().nullable(),
    by: z.string(),
    at: z.string(),
  })
  .meta({ id: 'TracingStatusChange' });

export const CaseSummaryDto = z
  .object({
    id: z.string(),
    reference: z.string(),
    openedByPartyId: z.string(),
    visibility: z.enum(['full', 'search_fields']),
    sharingLevel: SharingLevel,
    displayName: z.string(),
    person: CasePersonBody,
    circumstances: z.object({
      lastSeenOn: z.string().nullable(),
      lastSeenPrecision: z.enum(DATE_PRECISIONS).nullable(),
      lastSeenPlace: z.string().nullable(),
      lastSeenPlacePrecision: z.enum(PLACE_PRECISIONS).nullable(),
      note: z.string().nullable(),
    }),
    enquirer: EnquirerBody.nullable(),
    status: CaseStatus,
    aliveState: z.enum(ALIVE_STATES).nullable(),
    closeReason: z.enum(CLOSE_REASONS).nullable(),
    mergedIntoCaseId: z.string().nullable(),
    expiresOn: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TracingCaseSummary' });
export type CaseSummary = z.infer<typeof CaseSummaryDto>;

export const CaseListDto = z.object({ items: z.array(CaseSummaryDto), total: z.number().int() });
export type CaseList = z.infer<typeof CaseListDto>;

/** A confirmed match as the liaison who opened the case may see it (what it was found as, and when). */
export const FoundAsDto = z.object({
  id: z.string(),
  targetKind: z.enum(MATCH_TARGETS),
  targetLabel: z.string(),
  decidedAt: z.string().nullable(),
});

export const RemainsLinkDto = z.object({
  id: z.string(),
  reference: z.string(),
  identification: IdentificationStatus,
  method: IdentificationMethod.nullable(),
});

export const CaseDetailDto = CaseSummaryDto.extend({
  history: z.array(StatusChangeDto),
  remains: z.array(RemainsLinkDto),
  foundAs: z.array(FoundAsDto),
  matching: z.object({
    state: z.enum(['idle', 'queued', 'running', 'done', 'failed']),
    done: z.number().int(),
    total: z.number().int(),
  }),
  events: z.array(z.enum(CASE_EVENTS)),
}).meta({ id: 'TracingCaseDetail' });
export type CaseDetail = z.infer<typeof CaseDetailDto>;

export const RemainsBody = z.object({
  reference: z.string().min(1).max(100),
  recoveredOn: DateText,
  recoveredPlace: z.string().min(1).max(400),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  placePrecision: z.enum(PLACE_PRECISIONS),
  recoveredBy: z.string().min(1).max(200),
  foundWithDocuments: OptionalText(2000),
  foundWithTokens: OptionalText(2000),
  clothingNotes: OptionalText(2000),
  sex: z.enum(['m', 'f']).nullable().default(null),
  documentName: OptionalText(400),
  repatriatedOn: DateText.nullable().default(null),
  /** The party that recovered them (a liaison's own; the coordinator names it). */
  partyId: z.string().min(1).max(100).optional(),
  /** Who holds them now (by default the party that recovered them). */
  heldByPartyId: z.string().min(1).max(100).optional(),
});
export type RemainsBody = z.infer<typeof RemainsBody>;

export const RemainsListQuery = z.object({
  identification: IdentificationStatus.optional(),
  /** Only the remains this exchange carries. */
  exchangeEventId: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const RemainsDto = z
  .object({
    id: z.string(),
    reference: z.string(),
    recoveredByPartyId: z.string(),
    heldByPartyId: z.string(),
    recoveredOn: z.string(),
    recoveredPlace: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    placePrecision: z.enum(PLACE_PRECISIONS),
    recoveredBy: z.string(),
    foundWithDocuments: z.string().nullable(),
    foundWithTokens: z.string().nullable(),
    clothingNotes: z.string().nullable(),
    sex: z.enum(['m', 'f']).nullable(),
    documentName: z.string().nullable(),
    repatriatedOn: z.string().nullable(),
    exchangeEventId: z.string().nullable(),
    identification: IdentificationStatus,
    method: IdentificationMethod.nullable(),
    caseId: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'TracingRemains' });
export type RemainsDto = z.infer<typeof RemainsDto>;

export const RemainsListDto = z.object({ items: z.array(RemainsDto), total: z.number().int() });
export type RemainsList = z.infer<typeof RemainsListDto>;

export const IdentificationChangeDto = z.object({
  id: z.string(),
  status: IdentificationStatus,
  method: IdentificationMethod.nullable(),
  caseId: z.string().nullable(),
  on: z.string(),
  note: z.string(),
  by: z.string(),
  at: z.string(),
});

export const RemainsTransferDto = z.object({
  id: z.string(),
  eventId: z.string(),
  eventDate: z.string(),
  eventPlace: z.string(),
  fromPartyId: z.string(),
  toPartyId: z.string(),
  state: z.enum(REMAINS_TRANSFER_STATES),
  plannedBy: z.string(),
  plannedAt: z.string(),
  handedOverAt: z.string().nullable(),
});

export const RemainsDetailDto = RemainsDto.extend({
  history: z.array(IdentificationChangeDto),
  /** The exchanges that carry (or carried) the remains, the latest first. */
  transfers: z.array(RemainsTransferDto),
  /** The case it resolves, by reference and name, when the reader may see that case. */
  case: z.object({ id: z.string(), reference: z.string(), displayName: z.string() }).nullable(),
}).meta({ id: 'TracingRemainsDetail' });
export type RemainsDetail = z.infer<typeof RemainsDetailDto>;

export const IdentificationBody = z.object({
  status: IdentificationStatus,
  method: IdentificationMethod.nullable().default(null),
  caseId: z.string().min(1).max(100).nullable().default(null),
  on: DateText,
  note: z.string().max(2000).default(''),
});

export type IdentificationBody = z.infer<typeof IdentificationBody>;

export const HandoverBody = z.object({
  toPartyId: z.string().min(1).max(100),
  on: DateText,
  exchangeEventId: z.string().min(1).max(100).nullable().default(null),
});
export type HandoverBody = z.infer<typeof HandoverBody>;

/** Remains put in a planned exchange, to the party named (by default the exchange's other party). */
export const RemainsExchangeBody = z.object({
  exchangeEventId: z.string().min(1).max(100),
  toPartyId: z.string().min(1).max(100).optional(),
});
export type RemainsExchangeBody = z.infer<typeof RemainsExchangeBody>;

export const CountsQuery = z.object({
  asOf: DateText.optional(),
  from: DateText.optional(),
});

const RemainsCountsDto = z.object({
  asOf: z.string(),
  repatriated: z.number().int(),
  awaitingIdentification: z.number().int(),
  presumptive: z.number().int(),
  identified: z.number().int(),
  identifiedBy: z.record(IdentificationMethod, z.number().int()),
});

export const CountsDto = z
  .object({
    asOf: z.string(),
    cases: z.record(CaseStatus, z.number().int()),
    remains: RemainsCountsDto,
    series: z.array(
      z.object({
        date: z.string(),
        cases: z.record(CaseStatus, z.number().int()),
        remains: RemainsCountsDto,
      }),
    ),
  })
  .meta({ id: 'TracingCounts' });
export type TracingCounts = z.infer<typeof CountsDto>;

export const MatchDecisionDto = z.enum(MATCH_DECISIONS);

/** The engine's explanation of a candidate: the same shape as a reconciliation pair's. */
export const ExplanationDto = PairExplanationDto;

export const MatchQueueItemDto = z
  .object({
    id: z.string(),
    caseId: z.string(),
    targetKind: z.enum(MATCH_TARGETS),
    targetId: z.string(),
    targetPartyId: z.string().nullable(),
    targetLabel: z.string(),
    probability: z.number(),
    explanation: ExplanationDto.nullable(),
    decision: MatchDecisionDto,
    note: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
    case: CaseSummaryDto,
  })
  .meta({ id: 'TracingMatch' });
export type MatchQueueItem = z.infer<typeof MatchQueueItemDto>;

export const MatchQueueDto = z.object({ items: z.array(MatchQueueItemDto) });
export type MatchQueue = z.infer<typeof MatchQueueDto>;
export const MatchQueueQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const MatchDecisionBody = z.object({
  decision: z.enum(['confirmed', 'rejected']),
  note: z.string().max(2000).default(''),
});
export type MatchDecisionBody = z.infer<typeof MatchDecisionBody>;
export const MatchDecisionResultDto = z.object({ match: MatchQueueItemDto });
export type MatchDecisionResult = z.infer<typeof MatchDecisionResultDto>;

export const PfifImportDto = z.object({
  imported: z.number().int(),
  skipped: z.number().int(),
  caseIds: z.array(z.string()),
});
