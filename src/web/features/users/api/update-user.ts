import { apiRequest } from '../../../lib/api-client.js';
import type { User } from '../../../lib/api-types.js';

export function updateUser(id: string, patch: { displayName?: string; active?: boolean }): Promise<User> {
  return apiRequest<User>('PATCH', `/users/${encodeURIComponent(id)}`, { body: patch });
}
