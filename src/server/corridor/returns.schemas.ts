import { z } from 'zod';
import { RETURN_FIELDS } from '../../domain/returns/returns-rows.js';
import { RETURN_MODES } from '../../domain/returns/types.js';
import { Problem } from '../problem.schemas.js';

const Day = z.iso.date();

export const NewReturnCountBody = z.object({
  date: Day,
  originPlaceId: z.string().trim().min(1).max(100).nullable(),
  destinationPlaceId: z.string().trim().min(1).max(100),
  region: z.string().trim().max(200).default(''),
  individuals: z.number().int().min(0).max(10_000_000),
  households: z.number().int().min(0).max(10_000_000).nullable(),
  mode: z.enum(RETURN_MODES),
  movementId: z.string().min(1).max(100).nullable().default(null),
  source: z.string().trim().min(1).max(500),
});

export const ReturnCountDto = NewReturnCountBody.extend({
  id: z.string(),
  region: z.string(),
  movementId: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
}).meta({ id: 'ReturnCount' });

export const ReturnCountsDto = z.object({ items: z.array(ReturnCountDto) });

export const ReturnsQuery = z.object({
  from: Day.optional(),
  to: Day.optional(),
  destinationPlaceId: z.string().min(1).max(100).optional(),
});

export const SeriesQuery = z.object({ from: Day.optional(), to: Day.optional() });

export const ReturnsSeriesDto = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  days: z.array(
    z.object({
      date: z.string(),
      individuals: z.number(),
      households: z.number(),
      cumulativeIndividuals: z.number(),
      cumulativeHouseholds: z.number(),
    }),
  ),
});

export const ReturnMapping = z.partialRecord(z.enum(RETURN_FIELDS), z.string().max(300));

export const ImportQuery = z.object({ dryRun: z.enum(['true', 'false']).optional() });

export const ReturnRowReject = z.object({
  row: z.number(),
  field: z.enum(RETURN_FIELDS),
  reason: z.string(),
  value: z.string(),
});

export const ReturnsImportDto = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  headers: z.array(z.string()),
  mapping: ReturnMapping,
  /** True: the file was read and checked, nothing stored. */
  dryRun: z.boolean(),
  accepted: z.number(),
  individuals: z.number(),
  sample: z.array(NewReturnCountBody.omit({ movementId: true })),
});

/** 422: rows that cannot be taken, each naming its row, field and value; nothing was stored. */
export const ReturnsRejectedProblem = Problem.extend({
  rejects: z.array(ReturnRowReject),
  headers: z.array(z.string()).optional(),
  mapping: ReturnMapping.optional(),
});
export type ReturnsRejectedProblem = z.infer<typeof ReturnsRejectedProblem>;
/** 400: the file is not a table, or the mapping does not fit it; `headers` are its columns when it was read. */
export const ReturnsMappingProblem = Problem.extend({ headers: z.array(z.string()).optional() });

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type NewReturnCountBody = z.infer<typeof NewReturnCountBody>;
export type ReturnCountDto = z.infer<typeof ReturnCountDto>;
export type ReturnsSeries = z.infer<typeof ReturnsSeriesDto>;
export type ReturnMapping = z.infer<typeof ReturnMapping>;
export type ReturnsImport = z.infer<typeof ReturnsImportDto>;
export type ReturnRowRejectDto = z.infer<typeof ReturnRowReject>;
