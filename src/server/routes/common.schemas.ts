import { z } from 'zod';

export const UI_LANGUAGE = z.enum(['en', 'ru', 'hy', 'az']);
export const ROLE = z.enum(['coordinator', 'liaison', 'observer', 'field_officer']);

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
