import { z } from 'zod';
import { PAIR_STATUSES } from '../../domain/exchange/discrepancy-report.js';
import { REVIEW_SHOWS } from '../../domain/exchange/reconciliation.js';
import { LIST_KINDS, RECONCILIATION_STATUSES, REVIEW_DECISIONS } from '../../domain/exchange/types.js';
import { Problem } from '../problem.schemas.js';
import { NextCursor } from '../routes/common.schemas.js';
import { ListEntryDto, PageQuery } from './lists.schemas.js';
import { DiscrepancyReportDto } from './report.schemas.js';

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

export const PairStatus = z.enum(PAIR_STATUSES);

export const ReviewPairDto = z
  .object({
    id: z.string(),
    probability: z.number(),
    /** The engine's class: matched at or above the upper threshold, review between the thresholds. */
    pairClass: z.enum(['matched', 'review']),
    status: PairStatus,
    missing: PairSideDto,
    held: PairSideDto,
    explanation: PairExplanationDto.nullable(),
    decision: PairDecisionDto.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'ReviewPair' });

export const ReviewQuery = PageQuery.extend({
  limit: z.coerce.number().int().min(1).max(100).default(10),
  show: z.enum(REVIEW_SHOWS).default('open'),
});

export const ReviewPageDto = z.object({
  items: z.array(ReviewPairDto),
  /** Pairs in this page's filter. */
  total: z.number().int(),
  /** Pairs between the thresholds not decided yet (the queue), and those decided. */
  open: z.number().int(),
  decided: z.number().int(),
  next: NextCursor,
});

export const PairStatusCountsDto = z.object({
  matched: z.number().int(),
  confirmed: z.number().int(),
  to_review: z.number().int(),
  rejected: z.number().int(),
});

export const PairsFilterQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: PairStatus.optional(),
});

export const PairsQuery = PageQuery.extend(PairsFilterQuery.shape).extend({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const PairsExportQuery = PairsFilterQuery.extend({ lang: z.string().max(10).optional() });

export const PairsPageDto = z.object({
  items: z.array(ReviewPairDto),
  total: z.number().int(),
  /** Per status, with the name search applied and the status filter not. */
  counts: PairStatusCountsDto,
});

/** A run's results: the report's one computation over the run (the reader's part), and its pairs per status. */
export const RunResultsDto = z
  .object({
    report: DiscrepancyReportDto.pick({ asOf: true, sides: true }),
    /** Per status, for the coordinator; null for a liaison, who reads its persons, not the pairs. */
    pairs: PairStatusCountsDto.nullable(),
  })
  .meta({ id: 'RunResults' });

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
export type ReviewShow = z.infer<typeof ReviewQuery>['show'];
export type PairStatus = z.infer<typeof PairStatus>;
export type PairStatusCounts = z.infer<typeof PairStatusCountsDto>;
export type PairsPage = z.infer<typeof PairsPageDto>;
export type RunResults = z.infer<typeof RunResultsDto>;
export type DecisionBody = z.input<typeof DecisionBody>;
