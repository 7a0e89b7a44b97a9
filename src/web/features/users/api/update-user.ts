import type { User } from '../../../../server/routes/users.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function updateUser(id: string, patch: { displayName?: string; active?: boolean }): Promise<User> {
  return apiRequest<User>('PATCH', `/users/${encodeURIComponent(id)}`, { body: patch });
}
