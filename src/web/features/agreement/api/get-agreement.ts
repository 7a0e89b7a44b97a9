import type { Agreement, Provision } from '../../../../server/routes/agreements.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export type AgreementWithProvisions = Agreement & { provisions: Provision[] };

export function getAgreement(id: string, signal?: AbortSignal): Promise<AgreementWithProvisions> {
  return apiRequest<AgreementWithProvisions>('GET', `/agreements/${encodeURIComponent(id)}`, { signal });
}
