import type { Dashboard } from '../../../server/dashboard/dashboard.schemas.js';
import type {
  Implementation,
  NewAssessmentBody,
  NewPositionBody,
  ProvisionDetail,
} from '../../../server/provisions/provisions.schemas.js';
import { apiRequest } from '../../lib/api-client.js';

export function getDashboard(signal?: AbortSignal): Promise<Dashboard> {
  return apiRequest<Dashboard>('GET', '/dashboard', { signal });
}

export function getImplementation(agreementId: string, signal?: AbortSignal): Promise<Implementation> {
  return apiRequest<Implementation>('GET', `/agreements/${encodeURIComponent(agreementId)}/implementation`, {
    signal,
  });
}

export function getProvision(id: string, signal?: AbortSignal): Promise<ProvisionDetail> {
  return apiRequest<ProvisionDetail>('GET', `/provisions/${encodeURIComponent(id)}`, { signal });
}

export function assessProvision(id: string, body: Partial<NewAssessmentBody>): Promise<ProvisionDetail> {
  return apiRequest<ProvisionDetail>('POST', `/provisions/${encodeURIComponent(id)}/assessments`, { body });
}

export function statePosition(id: string, body: NewPositionBody): Promise<ProvisionDetail> {
  return apiRequest<ProvisionDetail>('POST', `/provisions/${encodeURIComponent(id)}/positions`, { body });
}
