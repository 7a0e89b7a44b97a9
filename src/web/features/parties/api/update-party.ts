import { apiRequest } from '../../../lib/api-client.js';
import type { Party, PartyKind } from '../../../lib/api-types.js';

export interface PartyPatch {
  code?: string;
  kind?: PartyKind;
  names?: { en?: string; ru?: string; hy?: string; az?: string };
  active?: boolean;
}

export function updateParty(id: string, patch: PartyPatch): Promise<Party> {
  return apiRequest<Party>('PATCH', `/parties/${encodeURIComponent(id)}`, { body: patch });
}
