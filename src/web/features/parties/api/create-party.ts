import type { Party, PartyKind } from '../../../../server/routes/parties.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export interface NewParty {
  code: string;
  kind: PartyKind;
  names: { en: string; ru?: string; hy?: string; az?: string };
}

export function createParty(party: NewParty): Promise<Party> {
  return apiRequest<Party>('POST', '/parties', { body: party });
}
