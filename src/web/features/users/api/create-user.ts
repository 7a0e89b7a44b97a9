import type { Role } from '../../../../server/routes/common.schemas.js';
import type { User } from '../../../../server/routes/users.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

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
