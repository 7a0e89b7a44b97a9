import { z } from 'zod';
import { PARTY_KINDS } from '../../domain/parties/types.js';

export const PartyKind = z.enum(PARTY_KINDS);

const Name = z.string().trim().min(1).max(200);

export const PartyDto = z
  .object({
    id: z.string(),
    code: z.string(),
    kind: PartyKind,
    names: z.object({ en: z.string(), ru: z.string(), hy: z.string(), az: z.string() }),
    active: z.boolean(),
  })
  .meta({ id: 'Party' });

export const PartyList = z.object({ items: z.array(PartyDto) });

export const PartyCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{2,16}$/, { message: '2 to 16 letters, digits, dashes or underscores' });

export const NewPartyBody = z.object({
  code: PartyCode,
  kind: PartyKind,
  names: z.object({ en: Name, ru: Name.optional(), hy: Name.optional(), az: Name.optional() }),
});

export const PartyPatchBody = z
  .object({
    code: PartyCode.optional(),
    kind: PartyKind.optional(),
    names: z
      .object({ en: Name.optional(), ru: Name.optional(), hy: Name.optional(), az: Name.optional() })
      .optional(),
    active: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'nothing to change' });

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type PartyKind = z.infer<typeof PartyKind>;
export type Party = z.infer<typeof PartyDto>;
export type Parties = z.infer<typeof PartyList>;
export type NewPartyBody = z.infer<typeof NewPartyBody>;
export type PartyPatchBody = z.infer<typeof PartyPatchBody>;
