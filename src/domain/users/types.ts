import type { Role } from '../access/types.js';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  partyId: string | null;
  post: string | null;
  active: boolean;
  locale: string;
  timeZone: string;
  createdAt: string;
}

export interface NewUser {
  username: string;
  displayName?: string;
  role: Role;
  partyId?: string | null;
  post?: string | null;
  password: string;
  locale?: string;
  timeZone?: string;
}

export interface UserPatch {
  displayName?: string;
  active?: boolean;
}

export interface UserPreferences {
  locale?: string;
  timeZone?: string;
}
