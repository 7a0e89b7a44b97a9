import type { User, Users } from '../../../../server/routes/users.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getUsers(signal?: AbortSignal): Promise<User[]> {
  return apiRequest<Users>('GET', '/users', { signal }).then((list) => list.items);
}
