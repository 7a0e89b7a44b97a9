import type { Place } from '../../../server/corridor/layers.schemas.js';
import type {
  AccountBody,
  IncidentDetail,
  IncidentList,
  StatusBody,
} from '../../../server/incidents/incidents.schemas.js';
import { apiRequest } from '../../lib/api-client.js';

export function getIncidents(signal?: AbortSignal): Promise<IncidentList> {
  return apiRequest<IncidentList>('GET', '/incidents', { signal });
}

export function getReviewQueue(signal?: AbortSignal): Promise<IncidentList> {
  return apiRequest<IncidentList>('GET', '/incidents/review-queue', { signal });
}

export function getIncident(id: string, signal?: AbortSignal): Promise<IncidentDetail> {
  return apiRequest<IncidentDetail>('GET', `/incidents/${encodeURIComponent(id)}`, { signal });
}

export function reportIncident(body: Partial<AccountBody>): Promise<IncidentDetail> {
  return apiRequest<IncidentDetail>('POST', '/incidents', { body });
}

export function putAccount(
  id: string,
  as: 'claim' | 'finding',
  body: Partial<AccountBody>,
): Promise<IncidentDetail> {
  return apiRequest<IncidentDetail>('PUT', `/incidents/${encodeURIComponent(id)}/${as}`, { body });
}

export function reviewIncident(id: string, body: Partial<StatusBody>): Promise<IncidentDetail> {
  return apiRequest<IncidentDetail>('POST', `/incidents/${encodeURIComponent(id)}/status`, { body });
}

/** The gazetteer's places, offered in the incident form's place field. */
export async function getPlaces(signal?: AbortSignal): Promise<Place[]> {
  return (await apiRequest<{ items: Place[] }>('GET', '/corridor/places', { signal })).items;
}
