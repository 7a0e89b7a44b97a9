import type { ExchangeEvent } from '../../../../server/exchange/events.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export function getEvent(id: string, signal?: AbortSignal): Promise<ExchangeEvent> {
  return apiRequest<ExchangeEvent>('GET', `/exchange/events/${encodeURIComponent(id)}`, { signal });
}

export function manifestUrl(id: string, language: string): string {
  return `/api/v1/exchange/events/${encodeURIComponent(id)}/manifest.pdf?lang=${encodeURIComponent(language)}`;
}
