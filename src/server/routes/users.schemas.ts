import { z } from 'zod';
import { ROLE, UI_LANGUAGE } from './common.schemas.js';

export const UserDto = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: ROLE,
    partyId: z.string().nullable(),
    post: z.string().nullable(),
    active: z.boolean(),
    locale: z.string(),
    timeZone: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });

export const UserList = z.object({ items: z.array(UserDto) });

const Password = z.string().min(10, { message: 'use at least 10 characters' }).max(1000);

export const NewUserBody = z.object({
  username: z.string().trim().min(2).max(63),
  displayName: z.string().trim().min(1).max(200),
  role: ROLE,
  partyId: z.string().min(1).nullable().optional(),
  post: z.string().trim().min(1).max(200).nullable().optional(),
  password: Password,
  locale: UI_LANGUAGE.optional(),
});

export const UserPatchBody = z
  .object({ displayName: z.string().trim().min(1).max(200).optional(), active: z.boolean().optional() })
  .refine((patch) => patch.displayName !== undefined || patch.active !== undefined, {
    message: 'nothing to change',
  });

export const ResetPasswordBody = z.object({ password: Password });

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type User = z.infer<typeof UserDto>;
export type Users = z.infer<typeof UserList>;
export type NewUserBody = z.infer<typeof NewUserBody>;
export type UserPatchBody = z.infer<typeof UserPatchBody>;
