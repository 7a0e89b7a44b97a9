import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SIGNED_IN } from '../access.js';
import { problemResponses } from '../problem.js';
import { DashboardDto } from './dashboard.schemas.js';
import { dashboard } from './dashboard.service.js';

/** The dashboard: one read of what this reader may see across the modules. */
export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/dashboard',
    {
      config: { access: SIGNED_IN },
      schema: { tags: ['dashboard'], response: { 200: DashboardDto, ...problemResponses(401, 403) } },
    },
    async (req) => dashboard(app.store, req.scope, new Date()),
  );
};
