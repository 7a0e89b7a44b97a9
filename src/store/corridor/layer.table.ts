import type { Selectable } from 'kysely';

export interface MapFeatureTable {
  id: string;
  layer: string;
  /** JSON text: the feature's name in English and, where known, Russian, Armenian and Azerbaijani. */
  names: string;
  number: number | null;
  established_on: string | null;
  place_id: string | null;
  band_km: number | null;
  /** JSON text: the RFC 7946 geometry. */
  geometry: string;
  created_by: string;
  created_at: string;
}
export type MapFeatureRow = Selectable<MapFeatureTable>;
