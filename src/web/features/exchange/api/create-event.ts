import type { ExchangeEvent, PlaceKind } from '../../../../server/exchange/events.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export interface NewExchangeEvent {
  date: string;
  place: string;
  placeKind: PlaceKind;
  personIds: string[];
}

export function createEvent(event: NewExchangeEvent): Promise<ExchangeEvent> {
  return apiRequest<ExchangeEvent>('POST', '/exchange/events', { body: event });
}
