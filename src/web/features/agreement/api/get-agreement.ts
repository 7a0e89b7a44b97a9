import { apiRequest } from '../../../lib/api-client.js';
import type { Agreement, Provision } from '../../../lib/api-types.js';

export type AgreementWithProvisions = Agreement & { provisions: Provision[] };

export function getAgreement(id: string, signal?: AbortSignal): Promise<AgreementWithProvisions> {
  return apiRequest<AgreementWithProvisions>('GET', `/agreements/${encodeURIComponent(id)}`, { signal });
}
