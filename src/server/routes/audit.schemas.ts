import { z } from 'zod';
import { WRITE_CHANNELS } from '../../domain/access/types.js';

const JsonValue: z.ZodType<unknown> = z.unknown();

export const AuditEntryDto = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    at: z.string(),
    actor: z.object({ userId: z.string().nullable(), username: z.string(), via: z.enum(WRITE_CHANNELS) }),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    summary: z.record(z.string(), JsonValue),
    hash: z.string(),
    prevHash: z.string().nullable(),
    reference: z
      .object({
        name: z.string().optional(),
        at: z.string().optional(),
        date: z.string().optional(),
        partyId: z.string().optional(),
        kind: z.string().optional(),
        number: z.number().optional(),
      })
      .nullable()
      .optional()
      .meta({
        description:
          "The entity in readable words: a person's or user's name, a run's start, an exchange's date and place, a list's party and kind",
      }),
  })
  .meta({ id: 'AuditEntry' });

export const AuditActionsDto = z.object({
  items: z.array(z.string()).meta({ description: 'The action codes the log holds, in order' }),
});

export const AuditVerdictDto = z
  .object({
    ok: z.boolean(),
    checked: z.number().int().meta({ description: 'Entries that verified (before the first bad one)' }),
    firstBad: z.object({ seq: z.number().int(), id: z.string(), reason: z.string() }).nullable(),
    verifiedAt: z.string(),
    millis: z.number().int().meta({ description: 'How long the walk took' }),
  })
  .meta({ id: 'AuditVerdict' });

export const AuditPage = z.object({ items: z.array(AuditEntryDto), total: z.number().int() });

const Filter = z.string().trim().min(1).max(200).optional();

export const AuditQuery = z
  .object({
    actor: Filter,
    action: Filter,
    entityType: Filter,
    entityId: Filter,
    from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '"from" is after "to"', path: ['from'] });

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type AuditEntry = z.infer<typeof AuditEntryDto>;
export type AuditActor = AuditEntry['actor'];
export type AuditPage = z.infer<typeof AuditPage>;
export type AuditReference = NonNullable<AuditEntry['reference']>;
export type AuditVerdict = z.infer<typeof AuditVerdictDto>;

export const AuditCheckpointDto = z
  .object({
    seq: z.number().int(),
    hash: z.string(),
    at: z.string(),
    legacyUntil: z.number().int(),
    publicKey: z.string(),
    signature: z.string(),
  })
  .meta({ id: 'AuditCheckpoint' });

export const AuditCheckpointsDto = z.object({
  publicKey: z
    .string()
    .meta({ description: 'Ed25519 public key (base64 of 32 bytes) the checkpoints verify with' }),
  items: z.array(AuditCheckpointDto),
});
