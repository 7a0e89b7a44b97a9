import { z } from 'zod';
import { PASSAGE_DIRECTIONS } from '../../domain/corridor/passage.js';
import { INSPECTION_RESULTS } from '../../domain/corridor/types.js';
import { Problem } from '../problem.schemas.js';
import { FeatureNames } from './layers.schemas.js';

export const PassageKeyParams = z.object({
  key: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, 'a key of 8 to 100 letters, digits, - or _ (a UUID)'),
});

export const PassageBody = z.object({
  checkpointId: z.string().min(1).max(100),
  movementId: z.string().min(1).max(100).nullable().default(null),
  direction: z.enum(PASSAGE_DIRECTIONS),
  timeIn: z.iso.datetime({ offset: true }),
  timeOut: z.iso.datetime({ offset: true }).nullable().default(null),
  vehicles: z.number().int().min(0).max(10_000),
  inspection: z.enum(INSPECTION_RESULTS),
  remarks: z.string().trim().max(2000).default(''),
  /** The version the device edited; absent or null for a new entry (and for its retries). */
  baseVersion: z.number().int().min(1).nullable().default(null),
});

export const PassageDto = z
  .object({
    id: z.string(),
    idempotencyKey: z.string(),
    checkpointId: z.string(),
    movementId: z.string().nullable(),
    direction: z.enum(PASSAGE_DIRECTIONS),
    timeIn: z.string(),
    timeOut: z.string().nullable(),
    vehicles: z.number(),
    inspection: z.enum(INSPECTION_RESULTS),
    remarks: z.string(),
    version: z.number(),
    recordedBy: z.string(),
    recordedAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CorridorPassage' });

export const PassagesDto = z.object({ items: z.array(PassageDto) });
/** The checkpoints the caller is posted at: the ones its passage form offers. */
export const CheckpointPostsDto = z.object({
  items: z.array(z.object({ id: z.string(), number: z.number().nullable(), names: FeatureNames })),
});

export const PassagesQuery = z.object({ checkpointId: z.string().min(1).max(100).optional() });

/** 409: the entry under this key is not the one sent; `current` is what is stored, to show beside the device's. */
export const PassageConflictResponse = {
  description:
    'Another version of this passage is stored; `current` is it (the device keeps its own to show)',
  content: { 'application/problem+json': { schema: Problem.extend({ current: PassageDto.optional() }) } },
};

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type PassageBody = z.infer<typeof PassageBody>;
export type Passage = z.infer<typeof PassageDto>;
export type CheckpointPosts = z.infer<typeof CheckpointPostsDto>;
