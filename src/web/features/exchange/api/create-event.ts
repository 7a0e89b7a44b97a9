import { apiRequest } from '../../../lib/api-client.js';
import type { ExchangeEvent, PlaceKind } from './types.js';

export interface NewExchangeEvent {
  date: string;
  place: string;
  placeKind: PlaceKind;
  personIds: string[];
}

export function createEvent(event: NewExchangeEvent): Promise<ExchangeEvent> {
  return apiRequest<ExchangeEvent>('POST', '/exchange/events', { body: event });
}
