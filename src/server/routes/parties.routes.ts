import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { COORDINATOR, SIGNED_IN } from '../access.js';
import { notFound, problemResponses } from '../problem.js';
import { writeContext } from '../write-context.js';
import { IdParams } from './common.schemas.js';
import { NewPartyBody, PartyDto, PartyList, PartyPatchBody } from './parties.schemas.js';

export const partiesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { parties } = app.store.repos;
  const errors = problemResponses(400, 401, 403, 404, 409);

  app.get(
    '/parties',
    { config: { access: SIGNED_IN }, schema: { tags: ['parties'], response: { 200: PartyList, ...errors } } },
    async (req) => ({ items: await parties.list(req.scope) }),
  );

  app.post(
    '/parties',
    {
      config: { access: COORDINATOR },
      schema: { tags: ['parties'], body: NewPartyBody, response: { 201: PartyDto, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await parties.create(writeContext(req), req.body)),
  );

  app.patch(
    '/parties/:id',
    {
      config: { access: COORDINATOR },
      schema: {
        tags: ['parties'],
        params: IdParams,
        body: PartyPatchBody,
        response: { 200: PartyDto, ...errors },
      },
    },
    async (req) => {
      const party = await parties.update(writeContext(req), req.params.id, req.body);
      if (!party) throw notFound('Party');
      return party;
    },
  );
};
