import { z } from 'zod';
import { ROLES } from '../../domain/access/types.js';
import { UI_LANGUAGES } from '../../domain/parties/types.js';

export const UI_LANGUAGE = z.enum(UI_LANGUAGES);
export const ROLE = z.enum(ROLES);

/** The (empty) body of a 204 answer. */
export const NoContent = z.null().describe('No content');

export const IdParams = z.object({ id: z.string().min(1).max(100) });

export const LocalisedText = z
  .object({ en: z.string(), ru: z.string().optional(), hy: z.string().optional(), az: z.string().optional() })
  .meta({ id: 'LocalisedText' });

export const TimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine(isTimeZone, { message: 'not an IANA time zone (e.g. Asia/Yerevan, UTC)' });

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type Language = z.infer<typeof UI_LANGUAGE>;
export type Role = z.infer<typeof ROLE>;
export type LocalisedText = z.infer<typeof LocalisedText>;

/** Keyset paging (see page-cursor.ts): the cursor of the page before, and the one of the page after. */
export const AfterQuery = z
  .string()
  .max(1000)
  .regex(/^[A-Za-z0-9_-]+$/, 'a cursor as a page gave it (`next`)')
  .optional()
  .meta({ description: 'The `next` cursor of the page before; none for the first page' });

export const NextCursor = z
  .string()
  .nullable()
  .meta({ description: 'Cursor of the page after this one (pass it as `after`); null on the last page' });
