import { apiRequest } from '../../../lib/api-client.js';
import type { Role, User } from '../../../lib/api-types.js';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  partyId?: string | null;
  post?: string | null;
  password: string;
}

export function createUser(user: NewUser): Promise<User> {
  return apiRequest<User>('POST', '/users', { body: user });
}
