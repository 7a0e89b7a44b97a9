import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SIGNED_IN } from '../access.js';
import { HttpProblem, problemResponses } from '../problem.js';
import { MapConfigDto } from './layers.schemas.js';

export interface MapTilesOptions {
  /** A raster tile URL with {z}/{x}/{y}, or the URL of a .pmtiles archive. */
  tileUrl?: string;
  /** A .pmtiles archive on this machine, served at `/api/v1/corridor/tiles.pmtiles`. */
  pmtilesFile?: string;
}

const PMTILES_PATH = '/api/v1/corridor/tiles.pmtiles';

/** Where the map's base tiles come from: the deployment's own, or none (the web draws Natural Earth, offline). */
export const mapTilesRoutes: FastifyPluginAsyncZod<MapTilesOptions> = async (app, opts) => {
  const tags = ['corridor'];
  const errors = problemResponses(401, 403, 404);
  const tiles = opts.pmtilesFile
    ? ({ kind: 'pmtiles', url: PMTILES_PATH } as const)
    : opts.tileUrl
      ? /\.pmtiles$/i.test(new URL(opts.tileUrl, 'http://x').pathname)
        ? ({ kind: 'pmtiles', url: opts.tileUrl } as const)
        : ({ kind: 'raster', url: opts.tileUrl } as const)
      : null;

  app.get(
    '/map-config',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        description:
          'The base tiles of this deployment (PARLEY_MAP_TILES, PARLEY_MAP_PMTILES_FILE); null: Natural Earth only.',
        response: { 200: MapConfigDto, ...errors },
      },
    },
    async () => ({ tiles }),
  );

  const file = opts.pmtilesFile;
  if (!file) return;
  // A PMTiles archive is read by ranges: the header, the directories, then each tile.
  app.get(
    '/tiles.pmtiles',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        description: 'The deployment’s PMTiles archive, read by HTTP ranges.',
        produces: ['application/vnd.pmtiles'],
        response: {
          200: {
            description: 'The archive',
            content: { 'application/vnd.pmtiles': { schema: z.unknown() } },
          },
          206: {
            description: 'A range of it',
            content: { 'application/vnd.pmtiles': { schema: z.unknown() } },
          },
          ...errors,
          416: errors[404],
        },
      },
    },
    async (req, reply) => {
      const size = (await stat(file)).size;
      reply
        .header('accept-ranges', 'bytes')
        .type('application/vnd.pmtiles')
        .header('cache-control', 'private, max-age=3600');
      const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
      if (!req.headers.range) return reply.header('content-length', size).send(createReadStream(file));
      const start = range?.[1]
        ? Number(range[1])
        : range?.[2]
          ? Math.max(0, size - Number(range[2]))
          : Number.NaN;
      const end = range?.[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (!range || Number.isNaN(start) || start > end || start >= size) {
        reply.header('content-range', `bytes */${size}`);
        throw new HttpProblem(416, 'The range is outside the archive', { type: 'urn:parley:problem:range' });
      }
      return reply
        .code(206)
        .header('content-range', `bytes ${start}-${end}/${size}`)
        .header('content-length', end - start + 1)
        .send(createReadStream(file, { start, end }));
    },
  );
};
