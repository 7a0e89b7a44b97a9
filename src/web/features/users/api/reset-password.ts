import { apiRequest } from '../../../lib/api-client.js';

export function resetPassword(id: string, password: string): Promise<void> {
  return apiRequest<void>('POST', `/users/${encodeURIComponent(id)}/reset-password`, { body: { password } });
}
