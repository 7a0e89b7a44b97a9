import { z } from 'zod';
import { LIST_KINDS, RECONCILIATION_STATUSES, REVIEW_DECISIONS } from '../../domain/exchange/types.js';
import { Problem } from '../problem.schemas.js';
import { NextCursor } from '../routes/page-cursor.js';
import { ListEntryDto } from './lists.schemas.js';

export const ReconciliationStatus = z.enum(RECONCILIATION_STATUSES);
export const ReviewDecision = z.enum(REVIEW_DECISIONS);

export const ThresholdsBody = z
  .object({
    thresholds: z
      .object({ upper: z.number().gt(0).max(1), lower: z.number().gt(0).lt(1) })
      .refine((t) => t.lower < t.upper, { message: 'lower must be below upper', path: ['lower'] })
      .optional(),
  })
  .optional();

export const ReconciliationDto = z
  .object({
    id: z.string(),
    status: ReconciliationStatus,
    startedAt: z.string(),
    startedBy: z.string(),
    finishedAt: z.string().nullable(),
    progress: z.object({ done: z.number().int(), total: z.number().int(), phase: z.string() }),
    counts: z
      .object({
        matched: z.number().int(),
        review: z.number().int(),
        unmatched: z.array(
          z.object({ partyId: z.string(), kind: z.enum(LIST_KINDS), count: z.number().int() }),
        ),
      })
      .nullable(),
    sharedAt: z.string().nullable(),
    error: z.string().nullable(),
    partyIds: z.array(z.string()),
    thresholds: z.object({ upper: z.number(), lower: z.number() }),
  })
  .meta({ id: 'Reconciliation' });

export const ReconciliationsDto = z.object({ items: z.array(ReconciliationDto) });

export const LevelLabelDto = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const PairExplanationDto = z
  .object({
    leftId: z.string(),
    rightId: z.string(),
    terms: z.array(
      z.object({
        comparison: z.string(),
        levelId: z.string(),
        label: LevelLabelDto,
        valueLeft: z.string(),
        valueRight: z.string(),
        m: z.number(),
        u: z.number(),
        bayesFactor: z.number(),
        matchWeight: z.number(),
        termFrequencyWeight: z.number().optional(),
      }),
    ),
    priorWeight: z.number(),
    matchWeight: z.number(),
    matchProbability: z.number(),
  })
  .meta({ id: 'PairExplanation' });

export const PairDecisionDto = z
  .object({
    decision: ReviewDecision,
    note: z.string(),
    decidedBy: z.string(),
    decidedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'PairDecision' });

export const PairSideDto = ListEntryDto.extend({ partyId: z.string() });

export const ReviewPairDto = z
  .object({
    id: z.string(),
    probability: z.number(),
    missing: PairSideDto,
    held: PairSideDto,
    explanation: PairExplanationDto.nullable(),
    decision: PairDecisionDto.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'ReviewPair' });

export const ReviewPageDto = z.object({
  items: z.array(ReviewPairDto),
  total: z.number().int(),
  next: NextCursor,
});

export const DecisionBody = z.object({
  decision: ReviewDecision,
  note: z.string().trim().max(2000).default(''),
  version: z.number().int().min(0),
});

/** A stale decision: the problem names the decision that stands. */
export const DecisionConflictProblem = Problem.extend({ current: PairDecisionDto.nullable() }).meta({
  id: 'DecisionConflictProblem',
});

export const DecisionConflictResponse = {
  description: 'Someone decided this pair meanwhile; `current` is the decision that stands',
  content: { 'application/problem+json': { schema: DecisionConflictProblem } },
};

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type ReconciliationStatus = z.infer<typeof ReconciliationStatus>;
export type ReviewDecision = z.infer<typeof ReviewDecision>;
export type ThresholdsBody = z.infer<typeof ThresholdsBody>;
export type Reconciliation = z.infer<typeof ReconciliationDto>;
export type ReconciliationCounts = NonNullable<Reconciliation['counts']>;
export type Reconciliations = z.infer<typeof ReconciliationsDto>;
export type LevelLabel = z.infer<typeof LevelLabelDto>;
export type PairExplanation = z.infer<typeof PairExplanationDto>;
export type ExplanationTerm = PairExplanation['terms'][number];
export type PairDecision = z.infer<typeof PairDecisionDto>;
export type PairSide = z.infer<typeof PairSideDto>;
export type ReviewPair = z.infer<typeof ReviewPairDto>;
export type ReviewPage = z.infer<typeof ReviewPageDto>;
export type DecisionBody = z.input<typeof DecisionBody>;
