import { apiRequest } from '../../../lib/api-client.js';
import type { Party, PartyKind } from '../../../lib/api-types.js';

export interface NewParty {
  code: string;
  kind: PartyKind;
  names: { en: string; ru?: string; hy?: string; az?: string };
}

export function createParty(party: NewParty): Promise<Party> {
  return apiRequest<Party>('POST', '/parties', { body: party });
}
