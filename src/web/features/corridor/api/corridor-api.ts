import type { DailyBulletinDto } from '../../../../server/corridor/bulletin.schemas.js';
import type {
  ConsignmentDto,
  NewConsignmentBody,
  ReceiptBody,
  Tonnage,
} from '../../../../server/corridor/cargo.schemas.js';
import type { Layers, MapConfig, Place } from '../../../../server/corridor/layers.schemas.js';
import type {
  Movement,
  MovementAnswerBody,
  MovementDetailsBody,
  MovementStepBody,
  Movements,
} from '../../../../server/corridor/movements.schemas.js';
import type { CheckpointPosts, Passage, PassageBody } from '../../../../server/corridor/passages.schemas.js';
import type { ReturnCountDto, ReturnsSeries } from '../../../../server/corridor/returns.schemas.js';
import { apiRequest } from '../../../lib/api-client.js';

export const getMapConfig = (signal?: AbortSignal) =>
  apiRequest<MapConfig>('GET', '/corridor/map-config', { signal });
export const getLayers = (signal?: AbortSignal) => apiRequest<Layers>('GET', '/corridor/layers', { signal });
export const getPlaces = async (signal?: AbortSignal) =>
  (await apiRequest<{ items: Place[] }>('GET', '/corridor/places', { signal })).items;

export const getMovements = async (signal?: AbortSignal) =>
  (await apiRequest<Movements>('GET', '/corridor/movements', { signal })).items;
export const getMovement = (id: string, signal?: AbortSignal) =>
  apiRequest<Movement>('GET', `/corridor/movements/${encodeURIComponent(id)}`, { signal });
export const planMovement = (body: MovementDetailsBody) =>
  apiRequest<Movement>('POST', '/corridor/movements', { body });
export const stepMovement = (id: string, body: MovementStepBody) =>
  apiRequest<Movement>('POST', `/corridor/movements/${encodeURIComponent(id)}/steps`, { body });
export const answerMovement = (id: string, body: MovementAnswerBody) =>
  apiRequest<Movement>('POST', `/corridor/movements/${encodeURIComponent(id)}/answer`, { body });

export const getReturnsSeries = (query: { from?: string; to?: string }, signal?: AbortSignal) =>
  apiRequest<ReturnsSeries>('GET', '/returns/series', { query, signal });
export const getReturns = async (query: { from?: string; to?: string }, signal?: AbortSignal) =>
  (await apiRequest<{ items: ReturnCountDto[] }>('GET', '/returns', { query, signal })).items;
export const returnsHxlUrl = () => '/api/v1/returns.hxl.csv';

export const getConsignments = async (signal?: AbortSignal) =>
  (await apiRequest<{ items: ConsignmentDto[] }>('GET', '/corridor/consignments', { signal })).items;
export const getTonnage = (signal?: AbortSignal) =>
  apiRequest<Tonnage>('GET', '/corridor/cargo/tonnage', { signal });

export const getCheckpointPosts = async (signal?: AbortSignal) =>
  (await apiRequest<CheckpointPosts>('GET', '/corridor/passages/posts', { signal })).items;
export const getPassages = async (signal?: AbortSignal) =>
  (await apiRequest<{ items: Passage[] }>('GET', '/corridor/passages', { signal })).items;
/** Puts a passage under its idempotency key: sent again after a lost answer, it is stored once. */
export const putPassage = (key: string, body: PassageBody) =>
  apiRequest<Passage>('PUT', `/corridor/passages/${encodeURIComponent(key)}`, { body });

export const getBulletin = (date: string, signal?: AbortSignal) =>
  apiRequest<DailyBulletinDto>('GET', '/corridor/bulletin', { query: { date }, signal });
export const bulletinPdfUrl = (date: string, lang: string) =>
  `/api/v1/corridor/bulletin.pdf?date=${encodeURIComponent(date)}&lang=${encodeURIComponent(lang)}`;
export const dispatchConsignment = (body: NewConsignmentBody) =>
  apiRequest<ConsignmentDto>('POST', '/corridor/consignments', { body });
export const receiveConsignment = (id: string, body: ReceiptBody) =>
  apiRequest<ConsignmentDto>('POST', `/corridor/consignments/${encodeURIComponent(id)}/receipt`, { body });
