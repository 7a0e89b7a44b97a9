import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { COORDINATOR } from '../access.js';
import { problemResponses } from '../problem.js';
import { AuditPage, AuditQuery } from './audit.schemas.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { access: COORDINATOR },
      schema: {
        tags: ['audit'],
        querystring: AuditQuery,
        response: { 200: AuditPage, ...problemResponses(400, 401, 403) },
      },
    },
    async (req) => app.store.repos.audit.list(req.scope, req.query),
  );
};
