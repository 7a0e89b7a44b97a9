import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { COORDINATOR } from '../access.js';
import { notFound, problemResponses } from '../problem.js';
import { writeContext } from '../write-context.js';
import { IdParams, NoContent } from './common.schemas.js';
import { NewUserBody, ResetPasswordBody, UserDto, UserList, UserPatchBody } from './users.schemas.js';

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { users } = app.store.repos;
  const errors = problemResponses(400, 401, 403, 404, 409);

  app.get(
    '/users',
    { config: { access: COORDINATOR }, schema: { tags: ['users'], response: { 200: UserList, ...errors } } },
    async (req) => ({ items: await users.list(req.scope) }),
  );

  app.post(
    '/users',
    {
      config: { access: COORDINATOR },
      schema: { tags: ['users'], body: NewUserBody, response: { 201: UserDto, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await users.create(writeContext(req), req.body)),
  );

  app.patch(
    '/users/:id',
    {
      config: { access: COORDINATOR },
      schema: {
        tags: ['users'],
        params: IdParams,
        body: UserPatchBody,
        response: { 200: UserDto, ...errors },
      },
    },
    async (req) => {
      const user = await users.update(writeContext(req), req.params.id, req.body);
      if (!user) throw notFound('User');
      return user;
    },
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: { access: COORDINATOR },
      schema: {
        tags: ['users'],
        params: IdParams,
        body: ResetPasswordBody,
        response: { 204: NoContent, ...errors },
      },
    },
    async (req, reply) => {
      const found = await users.resetPassword(writeContext(req), req.params.id, req.body.password);
      if (!found) throw notFound('User');
      return reply.code(204).send(null);
    },
  );
};
