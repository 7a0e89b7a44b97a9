import type { Party, PartyKind } from '../../../../server/routes/parties.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export interface PartyPatch {
  code?: string;
  kind?: PartyKind;
  names?: { en?: string; ru?: string; hy?: string; az?: string };
  active?: boolean;
}

export function updateParty(id: string, patch: PartyPatch): Promise<Party> {
  return apiRequest<Party>('PATCH', `/parties/${encodeURIComponent(id)}`, { body: patch });
}
