import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SIGNED_IN } from '../access.js';
import { notFound, problemResponses } from '../problem.js';
import { AgreementEventList, AgreementList, AgreementWithProvisions } from './agreements.schemas.js';
import { IdParams } from './common.schemas.js';

/** The agreement, its provisions and the follow-on events: read-only for now. */
export const agreementsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { agreements, events } = app.store.repos;
  const errors = problemResponses(401, 403, 404);

  app.get(
    '/agreements',
    {
      config: { access: SIGNED_IN },
      schema: { tags: ['agreements'], response: { 200: AgreementList, ...errors } },
    },
    async (req) => ({ items: await agreements.list(req.scope) }),
  );

  app.get(
    '/agreements/:id',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['agreements'],
        params: IdParams,
        response: { 200: AgreementWithProvisions, ...errors },
      },
    },
    async (req) => {
      const agreement = await agreements.findById(req.scope, req.params.id);
      if (!agreement) throw notFound('Agreement');
      return agreement;
    },
  );

  app.get(
    '/events',
    {
      config: { access: SIGNED_IN },
      schema: { tags: ['agreements'], response: { 200: AgreementEventList, ...errors } },
    },
    async (req) => ({ items: await events.list(req.scope) }),
  );
};
