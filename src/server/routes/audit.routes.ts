import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { COORDINATOR, SIGNED_IN } from '../access.js';
import { problemResponses } from '../problem.js';
import { AuditCheckpointsDto, AuditPage, AuditQuery } from './audit.schemas.js';

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

  app.get(
    '/audit/checkpoints',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['audit'],
        description:
          'Signed checkpoints of the audit chain (Ed25519), oldest first: keep them; `parley audit verify --checkpoint FILE` checks the log against them.',
        response: { 200: AuditCheckpointsDto, ...problemResponses(401, 403) },
      },
    },
    async () => app.store.repos.audit.checkpoints(),
  );
};
