import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC } from '../access.js';
import { HttpProblem, problemResponses } from '../problem.js';

const Health = z.object({
  status: z.literal('ok'),
  store: z.enum(['sqlite', 'postgres']),
  latencyMs: z.number(),
});

/** `GET /api/health`: which store is in use and that it answers (503 when it does not). */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: PUBLIC },
      schema: { tags: ['health'], response: { 200: Health, ...problemResponses(503) } },
    },
    async (req) => {
      const started = performance.now();
      try {
        await app.store.ping();
      } catch (error) {
        req.log.error({ err: error }, 'the store does not answer');
        throw new HttpProblem(503, 'The store does not answer', {
          type: 'urn:parley:problem:store-unavailable',
        });
      }
      const latencyMs = Math.round((performance.now() - started) * 100) / 100;
      return { status: 'ok' as const, store: app.store.dialect.name, latencyMs };
    },
  );
};
