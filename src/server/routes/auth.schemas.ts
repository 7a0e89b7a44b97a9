import { z } from 'zod';
import { TimeZone, UI_LANGUAGE } from './common.schemas.js';
import { PartyDto } from './parties.schemas.js';
import { UserDto } from './users.schemas.js';

export const LoginBody = z.object({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
});

export const SessionDto = z
  .object({ user: UserDto, party: PartyDto.nullable(), csrfToken: z.string() })
  .meta({ id: 'Session' });

export const PreferencesBody = z
  .object({ locale: UI_LANGUAGE.optional(), timeZone: TimeZone.optional() })
  .refine((prefs) => prefs.locale !== undefined || prefs.timeZone !== undefined, {
    message: 'give locale or timeZone',
  });

export const MeDto = z.object({ user: UserDto });

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type LoginBody = z.infer<typeof LoginBody>;
export type Session = z.infer<typeof SessionDto>;
export type PreferencesBody = z.infer<typeof PreferencesBody>;
