import { z } from 'zod';
import { MAP_LAYERS } from '../../domain/corridor/geojson.js';
import { Problem } from '../problem.schemas.js';

export const MapLayer = z.enum(MAP_LAYERS);
export const LayerQuery = z.object({ layer: MapLayer.optional() });
export const ImportLayersQuery = z.object({ replace: z.enum(['true', 'false']).optional() });

/** A feature's names: English always, Russian, Armenian and Azerbaijani where known. */
export const FeatureNames = z.object({
  en: z.string(),
  ru: z.string().optional(),
  hy: z.string().optional(),
  az: z.string().optional(),
});

const Position = z.tuple([z.number(), z.number()]);
const Geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: Position }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(Position) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position)) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(Position))) }),
]);

export const LayerFeatureDto = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: Geometry,
  properties: z.object({
    layer: z.enum([...MAP_LAYERS, 'corridor_band']),
    names: FeatureNames,
    number: z.number().nullable(),
    establishedOn: z.string().nullable(),
    placeId: z.string().nullable(),
    bandKm: z.number().nullable(),
  }),
});

/** The layers as an RFC 7946 FeatureCollection (a corridor route followed by its band). */
export const LayersDto = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(LayerFeatureDto) })
  .meta({ id: 'MapLayers' });

export const LayersImportDto = z.object({
  imported: z.number(),
  layers: z.array(MapLayer),
  replaced: z.boolean(),
});

/** 400 on import: `features` are the indexes of the features at fault, `errors` name each member. */
export const GeoJsonProblemResponse = {
  description: 'Not GeoJSON, or features at fault (each named); nothing was imported',
  content: {
    'application/problem+json': { schema: Problem.extend({ features: z.array(z.number()).optional() }) },
  },
};

export const PlaceDto = z.object({
  id: z.string(),
  kind: z.enum(['capital', 'city', 'town', 'checkpoint']),
  names: z.object({
    hy: z.array(z.string()),
    az: z.array(z.string()),
    ru: z.array(z.string()),
    en: z.array(z.string()),
  }),
  coordinates: z.object({ lat: z.number(), lon: z.number() }),
  approximate: z.boolean(),
});
export const PlacesDto = z.object({ items: z.array(PlaceDto) });

export const MapConfigDto = z.object({
  tiles: z
    .object({ kind: z.enum(['raster', 'pmtiles']), url: z.string() })
    .nullable()
    .describe('The deployment’s own base tiles; null: the Natural Earth base layer shipped with Parley'),
});

// The shapes as types, for the server's handlers and the web (which imports them with `import type`).
export type MapLayer = z.infer<typeof MapLayer>;
export type LayerFeature = z.infer<typeof LayerFeatureDto>;
export type Layers = z.infer<typeof LayersDto>;
export type LayersImport = z.infer<typeof LayersImportDto>;
export type Place = z.infer<typeof PlaceDto>;
export type MapConfig = z.infer<typeof MapConfigDto>;
