import { apiRequest } from '../../../lib/api-client.js';
import type { ItemList, User } from '../../../lib/api-types.js';

export function getUsers(signal?: AbortSignal): Promise<User[]> {
  return apiRequest<ItemList<User>>('GET', '/users', { signal }).then((list) => list.items);
}
