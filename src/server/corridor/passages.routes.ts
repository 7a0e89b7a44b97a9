import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../problem.js';
import { writeContext } from '../write-context.js';
import { checkpointPosts, putPassage } from './passage.service.js';
import {
  CheckpointPostsDto,
  PassageBody,
  PassageConflictResponse,
  PassageDto,
  PassageKeyParams,
  PassagesDto,
  PassagesQuery,
} from './passages.schemas.js';

const READERS = { roles: ['coordinator', 'observer', 'field_officer'] } as const;
const FIELD_OFFICER = { roles: ['field_officer'] } as const;

/** The passage log of the checkpoints: written by their field officers (also from an offline queue), read by all. */
export const passagesRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['corridor'];
  const errors = { ...problemResponses(400, 401, 403, 404), 409: PassageConflictResponse };

  app.get(
    '/passages',
    {
      config: { access: READERS },
      schema: { tags, querystring: PassagesQuery, response: { 200: PassagesDto, ...errors } },
    },
    async (req) => ({ items: await app.store.repos.passages.list(req.scope, req.query) }),
  );

  app.get(
    '/passages/posts',
    {
      config: { access: FIELD_OFFICER },
      schema: {
        tags,
        description:
          'The checkpoints the signed-in field officer is posted at (where its passage form writes).',
        response: { 200: CheckpointPostsDto, ...errors },
      },
    },
    async (req) => ({ items: await checkpointPosts(app.store, req.scope) }),
  );

  app.put(
    '/passages/:key',
    {
      config: { access: FIELD_OFFICER },
      schema: {
        tags,
        description:
          'Records a passage under the idempotency key its device chose (201), or answers the same entry again on a retry (200, nothing written); an edit names `baseVersion` (200), or gets 409 with `current` when the entry changed meanwhile.',
        params: PassageKeyParams,
        body: PassageBody,
        response: { 200: PassageDto, 201: PassageDto, ...errors },
      },
    },
    async (req, reply) => {
      const { status, passage } = await putPassage(
        app.store,
        writeContext(req),
        req.scope,
        req.params.key,
        req.body,
      );
      return reply.code(status).send(passage);
    },
  );
};
