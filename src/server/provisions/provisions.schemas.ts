import { z } from 'zod';
import { EVIDENCE_KINDS, IMPLEMENTATION_LEVEL_KEYS } from '../../domain/provisions/types.js';
import { ActionItemDto } from '../meetings/meetings.schemas.js';
import { ProvisionDto } from '../routes/agreements.schemas.js';
import { LocalisedText } from '../routes/common.schemas.js';

/** A level on the 0–3 scale as the API answers it (input levels are judged by the domain, which names the field). */
export const ImplementationLevel = z.number().int().min(0).max(3);
export const ImplementationLevelKey = z.enum(IMPLEMENTATION_LEVEL_KEYS);
export const EvidenceKind = z.enum(EVIDENCE_KINDS);
export const DEADLINE_STATES = ['met', 'met_late', 'open', 'overdue'] as const;

export const ProvisionParams = z.object({ id: z.string().min(1).max(100) });
export const DeadlineParams = ProvisionParams.extend({ deadlineId: z.string().min(1).max(100) });

export const EvidenceLinkBody = z.object({
  kind: EvidenceKind,
  recordId: z.string().min(1).max(100).nullable().default(null),
  note: z.string().max(2000).default(''),
});

export const NewAssessmentBody = z.object({
  level: z.number(),
  effectiveOn: z.string().max(20),
  rationale: z.string().max(4000),
  evidence: z.array(EvidenceLinkBody).max(50).default([]),
});

export const NewPositionBody = z.object({
  level: z.number().nullable(),
  statement: z.string().max(4000),
  statedOn: z.string().max(20),
});

export const NewEvidenceBody = z.object({ evidence: z.array(EvidenceLinkBody).min(1).max(50) });

export const NewDeadlineBody = z.object({
  dueOn: z.iso.date(),
  description: LocalisedText.extend({ en: z.string().trim().min(1).max(500) }),
  metOn: z.iso.date().nullable().default(null),
});

export const DeadlinePatchBody = z.object({ metOn: z.iso.date().nullable() });

export const AssessmentDto = z
  .object({
    id: z.string(),
    provisionId: z.string(),
    level: ImplementationLevel,
    effectiveOn: z.string(),
    rationale: z.string(),
    author: z.string(),
    recordedAt: z.string(),
  })
  .meta({ id: 'ProvisionAssessment' });

export const DeadlineDto = z
  .object({
    id: z.string(),
    provisionId: z.string(),
    provisionNumber: z.number().int(),
    dueOn: z.string(),
    description: LocalisedText,
    metOn: z.string().nullable(),
    state: z.enum(DEADLINE_STATES),
    daysOverdue: z.number().int(),
  })
  .meta({ id: 'ProvisionDeadline' });

export const PositionDto = z
  .object({
    id: z.string(),
    provisionId: z.string(),
    partyId: z.string(),
    level: ImplementationLevel.nullable(),
    statement: z.string(),
    statedOn: z.string(),
    author: z.string(),
    recordedAt: z.string(),
  })
  .meta({ id: 'ProvisionPosition' });

export const EvidenceDto = z
  .object({
    id: z.string(),
    provisionId: z.string(),
    assessmentId: z.string().nullable(),
    kind: EvidenceKind,
    recordId: z.string().nullable(),
    note: z.string(),
    addedBy: z.string(),
    addedAt: z.string(),
    exchange: z
      .object({
        date: z.string(),
        place: z.string(),
        complete: z.boolean(),
        personsTo: z.array(z.object({ partyId: z.string(), count: z.number().int() })),
      })
      .nullable(),
  })
  .meta({ id: 'ProvisionEvidence' });

export const ProvisionStatusDto = z
  .object({
    provisionId: z.string(),
    number: z.number().int(),
    text: LocalisedText,
    responsiblePartyIds: z.array(z.string()),
    level: ImplementationLevel,
    levelKey: ImplementationLevelKey,
    latest: AssessmentDto.nullable(),
    deadlines: z.array(DeadlineDto),
    evidenceCount: z.number().int(),
    /** Action items linked to the provision by state; done ones are evidence of implementation. */
    actionItems: z.object({
      done: z.number().int(),
      open: z.number().int(),
      overdue: z.number().int(),
      dropped: z.number().int(),
    }),
  })
  .meta({ id: 'ProvisionStatus' });

export const RollUpPointDto = z.object({
  date: z.string(),
  share: z.number(),
  levels: z.record(z.string(), ImplementationLevel),
});

export const ImplementationDto = z
  .object({
    agreementId: z.string(),
    asOf: z.string(),
    /** The agreement's implementation as a share of the full scale (0..1). */
    share: z.number(),
    series: z.array(RollUpPointDto),
    provisions: z.array(ProvisionStatusDto),
    overdue: z.array(DeadlineDto),
  })
  .meta({ id: 'AgreementImplementation' });

export const ProvisionDetailDto = z
  .object({
    provision: ProvisionDto,
    asOf: z.string(),
    level: ImplementationLevel,
    levelKey: ImplementationLevelKey,
    /** Newest first. */
    assessments: z.array(AssessmentDto),
    deadlines: z.array(DeadlineDto),
    /** Newest first; the latest of each party is its current position. */
    positions: z.array(PositionDto),
    evidence: z.array(EvidenceDto),
    /** Meetings that had the provision on the table, in date order. */
    meetings: z.array(
      z.object({ id: z.string(), title: LocalisedText, startsAt: z.string(), placeName: z.string() }),
    ),
    /** Action items linked to the provision; their completion is evidence. */
    actionItems: z.array(ActionItemDto),
  })
  .meta({ id: 'ProvisionDetail' });

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type NewAssessmentBody = z.infer<typeof NewAssessmentBody>;
export type NewPositionBody = z.infer<typeof NewPositionBody>;
export type NewEvidenceBody = z.infer<typeof NewEvidenceBody>;
export type NewDeadlineBody = z.infer<typeof NewDeadlineBody>;
export type EvidenceLinkInput = z.infer<typeof EvidenceLinkBody>;
export type Assessment = z.infer<typeof AssessmentDto>;
export type Deadline = z.infer<typeof DeadlineDto>;
export type Position = z.infer<typeof PositionDto>;
export type Evidence = z.infer<typeof EvidenceDto>;
export type ProvisionStatus = z.infer<typeof ProvisionStatusDto>;
export type RollUpPoint = z.infer<typeof RollUpPointDto>;
export type Implementation = z.infer<typeof ImplementationDto>;
export type ProvisionDetail = z.infer<typeof ProvisionDetailDto>;
