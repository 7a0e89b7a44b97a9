import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { layersFeatureCollection } from '../../domain/corridor/geojson.js';
import { gazetteerPlaces } from '../../domain/gazetteer/gazetteer.js';
import { COORDINATOR, SIGNED_IN } from '../access.js';
import { problemResponses } from '../problem.js';
import { writeContext } from '../write-context.js';
import {
  GeoJsonProblemResponse,
  ImportLayersQuery,
  LayerQuery,
  LayersDto,
  LayersImportDto,
  PlacesDto,
} from './layers.schemas.js';
import { importLayers } from './layers.service.js';

export const MAX_GEOJSON_BYTES = 20 * 1024 * 1024;

/** The gazetteer and the map's layers, as GeoJSON (RFC 7946) in and out. */
export const mapLayersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    'application/geo+json',
    { parseAs: 'string', bodyLimit: MAX_GEOJSON_BYTES },
    app.getDefaultJsonParser('error', 'ignore'),
  );
  const { mapLayers } = app.store.repos;
  const tags = ['corridor'];
  const errors = problemResponses(400, 401, 403, 404);

  app.get(
    '/places',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        description:
          'The gazetteer: each place under both sides’ names, in four languages, with coordinates.',
        response: { 200: PlacesDto, ...errors },
      },
    },
    async () => ({
      items: gazetteerPlaces().map((p) => ({
        id: p.id,
        kind: p.kind,
        names: { hy: [...p.names.hy], az: [...p.names.az], ru: [...p.names.ru], en: [...p.names.en] },
        coordinates: p.coordinates,
        approximate: p.approximate ?? false,
      })),
    }),
  );

  app.get(
    '/layers',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        description: 'The layers as one RFC 7946 FeatureCollection, or one layer (`layer`).',
        querystring: LayerQuery,
        response: { 200: LayersDto, ...errors },
      },
    },
    async (req) => layersFeatureCollection(await mapLayers.list(req.scope, req.query.layer)),
  );

  app.get(
    '/layers.geojson',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        description:
          'The layers as a GeoJSON file (application/geo+json) to download; it imports back as it is.',
        querystring: LayerQuery,
        produces: ['application/geo+json'],
        response: {
          200: { description: 'GeoJSON', content: { 'application/geo+json': { schema: z.unknown() } } },
          ...errors,
        },
      },
    },
    async (req, reply) =>
      reply
        .type('application/geo+json')
        .header('content-disposition', 'attachment; filename="parley-layers.geojson"')
        .send(JSON.stringify(layersFeatureCollection(await mapLayers.list(req.scope, req.query.layer)))),
  );

  app.post(
    '/layers/import',
    {
      config: { access: COORDINATOR },
      bodyLimit: MAX_GEOJSON_BYTES,
      schema: {
        tags,
        description:
          'A GeoJSON FeatureCollection (application/geo+json or application/json); each feature has `properties.layer` and a name. `replace=true` replaces the layers it carries. Every feature taken, or none.',
        querystring: ImportLayersQuery,
        response: { 201: LayersImportDto, ...errors, 400: GeoJsonProblemResponse, 413: errors[401] },
      },
    },
    async (req, reply) =>
      reply.code(201).send(
        await importLayers(app.store, writeContext(req), req.body, {
          replaceLayers: req.query.replace === 'true',
        }),
      ),
  );
};
